import type { SignatureCheck, SignatureStatus } from '../signatures/signature-check.js'
import type { Authenticity } from './policy.js'

/**
 * Worst first: one invalid signature blocks a file even when another verifies, because a
 * signature that does not match means someone changed or forged something.
 */
const PRECEDENCE: readonly SignatureStatus[] = ['invalid', 'error', 'verified', 'signed_unknown']

/** The check that decides a file's authenticity, or undefined when it has no signature. */
export function decidingCheck(checks: readonly SignatureCheck[]): SignatureCheck | undefined {
  for (const status of PRECEDENCE) {
    const check = checks.find((candidate) => candidate.status === status)
    if (check) return check
  }
  return undefined
}

export function authenticityOf(checks: readonly SignatureCheck[]): Authenticity {
  return decidingCheck(checks)?.status ?? 'unsigned'
}
