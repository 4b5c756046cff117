import { coversEverything, type SignatureCheck, type SignatureStatus } from './signature-check.js'
import type { Authenticity } from './policy.js'

/**
 * Worst first: one invalid signature blocks a file even when another verifies, because a
 * signature that does not match means someone changed or forged something. A stale
 * signature (it verifies the base branch's version) is explained, so it is not invalid;
 * a signature that verifies the file as it is outranks it.
 */
const PRECEDENCE: readonly SignatureStatus[] = [
  'invalid',
  'error',
  'verified',
  'stale',
  'signed_unknown',
]

/**
 * The check that decides a file's authenticity, or undefined when it has no signature.
 * Among verified checks, one that covers everything a reader acts on decides.
 */
export function decidingCheck(checks: readonly SignatureCheck[]): SignatureCheck | undefined {
  for (const status of PRECEDENCE) {
    const found = checks.filter((candidate) => candidate.status === status)
    if (found.length > 0) return found.find(coversEverything) ?? found[0]
  }
  return undefined
}

export function authenticityOf(checks: readonly SignatureCheck[]): Authenticity {
  return decidingCheck(checks)?.status ?? 'unsigned'
}
