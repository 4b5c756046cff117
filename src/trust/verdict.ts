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
  const authenticity: Authenticity = problemDecides ? 'error' : (deciding?.status ?? 'unsigned')
  const recommendation = recommend(policy, integrity.integrity, authenticity)
  const verdict: Verdict = {
    integrity: integrity.integrity,
    authenticity,
    recommendation,
    message: '',
  }
  if (authenticity === 'verified') verdict.trustedIdentifier = deciding?.keyIdentifier
  if (integrity.integrity === 'invalid') {
    verdict.code = integrity.code
    verdict.message = `${integrity.message}: the body changed after it was checksummed; restore the signed version, or update the checksum and re-sign`
  } else if (problemDecides) {
    verdict.code = problem.code
    verdict.message = `${problem.message}; ${FIX[authenticity]}`
  } else if (deciding === undefined) {
    verdict.message = `not signed; ${policy === 'strict' ? 'policy strict requires a signature: ' : ''}${FIX.unsigned}`
  } else {
    verdict.code = deciding.code
    const blocked = authenticity === 'invalid' || authenticity === 'error'
    const strict =
      recommendation === 'BLOCK' && !blocked ? 'policy strict blocks unknown keys; ' : ''
    const fix = blocked ? `; ${FIX[authenticity]}` : ''
    verdict.message = `${strict}${where(deciding)}: ${deciding.message ?? deciding.status}${fix}`
  }
  return verdict
}

/** How to get from each authenticity to ALLOW. */
const FIX: Record<Authenticity, string> = {
  verified: 'nothing to do',
  signed_unknown:
    'list the signing key in trusted-keys if you trust it, or re-sign with a trusted key',
  unsigned: 'sign it with dossier-sign (mode: sign) or a trusted key',
  invalid: 're-sign the file with a trusted key, or remove the stale signature',
  error: 'fix or remove the broken file, or re-sign it',
}

function where(check: SignatureCheck): string {
  const line = check.line === undefined ? '' : ` (line ${check.line})`
  return check.kind === 'embedded'
    ? `embedded signature${line}`
    : (check.signatureFile ?? check.kind)
}
