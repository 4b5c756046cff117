import { createHash } from 'node:crypto'
import { CodedError } from '../../errors.js'
import type { HashName } from '../../keys/algorithms.js'
import { bytesFromBase64 } from '../../keys/base64.js'

/**
 * The detached `<file>.sigstore.json`: a Sigstore bundle v0.3 carrying a message
 * signature and a public-key hint, without transparency-log entries (formats.md 5).
 */
export const SIGSTORE_SUFFIX = '.sigstore.json'
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
/** v0.2 differs from v0.3 only in how the certificate is carried, which we never read. */
const LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2'

/** A real bundle with a key hint is under 1 KiB; tlog entries can add a few KiB. */
export const MAX_SIGSTORE_BUNDLE_BYTES = 1024 * 1024

export type SigstoreHashAlgorithm = 'SHA2_256' | 'SHA2_384' | 'SHA2_512'

const HASHES: Record<SigstoreHashAlgorithm, { hash: HashName; bytes: number }> = {
  SHA2_256: { hash: 'sha256', bytes: 32 },
  SHA2_384: { hash: 'sha384', bytes: 48 },
  SHA2_512: { hash: 'sha512', bytes: 64 },
}

const SIGSTORE_NAMES: Record<HashName, SigstoreHashAlgorithm> = {
  sha256: 'SHA2_256',
  sha384: 'SHA2_384',
  sha512: 'SHA2_512',
}

export type SigstoreBundleErrorCode =
  | 'sigstore-too-large'
  | 'sigstore-not-json'
  | 'sigstore-media-type'
  | 'sigstore-bad-field'
  | 'sigstore-unsupported-content'
  | 'sigstore-unsupported-hash'

export class SigstoreBundleError extends CodedError<SigstoreBundleErrorCode> {}

/** What the verifier needs from a bundle. */
export interface SigstoreBundle {
  mediaType: string
  /** base64 SHA-256 of the signer's SPKI DER, when the bundle names one. Unauthenticated. */
  hint?: string
  hash: HashName
  digest: Buffer
  signature: Buffer
}

export interface SigstoreBundleInput {
  /** The file's digest under `hashAlgorithm`. */
  digest: Buffer
  hashAlgorithm: HashName
  /** DER for ECDSA, raw for RSA and Ed25519: what KMS Sign returned. */
  signature: Buffer
  /** The signer's DER SubjectPublicKeyInfo, hashed into the hint. */
  spkiDer: Buffer
}

/** The hint cosign and sigstore-go write for a key: base64 SHA-256 of its SPKI DER. */
export function sigstoreKeyHint(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest('base64')
}

/** One line of JSON in the field order of formats.md 5, ending in a newline. */
export function formatSigstoreBundle(input: SigstoreBundleInput): string {
  const bundle = {
    mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: sigstoreKeyHint(input.spkiDer) } },
    messageSignature: {
      messageDigest: {
        algorithm: SIGSTORE_NAMES[input.hashAlgorithm],
        digest: input.digest.toString('base64'),
      },
      signature: input.signature.toString('base64'),
    },
  }
  return `${JSON.stringify(bundle)}\n`
}

/**
 * Strict on what we read (types, base64, digest length); other fields, such as
 * tlog entries, are ignored: trust comes from pinned keys, not from a log.
 */
export function parseSigstoreBundle(content: Buffer): SigstoreBundle {
  const root = objectAt(parseJson(content), 'the bundle')
  const mediaType = root['mediaType']
  if (mediaType !== SIGSTORE_BUNDLE_MEDIA_TYPE && mediaType !== LEGACY_MEDIA_TYPE) {
    throw new SigstoreBundleError(
      'sigstore-media-type',
      `has mediaType ${shown(mediaType)}; expected "${SIGSTORE_BUNDLE_MEDIA_TYPE}"`,
    )
  }
  const material = objectAt(root['verificationMaterial'], 'verificationMaterial')
  if (material['publicKey'] === undefined) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-content',
      'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported, so sign with one',
    )
  }
  const hint = optionalString(
    objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint'],
    'verificationMaterial.publicKey.hint',
  )
  if (root['messageSignature'] === undefined) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-content',
      'has no messageSignature (a DSSE attestation?); only blob signatures are supported',
    )
  }
  const messageSignature = objectAt(root['messageSignature'], 'messageSignature')
  const messageDigest = objectAt(
    messageSignature['messageDigest'],
    'messageSignature.messageDigest',
  )
  const algorithm = messageDigest['algorithm']
  if (typeof algorithm !== 'string' || !Object.hasOwn(HASHES, algorithm)) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-hash',
      `has messageDigest.algorithm ${shown(algorithm)}; supported: ${Object.keys(HASHES).join(', ')}`,
    )
  }
  const { hash, bytes } = HASHES[algorithm as SigstoreHashAlgorithm]
  const digest = base64At(messageDigest['digest'], 'messageSignature.messageDigest.digest')
  if (digest.length !== bytes) {
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      `has a ${digest.length}-byte ${algorithm} digest; it must be ${bytes} bytes`,
    )
  }
  const signature = base64At(messageSignature['signature'], 'messageSignature.signature')
  return { mediaType, ...(hint === undefined ? {} : { hint }), hash, digest, signature }
}

function parseJson(content: Buffer): unknown {
  if (content.length > MAX_SIGSTORE_BUNDLE_BYTES) {
    throw new SigstoreBundleError(
      'sigstore-too-large',
      `is ${content.length} bytes; a Sigstore bundle is at most ${MAX_SIGSTORE_BUNDLE_BYTES}`,
    )
  }
  try {
    // fatal: invalid UTF-8 is an error, not U+FFFD; ignoreBOM keeps a BOM so JSON.parse refuses it.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content))
  } catch (error) {
    throw new SigstoreBundleError('sigstore-not-json', 'is not valid UTF-8 JSON', { cause: error })
  }
}

const SHOWN_CHARS = 100

/** A value from the bundle, for a message: quoted, and short even when the bundle is not. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text
}

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SigstoreBundleError('sigstore-bad-field', `has no JSON object at ${where}`)
  }
  return value as Record<string, unknown>
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value
  throw new SigstoreBundleError('sigstore-bad-field', `has a non-string ${where}`)
}

function base64At(value: unknown, where: string): Buffer {
  const bytes = typeof value === 'string' ? bytesFromBase64(value) : undefined
  if (bytes === undefined) {
    throw new SigstoreBundleError('sigstore-bad-field', `has no base64 string at ${where}`)
  }
  return bytes
}
