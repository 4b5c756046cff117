import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { CodedError } from '../errors.js'
import { keySpecOf } from './algorithms.js'
import { bytesFromBase64 } from './base64.js'
import { isSingleDerSequence } from './der.js'

export type KeyTextErrorCode =
  'key-not-base64' | 'key-unreadable' | 'key-is-private' | 'key-unsupported-type'

export class KeyTextError extends CodedError<KeyTextErrorCode> {}

/** A public key decoded from text, with the canonical bytes trust is compared on. */
export interface DecodedPublicKey {
  kind: 'spki' | 'ed25519-raw'
  publicKey: KeyObject
  spkiDer: Buffer
}

/** SPKI DER header of an Ed25519 key; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const ED25519_RAW_BYTES = 32
const PRIVATE_KEY_MESSAGE = 'is a PRIVATE key; list only public keys'

/** One PEM block, nothing around it, matching labels. */
const PEM_BLOCK = /^-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----$/

/**
 * Decode a public key written as SPKI PEM, base64 SPKI DER, or raw 32-byte Ed25519
 * base64. Strict on purpose: OpenSSL skips text around a PEM block and ignores bytes after
 * a DER key, and a lenient decoder would let two different strings name one key.
 */
export function publicKeyFromText(text: string): DecodedPublicKey {
  const trimmed = text.trim()
  if (trimmed.includes('-----')) return { kind: 'spki', ...spkiFromDer(derFromPem(trimmed)) }
  const bytes = bytesFromBase64(trimmed)
  if (bytes === undefined) throw new KeyTextError('key-not-base64', 'is not canonical base64')
  if (bytes.length === ED25519_RAW_BYTES) return { kind: 'ed25519-raw', ...ed25519FromRaw(bytes) }
  return { kind: 'spki', ...spkiFromDer(bytes) }
}

/** An Ed25519 key from its raw 32 bytes (the form upstream's trust list and minisign use). */
export function ed25519FromRaw(raw: Buffer): { publicKey: KeyObject; spkiDer: Buffer } {
  return spkiFromDer(Buffer.concat([ED25519_SPKI_PREFIX, raw]))
}

/** A key from DER SubjectPublicKeyInfo, limited to the types this action can verify. */
export function spkiFromDer(der: Buffer): { publicKey: KeyObject; spkiDer: Buffer } {
  let publicKey: KeyObject
  try {
    if (!isSingleDerSequence(der)) throw new Error('not a single DER structure')
    publicKey = createPublicKey({ key: der, format: 'der', type: 'spki' })
  } catch (error) {
    if (isPrivateKeyDer(der)) throw new KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE)
    throw new KeyTextError('key-unreadable', 'is not a DER SubjectPublicKeyInfo public key', {
      cause: error,
    })
  }
  if (publicKey.asymmetricKeyType !== 'ed25519' && keySpecOf(publicKey) === undefined) {
    throw new KeyTextError(
      'key-unsupported-type',
      `is a ${publicKey.asymmetricKeyType ?? 'unknown'} key; only Ed25519, EC P-256/secp256k1/P-384/P-521 and RSA 2048-4096 are supported`,
    )
  }
  // OpenSSL also reads BER it re-encodes (a BIT STRING with unused bits, whose "unused" key
  // bits it clears; RSA without its NULL parameters): only canonical DER, one key one text.
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' })
  if (!spkiDer.equals(der)) {
    throw new KeyTextError(
      'key-unreadable',
      'is not canonical DER (re-encoding the key changes it)',
    )
  }
  return { publicKey, spkiDer }
}

/**
 * A private key pasted as base64 DER (PKCS#8, SEC1, PKCS#1) gets the same refusal as a
 * PRIVATE KEY PEM block, not a vague "unreadable": whoever committed it must know.
 */
function isPrivateKeyDer(der: Buffer): boolean {
  return (['pkcs8', 'sec1', 'pkcs1'] as const).some((type) => {
    try {
      createPrivateKey({ key: der, format: 'der', type })
      return true
    } catch {
      return false
    }
  })
}

function derFromPem(text: string): Buffer {
  const block = PEM_BLOCK.exec(text)
  if (block?.[1]?.includes('PRIVATE')) {
    throw new KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE)
  }
  if (block?.[1] !== 'PUBLIC KEY') {
    throw new KeyTextError('key-unreadable', 'is not a single "PUBLIC KEY" PEM block')
  }
  const der = bytesFromBase64((block[2] ?? '').replace(/\s+/g, ''))
  if (der === undefined) throw new KeyTextError('key-not-base64', 'PEM body is not base64')
  return der
}
