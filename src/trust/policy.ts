import type { Integrity } from '../dossier/checksum.js'

/** The verdict on who signed, over every signature of a file (formats.md 4). */
export type Authenticity = 'verified' | 'signed_unknown' | 'unsigned' | 'invalid' | 'error'

export type Recommendation = 'ALLOW' | 'WARN' | 'BLOCK'

/** `warn` is ADR-002 (signatures optional); `strict` also blocks unknown keys and unsigned files. */
export type Policy = 'warn' | 'strict'

type AuthenticityRow = Record<Authenticity, Recommendation>

const BLOCK_ALL: AuthenticityRow = {
  verified: 'BLOCK',
  signed_unknown: 'BLOCK',
  unsigned: 'BLOCK',
  invalid: 'BLOCK',
  error: 'BLOCK',
}

const WARN_ROW: AuthenticityRow = {
  verified: 'ALLOW',
  signed_unknown: 'WARN',
  unsigned: 'WARN',
  invalid: 'BLOCK',
  error: 'BLOCK',
}

const STRICT_ROW: AuthenticityRow = { ...WARN_ROW, signed_unknown: 'BLOCK', unsigned: 'BLOCK' }

/**
 * ADR-002's table. A checksum mismatch blocks whatever signs the file; a missing checksum
 * (a plain file with a detached signature) is judged on its signatures alone.
 */
const RECOMMENDATIONS: Record<Policy, Record<Integrity, AuthenticityRow>> = {
  warn: { valid: WARN_ROW, missing: WARN_ROW, invalid: BLOCK_ALL },
  strict: { valid: STRICT_ROW, missing: STRICT_ROW, invalid: BLOCK_ALL },
}

export function recommend(
  policy: Policy,
  integrity: Integrity,
  authenticity: Authenticity,
): Recommendation {
  return RECOMMENDATIONS[policy][integrity][authenticity]
}
