import { createHash } from 'node:crypto'
import {
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  bundleToJSON,
  isBundleWithMessageSignature,
  isBundleWithPublicKey,
  ValidationError,
  type BundleWithMessageSignature,
  type BundleWithPublicKey,
} from '@sigstore/bundle'
import type { HashName } from '../../keys/algorithms.js'
import {
  keyedMessageJsonFrom,
  SIGSTORE_HASHES,
  type KeyedMessageJson,
  type SigstoreHashAlgorithm,
} from './bundle-json.js'
import { SigstoreBundleError } from './sigstore-error.js'

export { SigstoreBundleError, type SigstoreBundleErrorCode } from './sigstore-error.js'
export type { SigstoreHashAlgorithm } from './bundle-json.js'

/**
 * The detached `<file>.sigstore.json`: a Sigstore bundle v0.3 carrying a message
 * signature and a public-key hint, without transparency-log entries (formats.md 5).
 * @sigstore/bundle reads and writes it; bundle-json.ts decides what it is handed.
 */
export const SIGSTORE_SUFFIX = '.sigstore.json'
export const SIGSTORE_BUNDLE_MEDIA_TYPE = BUNDLE_V03_MEDIA_TYPE

/** A real bundle with a key hint is under 1 KiB; tlog entries can add a few KiB. */
export const MAX_SIGSTORE_BUNDLE_BYTES = 1024 * 1024

const SIGSTORE_NAMES: Record<HashName, SigstoreHashAlgorithm> = {
  sha256: 'SHA2_256',
  sha384: 'SHA2_384',
  sha512: 'SHA2_512',
}

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

type KeyedMessageBundle = BundleWithPublicKey & BundleWithMessageSignature

/** The hint cosign and sigstore-go write for a key: base64 SHA-256 of its SPKI DER. */
export function sigstoreKeyHint(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest('base64')
}

/** One line of JSON in the field order of formats.md 5, ending in a newline. */
export function formatSigstoreBundle(input: SigstoreBundleInput): string {
  const bundle = bundleFrom({
    mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: sigstoreKeyHint(input.spkiDer) } },
    messageSignature: {
      messageDigest: {
        algorithm: SIGSTORE_NAMES[input.hashAlgorithm],
        digest: input.digest.toString('base64'),
      },
      signature: input.signature.toString('base64'),
    },
  })
  return `${JSON.stringify(bundleToJSON(bundle))}\n`
}

/**
 * Strict on what we read (types, base64, digest length); other fields, such as
 * tlog entries, are ignored: trust comes from pinned keys, not from a log.
 */
export function parseSigstoreBundle(content: Buffer): SigstoreBundle {
  const json = keyedMessageJsonFrom(content, MAX_SIGSTORE_BUNDLE_BYTES)
  const bundle = bundleFrom(json)
  const { hint } = bundle.verificationMaterial.content.publicKey
  const { messageDigest, signature } = bundle.content.messageSignature
  const { algorithm, digest: digestText } = json.messageSignature.messageDigest
  canonical(messageDigest.digest, digestText, 'messageSignature.messageDigest.digest')
  canonical(signature, json.messageSignature.signature, 'messageSignature.signature')
  const { hash, bytes } = SIGSTORE_HASHES[algorithm]
  if (messageDigest.digest.length !== bytes) {
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      `has a ${messageDigest.digest.length}-byte ${algorithm} digest; it must be ${bytes} bytes`,
    )
  }
  return {
    mediaType: json.mediaType,
    // protobuf reads an absent hint as "": either way the bundle names no key.
    ...(hint === '' ? {} : { hint }),
    hash,
    digest: messageDigest.digest,
    signature,
  }
}

/** @sigstore/bundle's reading and checks (no empty digest or signature), as coded errors. */
function bundleFrom(json: KeyedMessageJson): KeyedMessageBundle {
  let bundle
  try {
    bundle = bundleFromJSON(json)
  } catch (error) {
    const fields = error instanceof ValidationError ? `: ${error.fields.join(', ')}` : ''
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      `is not a valid Sigstore bundle (missing or empty${fields})`,
      { cause: error },
    )
  }
  // Always so for a KeyedMessageJson; the guards give the type.
  if (!isBundleWithPublicKey(bundle) || !isBundleWithMessageSignature(bundle)) {
    throw new SigstoreBundleError('sigstore-unsupported-content', 'is not a keyed blob signature')
  }
  return bundle
}

/** protobuf decodes base64 leniently, skipping junk: the text must be what the bytes encode to. */
function canonical(bytes: Buffer, text: string, where: string): void {
  if (bytes.toString('base64') !== text) {
    throw new SigstoreBundleError(
      'sigstore-bad-field',
      `has a ${where} that is not canonical base64`,
    )
  }
}
