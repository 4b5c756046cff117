import type { Integrity, IntegrityCheck } from '../dossier/checksum.js'
import { coversEverything, type Coverage, type SignatureCheck } from './signature-check.js'
import { decidingCheck } from './authenticity.js'
import { recommend, type Authenticity, type Policy, type Recommendation } from './policy.js'

/** A file-level reason to distrust a file that is no signature, e.g. an unparseable dossier. */
export interface FileProblem {
  code: string
  message: string
  /** The authenticity the problem stands for; default `error` (it blocks). */
  authenticity?: Extract<Authenticity, 'error' | 'unsigned'>
}

/** A file's judgement: what was found, what the policy makes of it, and why, for people. */
export interface Verdict {
  integrity: Integrity
  authenticity: Authenticity
  recommendation: Recommendation
  /** What the deciding signature covers, when it verified (or is stale). */
  coverage?: Coverage
  /** Frontmatter keys the deciding signature holds without covering their value. */
  uncovered?: string[]
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
  const authenticity: Authenticity = problemDecides
    ? (problem.authenticity ?? 'error')
    : (deciding?.status ?? 'unsigned')
  const partial =
    authenticity === 'verified' && deciding !== undefined && !coversEverything(deciding)
  const recommendation = recommend(
    policy,
    integrity.integrity,
    authenticity,
    partial ? 'partial' : 'full',
  )
  const strict =
    policy === 'strict' && (STRICT_ONLY.includes(authenticity) || partial) ? 'policy strict: ' : ''
  const { message, code } =
    integrity.integrity === 'invalid'
      ? {
          message: `${integrity.message}: the body changed after it was checksummed; restore the signed version, or update the checksum and re-sign`,
          code: integrity.code,
        }
      : cause === undefined
        ? { message: `${strict}not signed; ${FIX.unsigned}`, code: 'unsigned' }
        : partial && deciding !== undefined
          ? { message: `${strict}${partialCoverage(deciding)}`, code: partialCode(deciding) }
          : { message: `${strict}${explain(cause, authenticity)}`, code: cause.code }
  const signed = deciding !== undefined && (authenticity === 'verified' || authenticity === 'stale')
  return {
    integrity: integrity.integrity,
    authenticity,
    recommendation,
    ...(signed && deciding.coverage !== undefined ? { coverage: deciding.coverage } : {}),
    ...(signed && deciding.uncovered?.length ? { uncovered: deciding.uncovered } : {}),
    message,
    code,
    trustedIdentifier: authenticity === 'verified' ? deciding?.keyIdentifier : undefined,
  }
}

/** What ADR-002 lets through with a warning and policy strict blocks. */
const STRICT_ONLY: readonly Authenticity[] = ['signed_unknown', 'unsigned', 'stale']

/** How to get from each verdict to ALLOW, when the check itself does not say. */
const FIX: Record<Exclude<Authenticity, 'verified'>, string> = {
  signed_unknown: 'list the signing key in trusted-keys if you trust it',
  unsigned: 'sign it with dossier-sign (mode: sign), or add a detached signature by a trusted key',
  invalid: 're-sign the file with a trusted key, or remove the stale signature',
  error: 'fix or remove the broken signature, or re-sign the file',
  stale: 'the signing workflow re-signs it after merge',
}

/** A check whose own message already says how to fix it gets no second hint. */
const SAYS_HOW_TO_FIX = /re-sign|trusted-keys|the signing workflow/i

function explain(cause: SignatureCheck | FileProblem, authenticity: Authenticity): string {
  if (!('kind' in cause)) return cause.message
  // Detached checks name their signature file first; say it once.
  const place = where(cause)
  const text = cause.message?.startsWith(place)
    ? cause.message
    : `${place}: ${cause.message ?? cause.status}`
  if (authenticity === 'verified') return text
  if (authenticity === 'signed_unknown' && cause.message !== undefined) return text
  if (SAYS_HOW_TO_FIX.test(cause.message ?? '')) return text
  return `${text}; ${FIX[authenticity]}`
}

function partialCode(check: SignatureCheck): string {
  return check.coverage === 'body' ? 'frontmatter-not-signed' : 'frontmatter-value-not-covered'
}

/** Why a verified signature still is not enough, and the way to a full one. */
function partialCoverage(check: SignatureCheck): string {
  const signer = check.keyIdentifier === undefined ? '' : ` by ${check.keyIdentifier}`
  if (check.coverage === 'body') {
    return `${where(check)} verifies${signer} but covers the body only (v1): the frontmatter (risk_level, requires_approval, objective, tools...) is not signed and can be changed without breaking it; re-sign it with a v2/v3 signature (covers "frontmatter+body", or "spec-frontmatter+body" for the spec layout), or add a detached signature by a trusted key`
  }
  const keys = (check.uncovered ?? []).join(', ')
  return `${where(check)} verifies${signer} but does not cover the value of ${keys}: upstream's canonical JSON writes a YAML date as {} so it can change without breaking the signature; quote the value as a string and re-sign`
}

function where(check: SignatureCheck): string {
  const line = check.line === undefined ? '' : ` (line ${check.line})`
  return check.kind === 'embedded'
    ? `embedded signature${line}`
    : (check.signatureFile ?? check.kind)
}
