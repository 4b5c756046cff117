import { CodedError } from '../errors.js'
import { canonicalWithGaps } from './canonical-json.js'
import { DossierError } from './dossier-error.js'
import type { Dossier } from './dossier.js'
import type { Frontmatter } from './frontmatter.js'
import { keyPathPhrase } from './key-path.js'
import { SPEC_SIGNATURE_KEY, type Layout } from './layout.js'
import type { ReadingsDisagreement } from './readings-diff.js'

/** What a signature covers (formats.md 2.1): v1 the body, v2/v3 frontmatter and body. */
export type PayloadScheme = 'v1' | 'v2' | 'v3'

export type PayloadErrorCode =
  | 'unsupported-covers'
  | 'covers-layout-mismatch'
  /** YAML 1.1 (upstream) and YAML 1.2 read the frontmatter apart: no v2/v3 payload. */
  | 'yaml-readings-disagree'

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

/** The bytes a signature covers, and the covered keys whose values it does not pin down. */
export interface SignedPayload {
  bytes: Buffer
  /**
   * Key paths in the covered frontmatter whose canonical JSON stands for other values too
   * (a date is `{}`, NaN is `null`: formats.md 2.2). Non-empty: coverage is incomplete.
   * Always empty for v1, which covers no frontmatter at all.
   */
  uncovered: string[]
}

/** The first line of a v2/v3 payload: it says the signed bytes are a dossier's. */
export const PAYLOAD_TAGS = {
  v2: 'dossier-signature-v2',
  v3: 'dossier-signature-v3',
} as const

/**
 * Do these bytes start like a signed payload of another protocol: a v2/v3 payload (so
 * they stand for a dossier), or a DSSE pre-authentication encoding (so they stand for an
 * attestation)? A whole-file signature over such bytes is that protocol's signature too.
 */
export function isTaggedPayload(bytes: Buffer): boolean {
  return (
    Object.values(PAYLOAD_TAGS).some((tag) =>
      bytes.subarray(0, tag.length + 1).equals(Buffer.from(`${tag}\n`)),
    ) || isDssePae(bytes)
  )
}

/** How every DSSE v1 pre-authentication encoding begins (the provenance bundle signs one). */
export const DSSE_PAE_PREFIX = 'DSSEv1 '

/**
 * Do these bytes start like what a DSSE signature signs (`DSSEv1 <len> <type> <len>
 * <payload>`)? A provenance bundle's signature over such bytes must never pass as a
 * `.sig` of a file holding them, so no such file is verified or signed as a file.
 */
export function isDssePae(bytes: Buffer): boolean {
  return bytes.subarray(0, DSSE_PAE_PREFIX.length).equals(Buffer.from(DSSE_PAE_PREFIX))
}

/**
 * The exact bytes a signature of this scheme covers, built as upstream builds them. A
 * v2/v3 payload is refused when YAML 1.1 and 1.2 read the frontmatter apart: it would
 * vouch for one reading while tools act on the other.
 */
export function signedPayloadWithGaps(dossier: Dossier, scheme: PayloadScheme): SignedPayload {
  if (!LAYOUTS[scheme].includes(dossier.layout)) {
    throw new PayloadError(
      'covers-layout-mismatch',
      `a ${scheme} signature does not cover a ${dossier.layout} dossier`,
    )
  }
  if (scheme === 'v1') return { bytes: dossier.body, uncovered: [] }
  const tag = PAYLOAD_TAGS[scheme]
  const covered =
    scheme === 'v2'
      ? withoutSignature(dossier.frontmatter)
      : withoutSpecSignature(dossier.frontmatter)
  // Canonical first: a hostile value (alias bomb, cycle) is refused with its own code.
  const { text, uncovered } = canonicalWithGaps(covered)
  if (dossier.readingsDisagree !== undefined) throw readingsError(dossier.readingsDisagree)
  return {
    bytes: Buffer.concat([Buffer.from(`${tag}\n${text}\n`, 'utf8'), dossier.body]),
    uncovered,
  }
}

/**
 * `signedPayloadWithGaps` for a caller that cannot report a gap: a payload that leaves
 * a covered value open is refused (as canonical JSON refused it before gaps were reported).
 */
export function signedPayload(dossier: Dossier, scheme: PayloadScheme): Buffer {
  const { bytes, uncovered } = signedPayloadWithGaps(dossier, scheme)
  if (uncovered.length > 0) {
    throw new DossierError(
      'canonical-unsupported-value',
      `${keyPathPhrase(uncovered[0] as string)} holds a date, NaN or infinity, which canonical JSON does not cover (quote it)`,
    )
  }
  return bytes
}

function readingsError(disagreement: ReadingsDisagreement): PayloadError {
  const { path, upstream, yaml12 } = disagreement
  return new PayloadError(
    'yaml-readings-disagree',
    `${keyPathPhrase(path)} reads as ${upstream} under YAML 1.1 (upstream's js-yaml 3) but as ${yaml12} under YAML 1.2, so a frontmatter signature cannot say which was signed; quote it (or write it so both read it alike, e.g. as a plain decimal number) and sign again`,
  )
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
