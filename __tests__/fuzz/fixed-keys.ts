// Keys derived from fixed labels, so fixture bytes are the same on every run and a
// failing seed replays the same case. Real keys all the same: node:crypto signs with them.
import {
  createECDH,
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  type KeyObject,
} from 'node:crypto'
import type { KeyType, TestKey } from '../embedded/signed-dossier.js'

/** PKCS#8 header of an Ed25519 / X25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex')
const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex')
/** An ECDSA P-256/secp256k1 DER signature with both r and s 33 bytes long: the longest. */
const LONGEST_ECDSA_DER = 72

const CURVES = { p256: ['prime256v1', 'P-256'], secp256k1: ['secp256k1', 'secp256k1'] } as const

/**
 * A key from a label. EC keys are picked with an even Y: for those OpenSSL reads an SPKI
 * whose BIT STRING claims an unused bit as the very same key, so only a decoder that
 * insists on canonical DER refuses it (regressions.test.ts).
 */
export function fixedKey(type: KeyType, label: string): TestKey {
  const privateKey = type === 'ed25519' ? ed25519Private(label) : evenYPrivate(type, label)
  const publicKey = createPublicKey(privateKey)
  const spkiBase64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
  return { type, privateKey, publicKey, spkiBase64 }
}

/** An X25519 public key: a real key of a type no signature here can use. */
export function fixedX25519PublicKey(label: string): KeyObject {
  const der = Buffer.concat([X25519_PKCS8, seedOf(label)])
  return createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
}

/**
 * ECDSA nonces are random, so ECDSA signatures differ per run; drawing until the DER is
 * the longest keeps every fixture's length, and so every mutation's position, fixed.
 */
export function fixedLengthSignature(key: TestKey, payload: Buffer): Buffer {
  if (key.type === 'ed25519') return sign(null, payload, key.privateKey)
  for (;;) {
    const signature = sign('sha256', payload, key.privateKey)
    if (signature.length === LONGEST_ECDSA_DER) return signature
  }
}

function ed25519Private(label: string): KeyObject {
  const der = Buffer.concat([ED25519_PKCS8, seedOf(label)])
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
}

function evenYPrivate(type: 'p256' | 'secp256k1', label: string): KeyObject {
  const [curve, crv] = CURVES[type]
  for (let counter = 0; ; counter++) {
    const d = seedOf(`${label}#${counter}`)
    const ecdh = createECDH(curve)
    ecdh.setPrivateKey(d)
    const point = ecdh.getPublicKey()
    if ((point.at(-1)! & 1) !== 0) continue
    const jwk = {
      kty: 'EC',
      crv,
      d: d.toString('base64url'),
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    }
    return createPrivateKey({ key: jwk, format: 'jwk' })
  }
}

function seedOf(label: string): Buffer {
  return createHash('sha256').update(`dossier-sign fuzz ${label}`).digest()
}
