import { CodedError } from '../errors.js'
import { canonical } from './canonical-json.js'
import type { Dossier } from './dossier.js'
import type { Frontmatter } from './frontmatter.js'
import { SPEC_SIGNATURE_KEY, type Layout } from './layout.js'

/** What a signature covers (formats.md 2.1): v1 the body, v2/v3 frontmatter and body. */
export type PayloadScheme = 'v1' | 'v2' | 'v3'

export type PayloadErrorCode = 'unsupported-covers' | 'covers-layout-mismatch'

export class PayloadError extends CodedError<PayloadErrorCode> {}

/** `covers` values; absent means v1. Looked up in a Map so "__proto__" is just unknown. */
const SCHEMES: ReadonlyMap<string, PayloadScheme> = new Map([
  ['body', 'v1'],
  ['frontmatter+body', 'v2'],
  ['spec-frontmatter+body', 'v3'],
])

/**
 * Each scheme is bound to the layouts it was defined for, as upstream binds them: a legacy
 * v2 signature carried onto a spec rewrite would vouch for bytes it never covered, and a
 * spec file verifies only under v3.
 */
const LAYOUTS: Record<PayloadScheme, readonly Layout[]> = {
  v1: ['legacy-json', 'legacy-yaml'],
  v2: ['legacy-json', 'legacy-yaml'],
  v3: ['spec'],
}

/** The scheme a `covers` value names; unknown values are refused, never read as v1. */
export function schemeOf(covers: unknown): PayloadScheme {
  if (covers === undefined) return 'v1'
  const scheme = typeof covers === 'string' ? SCHEMES.get(covers) : undefined
  if (scheme === undefined) {
    throw new PayloadError(
      'unsupported-covers',
      `covers ${JSON.stringify(covers)} is not body, frontmatter+body or spec-frontmatter+body`,
    )
  }
  return scheme
}

/** The exact bytes a signature of this scheme covers. */
export function signedPayload(dossier: Dossier, scheme: PayloadScheme): Buffer {
  if (!LAYOUTS[scheme].includes(dossier.layout)) {
    throw new PayloadError(
      'covers-layout-mismatch',
      `a ${scheme} signature does not cover a ${dossier.layout} dossier`,
    )
  }
  if (scheme === 'v1') return dossier.body
  const tag = scheme === 'v2' ? 'dossier-signature-v2' : 'dossier-signature-v3'
  const covered =
    scheme === 'v2'
      ? withoutSignature(dossier.frontmatter)
      : withoutSpecSignature(dossier.frontmatter)
  return Buffer.concat([Buffer.from(`${tag}\n${canonical(covered)}\n`, 'utf8'), dossier.body])
}

function withoutSignature(frontmatter: Frontmatter): Frontmatter {
  const covered = { ...frontmatter }
  delete covered['signature']
  return covered
}

function withoutSpecSignature(frontmatter: Frontmatter): Frontmatter {
  const metadata = { ...(frontmatter['metadata'] as Frontmatter) }
  delete metadata[SPEC_SIGNATURE_KEY]
  return { ...frontmatter, metadata }
}
