import { nestedDeeperThan, shown, strictJsonParse } from '../strict-json.js'
import { BUNDLE_V02_MEDIA_TYPE, BUNDLE_V03_MEDIA_TYPE } from '@sigstore/bundle'
import type { HashName } from '../../keys/algorithms.js'
import { SigstoreBundleError } from './sigstore-error.js'

/** v0.2 differs from v0.3 only in how the certificate is carried, which we never read. */
const MEDIA_TYPES: readonly unknown[] = [BUNDLE_V03_MEDIA_TYPE, BUNDLE_V02_MEDIA_TYPE]

export type SigstoreHashAlgorithm = 'SHA2_256' | 'SHA2_384' | 'SHA2_512'

/** The protobuf HashAlgorithm names KMS signs digests of, and their digest lengths. */
export const SIGSTORE_HASHES: Record<SigstoreHashAlgorithm, { hash: HashName; bytes: number }> = {
  SHA2_256: { hash: 'sha256', bytes: 32 },
  SHA2_384: { hash: 'sha384', bytes: 48 },
  SHA2_512: { hash: 'sha512', bytes: 64 },
}

/** formats.md 5 as protobuf JSON: the one bundle shape written, and all that is read. */
export interface KeyedMessageJson {
  mediaType: string
  verificationMaterial: { publicKey: { hint?: string } }
  messageSignature: {
    messageDigest: { algorithm: SigstoreHashAlgorithm; digest: string }
    signature: string
  }
}

/** Far deeper than a real bundle: a tlog entry's checkpoint is 6 levels down. */
const MAX_DEPTH = 32

/**
 * The part of a bundle file handed to @sigstore/bundle, each field checked for its JSON
 * type first: protobuf's JSON reader coerces what it gets (`String(7)` for a hint) and
 * passes any value to `Buffer.from`, where `{"length": 300000000}` takes 18 seconds and a
 * gigabyte. Tlog entries, timestamps and certificates never reach it: none is used.
 */
export function keyedMessageJsonFrom(content: Buffer, maxBytes: number): KeyedMessageJson {
  const root = jsonObjectFrom(content, maxBytes)
  const mediaType = root['mediaType']
  if (!MEDIA_TYPES.includes(mediaType)) {
    throw new SigstoreBundleError(
      'sigstore-media-type',
      `has mediaType ${shown(mediaType)}; expected "${BUNDLE_V03_MEDIA_TYPE}"`,
    )
  }
  const material = objectAt(root['verificationMaterial'], 'verificationMaterial')
  if (material['publicKey'] === undefined) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-content',
      'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported, so sign with one',
    )
  }
  const hint = objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint']
  if (hint !== undefined && typeof hint !== 'string') {
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      'has a non-string verificationMaterial.publicKey.hint',
    )
  }
  if (root['messageSignature'] === undefined) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-content',
      'has no messageSignature (a DSSE attestation?); only blob signatures are supported',
    )
  }
  const message = objectAt(root['messageSignature'], 'messageSignature')
  const digest = objectAt(message['messageDigest'], 'messageSignature.messageDigest')
  const algorithm = digest['algorithm']
  if (typeof algorithm !== 'string' || !Object.hasOwn(SIGSTORE_HASHES, algorithm)) {
    throw new SigstoreBundleError(
      'sigstore-unsupported-hash',
      `has messageDigest.algorithm ${shown(algorithm)}; supported: ${Object.keys(SIGSTORE_HASHES).join(', ')}`,
    )
  }
  return {
    mediaType: mediaType as string,
    verificationMaterial: { publicKey: hint === undefined ? {} : { hint } },
    messageSignature: {
      messageDigest: {
        algorithm: algorithm as SigstoreHashAlgorithm,
        digest: stringAt(digest['digest'], 'messageSignature.messageDigest.digest'),
      },
      signature: stringAt(message['signature'], 'messageSignature.signature'),
    },
  }
}

/**
 * The file's top-level JSON object. Size is checked first, nesting after parsing: V8's
 * JSON.parse copes with any depth, but JSON.stringify (in messages) and any reader
 * after it recurse, and 100,000 levels overflow the stack.
 */
function jsonObjectFrom(content: Buffer, maxBytes: number): Record<string, unknown> {
  if (content.length > maxBytes) {
    throw new SigstoreBundleError(
      'sigstore-too-large',
      `is ${content.length} bytes; a Sigstore bundle is at most ${maxBytes}`,
    )
  }
  let root: unknown
  try {
    root = strictJsonParse(content)
  } catch (error) {
    throw new SigstoreBundleError('sigstore-not-json', 'is not valid UTF-8 JSON', { cause: error })
  }
  const object = objectAt(root, 'the bundle')
  if (nestedDeeperThan(object, MAX_DEPTH)) {
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      `nests JSON more than ${MAX_DEPTH} levels deep; a Sigstore bundle needs 6`,
    )
  }
  return object
}

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SigstoreBundleError('sigstore-bad-field', `has no JSON object at ${where}`)
  }
  return value as Record<string, unknown>
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') {
    throw new SigstoreBundleError('sigstore-bad-field', `has no base64 string at ${where}`)
  }
  return value
}
