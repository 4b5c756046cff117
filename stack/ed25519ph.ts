import { createHash, type KeyObject } from 'node:crypto'

// Ed25519ph (RFC 8032 5.1 with phflag 1), which Node 20's crypto cannot make: it signs
// pure Ed25519 only. KMS's ED25519_PH_SHA_512 with MessageType DIGEST takes PH(M) =
// SHA-512(M) and skips the hashing step (formats.md 8), so the digest goes in as PH(M).
// Plain BigInt arithmetic, not constant time: the stand-in's keys are throwaway.

const P = 2n ** 255n - 19n
/** Order of the base point. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n
const D = mod(-121665n * inverse(121666n))
const BASE: Point = extended(
  15112221349535400772501151409588531511454012693041857206046113283949847762202n,
  46316835694926478169428394003475163141307993866256225615783033603165251855960n,
)
/** dom2(1, ""): the prefix that keeps Ed25519ph signatures apart from pure Ed25519 ones. */
const DOM2_PH = Buffer.concat([
  Buffer.from('SigEd25519 no Ed25519 collisions'),
  Buffer.from([1, 0]),
])
const PREHASH_BYTES = 64

/** A point in extended coordinates (x = X/Z, y = Y/Z, xy = T/Z). */
interface Point {
  X: bigint
  Y: bigint
  Z: bigint
  T: bigint
}

/** Ed25519ph over a message's SHA-512 digest, with the key's RFC 8032 secret scalar and prefix. */
export function ed25519phSignDigest(privateKey: KeyObject, digest: Uint8Array): Buffer {
  if (digest.length !== PREHASH_BYTES) throw new Error('Ed25519ph signs a 64-byte SHA-512 digest')
  const { d, x } = privateKey.export({ format: 'jwk' })
  if (privateKey.asymmetricKeyType !== 'ed25519' || d === undefined || x === undefined) {
    throw new Error('ed25519phSignDigest: not an Ed25519 private key')
  }
  const expanded = createHash('sha512').update(Buffer.from(d, 'base64url')).digest()
  const scalar = clamp(expanded.subarray(0, 32))
  const prefix = expanded.subarray(32)
  const publicKey = Buffer.from(x, 'base64url')
  const r = reduce(DOM2_PH, prefix, digest)
  const R = encode(multiply(BASE, r))
  const k = reduce(DOM2_PH, R, publicKey, digest)
  const S = (r + k * scalar) % L
  return Buffer.concat([R, littleEndian(S)])
}

function clamp(bytes: Buffer): bigint {
  const copy = Buffer.from(bytes)
  copy[0] = (copy[0] ?? 0) & 248
  copy[31] = ((copy[31] ?? 0) & 127) | 64
  return fromLittleEndian(copy)
}

function reduce(...parts: Uint8Array[]): bigint {
  const hash = createHash('sha512')
  for (const part of parts) hash.update(part)
  return fromLittleEndian(hash.digest()) % L
}

function extended(x: bigint, y: bigint): Point {
  return { X: x, Y: y, Z: 1n, T: mod(x * y) }
}

/** RFC 8032 5.1.4 addition; it also doubles. */
function add(p: Point, q: Point): Point {
  const a = mod((p.Y - p.X) * (q.Y - q.X))
  const b = mod((p.Y + p.X) * (q.Y + q.X))
  const c = mod(2n * D * p.T * q.T)
  const d = mod(2n * p.Z * q.Z)
  const e = b - a
  const f = d - c
  const g = d + c
  const h = b + a
  return { X: mod(e * f), Y: mod(g * h), Z: mod(f * g), T: mod(e * h) }
}

function multiply(point: Point, scalar: bigint): Point {
  let result: Point = { X: 0n, Y: 1n, Z: 1n, T: 0n }
  let addend = point
  for (let n = scalar; n > 0n; n >>= 1n) {
    if (n & 1n) result = add(result, addend)
    addend = add(addend, addend)
  }
  return result
}

/** y in 255 bits, little-endian, with x's low bit in the top bit. */
function encode(point: Point): Buffer {
  const zInverse = inverse(point.Z)
  const x = mod(point.X * zInverse)
  const y = mod(point.Y * zInverse)
  return littleEndian(y | ((x & 1n) << 255n))
}

function littleEndian(value: bigint): Buffer {
  return Buffer.from(value.toString(16).padStart(64, '0'), 'hex').reverse()
}

function fromLittleEndian(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).reverse().toString('hex')}`)
}

function mod(value: bigint): bigint {
  const r = value % P
  return r < 0n ? r + P : r
}

/** Fermat: a^(p-2) mod p. */
function inverse(value: bigint): bigint {
  let result = 1n
  let base = mod(value)
  for (let e = P - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % P
    base = (base * base) % P
  }
  return result
}
