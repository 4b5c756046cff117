import type { KeyObject } from 'node:crypto'
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js'
import { ecdsaFromDer } from './der.js'

/** The curves KMS signs with, by the names KeyObject reports; each loaded on first use. */
const CURVES: Record<string, () => Promise<ECDSA>> = {
  prime256v1: async () => (await import('@noble/curves/nist.js')).p256,
  secp384r1: async () => (await import('@noble/curves/nist.js')).p384,
  secp521r1: async () => (await import('@noble/curves/nist.js')).p521,
  secp256k1: async () => (await import('@noble/curves/secp256k1.js')).secp256k1,
}

const loading = new Map<string, Promise<ECDSA>>()

/**
 * The curve arithmetic for a key, or undefined for a key no KMS spec has. Imported
 * lazily (about 45 ms) because most runs never need it: see ECDSA_DIGEST_MIN_BYTES.
 */
export function ecdsaCurveFor(publicKey: KeyObject): Promise<ECDSA> | undefined {
  const name = publicKey.asymmetricKeyDetails?.namedCurve
  if (publicKey.asymmetricKeyType !== 'ec' || name === undefined) return undefined
  const load = Object.hasOwn(CURVES, name) ? CURVES[name] : undefined
  if (load === undefined) return undefined
  let curve = loading.get(name)
  if (curve === undefined) {
    curve = load()
    loading.set(name, curve)
    // A failed import is retried next time rather than remembered.
    curve.catch(() => loading.delete(name))
  }
  return curve
}

/**
 * ECDSA over a digest the caller computed (Node's `crypto.verify` always hashes). Agrees
 * with OpenSSL, which `crypto.verify` runs: strict DER (OpenSSL re-encodes and compares),
 * 0 < r, s < n, the digest's leftmost bits as the integer, and high S accepted, because
 * KMS returns high-S signatures about half the time.
 */
export function verifyEcdsaDigestWith(
  curve: ECDSA,
  publicKey: KeyObject,
  digest: Buffer,
  signature: Buffer,
): boolean {
  const parts = ecdsaFromDer(signature)
  if (parts === undefined) return false
  const { ORDER, BYTES } = curve.Point.Fn
  if (parts.r >= ORDER || parts.s >= ORDER) return false
  const compact = Buffer.concat([toFixed(parts.r, BYTES), toFixed(parts.s, BYTES)])
  try {
    return curve.verify(compact, digest, uncompressedPoint(publicKey), {
      prehash: false,
      lowS: false,
      format: 'compact',
    })
  } catch {
    return false
  }
}

function toFixed(value: bigint, bytes: number): Buffer {
  return Buffer.from(value.toString(16).padStart(bytes * 2, '0'), 'hex')
}

const points = new WeakMap<KeyObject, Buffer>()

/** SEC 1 uncompressed point of the key; a JWK's coordinates are already full length. */
function uncompressedPoint(publicKey: KeyObject): Buffer {
  let point = points.get(publicKey)
  if (point === undefined) {
    const { x, y } = publicKey.export({ format: 'jwk' })
    point = Buffer.concat([
      Buffer.from([0x04]),
      Buffer.from(x ?? '', 'base64url'),
      Buffer.from(y ?? '', 'base64url'),
    ])
    points.set(publicKey, point)
  }
  return point
}
