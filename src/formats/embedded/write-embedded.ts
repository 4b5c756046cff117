import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { checkIntegrity, checksumOf } from '../../dossier/checksum.js'
import { DossierError } from '../../dossier/dossier-error.js'
import { parseDossier, type Dossier } from '../../dossier/dossier.js'
import { keyPathPhrase } from '../../dossier/key-path.js'
import {
  PayloadError,
  signedPayloadWithGaps,
  type PayloadScheme,
  type SignedPayload,
} from '../../dossier/payload.js'
import type { DigestSigner } from '../writing.js'
import { coversEverything, type Coverage } from '../../trust/signature-check.js'
import { EmbedError } from './embed-error.js'
import { existingSignature } from './existing-signature.js'
import { withField } from './frontmatter-edit.js'
import { readBack } from './read-back.js'
import {
  assertEmbeddable,
  EMBEDDED_ALGORITHM_NAME,
  signingKeyTrust,
  type EmbedKey,
} from './signing-key.js'
import { verifyEmbedded } from './verify-embedded.js'

export { EmbedError, type EmbedErrorCode } from './embed-error.js'
export type { EmbedKey } from './signing-key.js'

export interface EmbedOptions {
  signer: DigestSigner
  key: EmbedKey
  /** ISO-8601, written as `signed_at`. */
  signedAt: string
  /** Who signed, for people (the repository and run), written as `signed_by`. */
  signedBy: string
  /** Overwrite a valid signature by another key instead of refusing the file. */
  replace: boolean
}

export type EmbedResult = { status: 'signed'; bytes: Buffer } | { status: 'skipped' }

/** The scheme each layout is signed with: never v1, which leaves the frontmatter open. */
const SCHEME_COVERS: Record<'legacy' | 'spec', { scheme: PayloadScheme; covers: Coverage }> = {
  legacy: { scheme: 'v2', covers: 'frontmatter+body' },
  spec: { scheme: 'v3', covers: 'spec-frontmatter+body' },
}

/** Where the signature goes, until there is one. */
const PENDING: Record<string, string> = {}

/** Uncovered keys named in a refusal; one is enough to act on, a few save a round trip. */
const MAX_UNCOVERED_NAMED = 3

/**
 * Write an upstream-native embedded signature (v2 legacy, v3 spec) into a dossier, in
 * place: the checksum is set first (it is inside the payload), the payload is built from
 * the edited frontmatter as upstream reads it, SHA-256(payload) is signed, and the
 * signature object is written beside it. Only those two fields' text changes. The result
 * is re-parsed and verified under the key before it is returned; signer errors propagate
 * unchanged (the caller's stop rule reads them).
 */
export async function embedSignature(bytes: Buffer, options: EmbedOptions): Promise<EmbedResult> {
  assertEmbeddable(options.key)
  const original = parsed(bytes)
  const existing = existingSignature(original, options.key)
  if (existing.kind === 'held') return { status: 'skipped' }
  if (existing.kind === 'another-key' && !options.replace) {
    throw new EmbedError(
      'signed-by-another-key',
      `${existing.message}; it is left as it is (replace it only on purpose, with \`replace-embedded-signatures: true\`)`,
    )
  }
  const layout = original.layout === 'spec' ? 'spec' : 'legacy'
  const { scheme, covers } = SCHEME_COVERS[layout]
  const checksum = checksumOf(original.body)
  const withChecksum = isDeepStrictEqual(original.checksum, checksum)
    ? bytes
    : withField(bytes, original.layout, 'checksum', checksum)
  // The old signature's text goes before signing: the payload leaves it out anyway, but a
  // value in it that YAML 1.1 and 1.2 read apart would refuse the whole frontmatter.
  const prepared = withField(withChecksum, original.layout, 'signature', PENDING)
  const payload = payloadOf(readBack(prepared, original, { checksum, signature: PENDING }), scheme)
  const der = await options.signer.sign(createHash('sha256').update(payload).digest())
  const signature = {
    algorithm: EMBEDDED_ALGORITHM_NAME,
    signature: der.toString('base64'),
    public_key: options.key.spkiDer.toString('base64'),
    key_id: options.key.arn,
    signed_at: options.signedAt,
    signed_by: options.signedBy,
    covers,
  }
  const signed = withField(prepared, original.layout, 'signature', signature)
  assertVerifies(readBack(signed, original, { checksum, signature }), options.key, covers)
  return { status: 'signed', bytes: signed }
}

/** Would embedSignature skip these bytes (a full-coverage signature by this key)? For dry runs. */
export function holdsEmbeddedSignature(bytes: Buffer, key: EmbedKey): boolean {
  try {
    return existingSignature(parseDossier(bytes), key).kind === 'held'
  } catch {
    return false
  }
}

function parsed(bytes: Buffer): Dossier {
  try {
    return parseDossier(bytes)
  } catch (error) {
    if (!(error instanceof DossierError)) throw error
    const code = error.code === 'not-a-dossier' ? 'not-a-dossier' : 'dossier-unreadable'
    throw new EmbedError(code, error.message, { cause: error })
  }
}

/** The v2/v3 payload, refused where a covered value could be read as something else. */
function payloadOf(dossier: Dossier, scheme: PayloadScheme): Buffer {
  let payload: SignedPayload
  try {
    payload = signedPayloadWithGaps(dossier, scheme)
  } catch (error) {
    if (error instanceof PayloadError && error.code === 'yaml-readings-disagree') {
      throw new EmbedError('yaml-readings-disagree', error.message, { cause: error })
    }
    if (error instanceof PayloadError || error instanceof DossierError) {
      throw new EmbedError('frontmatter-not-signable', error.message, { cause: error })
    }
    throw error
  }
  const [first, ...others] = payload.uncovered
  if (first !== undefined) {
    // Upstream's canonical JSON writes a Date as {} (formats.md 2.2): such a value could
    // change under the signature, so the writer never signs one.
    const more =
      others.length > 0 ? ` (also: ${others.slice(0, MAX_UNCOVERED_NAMED - 1).join(', ')})` : ''
    throw new EmbedError(
      'uncovered-value',
      `${keyPathPhrase(first)}${more} holds a value canonical JSON does not pin down (an unquoted date, NaN or infinity), so a signature would not cover it; quote it and sign again`,
    )
  }
  return payload.bytes
}

/** The written file, read as a verifier reads it, must verify under this key in full. */
function assertVerifies(dossier: Dossier, key: EmbedKey, covers: Coverage): void {
  const check = verifyEmbedded(dossier, signingKeyTrust(key))
  const integrity = checkIntegrity(dossier.checksum, dossier.body)
  if (
    check?.status === 'verified' &&
    check.coverage === covers &&
    coversEverything(check) &&
    integrity.integrity === 'valid'
  ) {
    return
  }
  const why = check?.status === 'verified' ? integrity.message : (check?.message ?? 'no signature')
  throw new EmbedError(
    'verify-failed',
    `the signature written does not verify under the signing key (${why}); nothing was written`,
  )
}
