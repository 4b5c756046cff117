import type { Integrity } from '../dossier/checksum.js'

/** The verdict on who signed, over every signature of a file (formats.md 4). */
export type Authenticity =
  'verified' | 'signed_unknown' | 'unsigned' | 'invalid' | 'error' | 'stale'

export type Recommendation = 'ALLOW' | 'WARN' | 'BLOCK'

/** `warn` is ADR-002 (signatures optional); `strict` also blocks unknown keys and unsigned files. */
export type Policy = 'warn' | 'strict'

/**
 * Does the deciding signature cover everything a reader acts on? `partial`: a v1
 * signature (body only), or a payload that holds a value without covering it.
 */
export type CoverageLevel = 'full' | 'partial'

type AuthenticityRow = Record<Authenticity, Recommendation>

const BLOCK_ALL: AuthenticityRow = {
  verified: 'BLOCK',
  signed_unknown: 'BLOCK',
  unsigned: 'BLOCK',
  invalid: 'BLOCK',
  error: 'BLOCK',
  stale: 'BLOCK',
}

// `stale` (the content changed since a trusted key signed it) is unsigned content with an
// explanation: it warns where unsigned warns, and strict blocks it, or a pull request could
// slip new content past strict by keeping the old signature.
const WARN_ROW: AuthenticityRow = {
  verified: 'ALLOW',
  signed_unknown: 'WARN',
  unsigned: 'WARN',
  invalid: 'BLOCK',
  error: 'BLOCK',
  stale: 'WARN',
}

const STRICT_ROW: AuthenticityRow = {
  ...WARN_ROW,
  signed_unknown: 'BLOCK',
  unsigned: 'BLOCK',
  stale: 'BLOCK',
}

/**
 * ADR-002's table. A checksum mismatch blocks whatever signs the file; a missing checksum
 * (a plain file with a detached signature) is judged on its signatures alone.
 */
const RECOMMENDATIONS: Record<Policy, Record<Integrity, AuthenticityRow>> = {
  warn: { valid: WARN_ROW, missing: WARN_ROW, invalid: BLOCK_ALL },
  strict: { valid: STRICT_ROW, missing: STRICT_ROW, invalid: BLOCK_ALL },
}

/**
 * A verified signature that leaves part of what a reader acts on unsigned (formats.md
 * 2.2) is never ALLOW: it warns, and strict blocks it. This is where dossier-sign is
 * deliberately stricter than upstream, which still accepts v1.
 */
const PARTIAL_COVERAGE: Record<Policy, Recommendation> = { warn: 'WARN', strict: 'BLOCK' }

export function recommend(
  policy: Policy,
  integrity: Integrity,
  authenticity: Authenticity,
  coverage: CoverageLevel = 'full',
): Recommendation {
  const row = RECOMMENDATIONS[policy][integrity][authenticity]
  if (row === 'ALLOW' && coverage === 'partial') return PARTIAL_COVERAGE[policy]
  return row
}
