import { constants, createHash, publicDecrypt, timingSafeEqual, type KeyObject } from 'node:crypto'
import { ALGORITHMS, type HashName, type SigningAlgorithm } from './algorithms.js'

export const HASH_BYTES: Record<HashName, number> = { sha256: 32, sha384: 48, sha512: 64 }

/** DER of DigestInfo{AlgorithmIdentifier{hash OID, NULL}, OCTET STRING} up to the digest. */
const DIGEST_INFO_PREFIXES: Record<HashName, Buffer> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
}

/** RFC 8017 9.2 note 1: at least eight 0xff bytes of padding. */
const MIN_PKCS1_PADDING = 8
const PSS_TRAILER = 0xbc
const PSS_ZERO_PREFIX = Buffer.alloc(8)

/**
 * What an RSA signature says the signed digest must be. Decoding needs only the key and
 * the signature, so it runs before the file is read, and tells which hash the file needs.
 */
export interface RsaExpectation {
  hash: HashName
  matches(digest: Buffer): boolean
}

/**
 * Decode an RSASSA-PKCS1-v1_5 or RSASSA-PSS signature (MGF1 with the same hash, salt as
 * long as the hash: what KMS makes and what `verifyKeyInput` pins) with the raw public
 * operation. Undefined when no digest can match: wrong length, not below the modulus, or
 * an encoding that is not the algorithm's. Agrees with `crypto.verify` on every input.
 */
export function decodeRsaSignature(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
  signature: Buffer,
): RsaExpectation | undefined {
  const { hash, scheme } = ALGORITHMS[algorithm]
  const modulusBits = publicKey.asymmetricKeyDetails?.modulusLength
  if (publicKey.asymmetricKeyType !== 'rsa' || modulusBits === undefined) return undefined
  const modulusBytes = Math.ceil(modulusBits / 8)
  // OpenSSL refuses any other length before the RSA step (RFC 8017 8.1.2 step 1).
  if (signature.length !== modulusBytes) return undefined
  let block: Buffer
  try {
    block = publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature)
  } catch {
    return undefined // the signature is not below the modulus
  }
  if (block.length !== modulusBytes) return undefined
  if (scheme === 'rsa-pkcs1') return pkcs1Expectation(hash, block)
  if (scheme === 'rsa-pss') return pssExpectation(hash, block, modulusBits)
  return undefined
}

/** `crypto.verify` over a digest instead of the message, for the RSA algorithms. */
export function verifyRsaDigest(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
  digest: Buffer,
  signature: Buffer,
): boolean {
  return decodeRsaSignature(algorithm, publicKey, signature)?.matches(digest) ?? false
}

/**
 * EMSA-PKCS1-v1_5 (RFC 8017 9.2): the block must be exactly 00 01 FF.. 00 DigestInfo H
 * for this hash; comparing whole encodings, never parsing the DigestInfo, leaves no room
 * for another hash's DigestInfo, parameters or trailing bytes (algorithm confusion).
 */
function pkcs1Expectation(hash: HashName, block: Buffer): RsaExpectation | undefined {
  const prefix = DIGEST_INFO_PREFIXES[hash]
  const paddingBytes = block.length - 3 - prefix.length - HASH_BYTES[hash]
  if (paddingBytes < MIN_PKCS1_PADDING) return undefined
  const head = Buffer.concat([
    Buffer.from([0x00, 0x01]),
    Buffer.alloc(paddingBytes, 0xff),
    Buffer.from([0x00]),
    prefix,
  ])
  if (!timingSafeEqual(block.subarray(0, head.length), head)) return undefined
  const signed = block.subarray(head.length)
  return {
    hash,
    matches: (digest) => digest.length === signed.length && timingSafeEqual(digest, signed),
  }
}

/** EMSA-PSS-VERIFY (RFC 8017 9.1.2) up to step 12, which alone needs the message's digest. */
function pssExpectation(
  hash: HashName,
  block: Buffer,
  modulusBits: number,
): RsaExpectation | undefined {
  const hashBytes = HASH_BYTES[hash]
  const saltBytes = hashBytes
  const emBits = modulusBits - 1
  const emLength = Math.ceil(emBits / 8)
  // When emBits is a multiple of 8 the block has one more byte than EM, which must be 0.
  const extra = block.length - emLength
  if (block.subarray(0, extra).some((byte) => byte !== 0)) return undefined
  const em = block.subarray(extra)
  if (emLength < hashBytes + saltBytes + 2) return undefined
  if (em[emLength - 1] !== PSS_TRAILER) return undefined
  const dbLength = emLength - hashBytes - 1
  const maskedDb = em.subarray(0, dbLength)
  const h = em.subarray(dbLength, dbLength + hashBytes)
  const unusedBits = 8 * emLength - emBits
  const topMask = 0xff >> unusedBits
  if (((maskedDb[0] as number) & ~topMask & 0xff) !== 0) return undefined
  const db = mgf1(hash, h, dbLength)
  for (let i = 0; i < dbLength; i++) db[i] = (db[i] as number) ^ (maskedDb[i] as number)
  db[0] = (db[0] as number) & topMask
  const separator = dbLength - saltBytes - 1
  for (let i = 0; i < separator; i++) if (db[i] !== 0) return undefined
  if (db[separator] !== 0x01) return undefined
  const salt = db.subarray(separator + 1)
  return {
    hash,
    matches(digest) {
      if (digest.length !== hashBytes) return false
      const expected = createHash(hash).update(PSS_ZERO_PREFIX).update(digest).update(salt).digest()
      return timingSafeEqual(expected, h)
    },
  }
}

/** MGF1 (RFC 8017 B.2.1) with the signature's own hash, as OpenSSL defaults for PSS. */
function mgf1(hash: HashName, seed: Buffer, length: number): Buffer {
  const blocks: Buffer[] = []
  const counter = Buffer.alloc(4)
  for (let i = 0; blocks.length * HASH_BYTES[hash] < length; i++) {
    counter.writeUInt32BE(i)
    blocks.push(createHash(hash).update(seed).update(counter).digest())
  }
  return Buffer.concat(blocks).subarray(0, length)
}
