import { createECDH, randomBytes, type ECDH, type KeyObject } from 'node:crypto'

/** OpenSSL names of the curves KMS signs with, as KeyObject reports them. */
type CurveName = 'prime256v1' | 'secp256k1' | 'secp384r1' | 'secp521r1'

/** Group orders n (SEC 2, FIPS 186-4). */
const CURVE_ORDERS: Record<CurveName, bigint> = {
  prime256v1: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  secp384r1:
    0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  secp521r1:
    0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
}

interface EcSigningKey {
  d: bigint
  n: bigint
  nBits: number
  nBytes: number
  /** reused for k·G: setPrivateKey(k) makes OpenSSL compute the point natively */
  ecdh: ECDH
}

const signingKeys = new WeakMap<KeyObject, EcSigningKey>()

/**
 * ECDSA over an already computed digest, which Node's crypto.sign cannot do (it
 * always hashes). k·G runs in OpenSSL through ECDH.setPrivateKey, so only the
 * scalar arithmetic is BigInt; a P-256 signature takes well under a millisecond.
 * S is deliberately left as computed (no low-S normalisation): real KMS returns
 * high-S signatures about half the time and verifiers must accept them.
 */
export function ecdsaSignDigest(privateKey: KeyObject, digest: Uint8Array): Buffer {
  const key = signingKeyOf(privateKey)
  const e = digestToInteger(digest, key.nBits)
  for (;;) {
    const k = randomScalar(key)
    key.ecdh.setPrivateKey(toBytes(k, key.nBytes))
    const point = key.ecdh.getPublicKey()
    const x = BigInt(`0x${point.subarray(1, 1 + (point.length - 1) / 2).toString('hex')}`)
    const r = x % key.n
    if (r === 0n) continue
    const s = (invert(k, key.n) * (e + r * key.d)) % key.n
    if (s === 0n) continue
    return derSignature(r, s)
  }
}

function signingKeyOf(privateKey: KeyObject): EcSigningKey {
  const cached = signingKeys.get(privateKey)
  if (cached !== undefined) return cached
  const curve = privateKey.asymmetricKeyDetails?.namedCurve as CurveName | undefined
  const n = curve === undefined ? undefined : CURVE_ORDERS[curve]
  const { d } = privateKey.export({ format: 'jwk' })
  if (curve === undefined || n === undefined || d === undefined) {
    throw new Error(`ecdsaSignDigest: unsupported key (curve ${String(curve)})`)
  }
  const nBits = n.toString(2).length
  const key = {
    d: BigInt(`0x${Buffer.from(d, 'base64url').toString('hex')}`),
    n,
    nBits,
    nBytes: Math.ceil(nBits / 8),
    ecdh: createECDH(curve),
  }
  signingKeys.set(privateKey, key)
  return key
}

/** SEC 1 4.1.3 step 5: keep the leftmost bit-length-of-n bits of the digest. */
function digestToInteger(digest: Uint8Array, nBits: number): bigint {
  const value = BigInt(`0x${Buffer.from(digest).toString('hex') || '0'}`)
  const excessBits = digest.length * 8 - nBits
  return excessBits > 0 ? value >> BigInt(excessBits) : value
}

/** Uniform k in [1, n-1] by rejection sampling. */
function randomScalar(key: EcSigningKey): bigint {
  const topMask = 0xff >> (key.nBytes * 8 - key.nBits)
  for (;;) {
    const bytes = randomBytes(key.nBytes)
    bytes[0] = (bytes[0] ?? 0) & topMask
    const k = BigInt(`0x${bytes.toString('hex')}`)
    if (k > 0n && k < key.n) return k
  }
}

/** Modular inverse by the extended Euclidean algorithm (n is prime, 0 < a < n). */
function invert(a: bigint, n: bigint): bigint {
  let [oldR, r] = [a, n]
  let [oldS, s] = [1n, 0n]
  while (r !== 0n) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  return ((oldS % n) + n) % n
}

function toBytes(value: bigint, length: number): Buffer {
  return Buffer.from(value.toString(16).padStart(length * 2, '0'), 'hex')
}

/** DER SEQUENCE { INTEGER r, INTEGER s }, minimal INTEGERs (0x00 before a high bit). */
function derSignature(r: bigint, s: bigint): Buffer {
  const content = Buffer.concat([derInteger(r), derInteger(s)])
  return Buffer.concat([Buffer.from([0x30]), derLength(content.length), content])
}

function derInteger(value: bigint): Buffer {
  const hex = value.toString(16)
  let bytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex')
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes])
  return Buffer.concat([Buffer.from([0x02]), derLength(bytes.length), bytes])
}

/** Short form below 128; P-521 signatures (up to 139 bytes) need the one-byte long form. */
function derLength(length: number): Buffer {
  return length < 0x80 ? Buffer.from([length]) : Buffer.from([0x81, length])
}
