import type { Integrity, IntegrityCheck } from '../dossier/checksum.js'
import type { SignatureCheck } from '../signatures/signature-check.js'
import { decidingCheck } from './authenticity.js'
import { recommend, type Authenticity, type Policy, type Recommendation } from './policy.js'

/** A file-level reason to distrust a file that is no signature, e.g. an unparseable dossier. */
export interface FileProblem {
  code: string
  message: string
}

/** A file's judgement: what was found, what the policy makes of it, and why, for people. */
export interface Verdict {
  integrity: Integrity
  authenticity: Authenticity
  recommendation: Recommendation
  message: string
  code?: string
  trustedIdentifier?: string
}

/**
 * Fold a file's checksum and signature checks into one verdict. A file problem counts as
 * an `error` signature: it blocks, unless an `invalid` signature explains more.
 */
export function verdictOf(
  integrity: IntegrityCheck,
  checks: readonly SignatureCheck[],
  policy: Policy,
  problem?: FileProblem,
): Verdict {
  const deciding = decidingCheck(checks)
  const problemDecides = problem !== undefined && deciding?.status !== 'invalid'
  const cause = problemDecides ? problem : deciding
  const authenticity: Authenticity = problemDecides ? 'error' : (deciding?.status ?? 'unsigned')
  const recommendation = recommend(policy, integrity.integrity, authenticity)
  const strict = policy === 'strict' && STRICT_ONLY.includes(authenticity) ? 'policy strict: ' : ''
  const { message, code } =
    integrity.integrity === 'invalid'
      ? {
          message: `${integrity.message}: the body changed after it was checksummed; restore the signed version, or update the checksum and re-sign`,
          code: integrity.code,
        }
      : cause === undefined
        ? { message: `${strict}not signed; ${FIX.unsigned}`, code: 'unsigned' }
        : { message: `${strict}${explain(cause, authenticity)}`, code: cause.code }
  return {
    integrity: integrity.integrity,
    authenticity,
    recommendation,
    message,
    code,
    trustedIdentifier: authenticity === 'verified' ? deciding?.keyIdentifier : undefined,
  }
}

/** What ADR-002 lets through with a warning and policy strict blocks. */
const STRICT_ONLY: readonly Authenticity[] = ['signed_unknown', 'unsigned']

/** How to get from each verdict to ALLOW, when the check itself does not say. */
const FIX: Record<Exclude<Authenticity, 'verified'>, string> = {
  signed_unknown: 'list the signing key in trusted-keys if you trust it',
  unsigned: 'sign it with dossier-sign (mode: sign), or add a detached signature by a trusted key',
  invalid: 're-sign the file with a trusted key, or remove the stale signature',
  error: 'fix or remove the broken signature, or re-sign the file',
}

function explain(cause: SignatureCheck | FileProblem, authenticity: Authenticity): string {
  if (!('kind' in cause)) return cause.message
  const text = `${where(cause)}: ${cause.message ?? cause.status}`
  if (authenticity === 'verified') return text
  if (authenticity === 'signed_unknown' && cause.message !== undefined) return text
  return `${text}; ${FIX[authenticity]}`
}

function where(check: SignatureCheck): string {
  const line = check.line === undefined ? '' : ` (line ${check.line})`
  return check.kind === 'embedded'
    ? `embedded signature${line}`
    : (check.signatureFile ?? check.kind)
}
