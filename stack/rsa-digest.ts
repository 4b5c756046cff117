import { constants, createHash, privateEncrypt, randomBytes, type KeyObject } from 'node:crypto'

export type DigestHash = 'sha256' | 'sha384' | 'sha512'

export const HASH_LENGTHS: Record<DigestHash, number> = { sha256: 32, sha384: 48, sha512: 64 }

/** DER of DigestInfo{AlgorithmIdentifier{hash OID, NULL}, OCTET STRING} up to the digest. */
const DIGEST_INFO_PREFIXES: Record<DigestHash, Buffer> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
}

/** RSASSA-PKCS1-v1_5 over a digest: privateEncrypt applies the type-1 padding to DigestInfo. */
export function rsaPkcs1SignDigest(
  privateKey: KeyObject,
  hash: DigestHash,
  digest: Uint8Array,
): Buffer {
  const digestInfo = Buffer.concat([DIGEST_INFO_PREFIXES[hash], digest])
  return privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, digestInfo)
}

/**
 * RSASSA-PSS over a digest (RFC 8017 9.1.1), MGF1 with the same hash and a salt as
 * long as the hash, as KMS does; the raw RSA step is privateEncrypt without padding.
 */
export function rsaPssSignDigest(
  privateKey: KeyObject,
  hash: DigestHash,
  digest: Uint8Array,
): Buffer {
  const modulusBits = privateKey.asymmetricKeyDetails?.modulusLength
  if (modulusBits === undefined) throw new Error('rsaPssSignDigest: not an RSA key')
  const encoded = emsaPssEncode(hash, digest, modulusBits - 1)
  const block = Buffer.alloc(Math.ceil(modulusBits / 8))
  encoded.copy(block, block.length - encoded.length)
  return privateEncrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, block)
}

function emsaPssEncode(hash: DigestHash, digest: Uint8Array, emBits: number): Buffer {
  const hashLength = HASH_LENGTHS[hash]
  const emLength = Math.ceil(emBits / 8)
  const salt = randomBytes(hashLength)
  const h = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest()
  const db = Buffer.alloc(emLength - hashLength - 1)
  db[db.length - hashLength - 1] = 0x01
  salt.copy(db, db.length - hashLength)
  const mask = mgf1(hash, h, db.length)
  for (let i = 0; i < db.length; i += 1) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0)
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLength - emBits))
  return Buffer.concat([db, h, Buffer.from([0xbc])])
}

function mgf1(hash: DigestHash, seed: Buffer, length: number): Buffer {
  const blocks: Buffer[] = []
  for (let counter = 0; blocks.length * HASH_LENGTHS[hash] < length; counter += 1) {
    const counterBytes = Buffer.alloc(4)
    counterBytes.writeUInt32BE(counter)
    blocks.push(createHash(hash).update(seed).update(counterBytes).digest())
  }
  return Buffer.concat(blocks).subarray(0, length)
}
