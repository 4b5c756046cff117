import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairFor, signDigest } from '../../stack/kms-key-specs.js'
import { ECDSA_DIGEST_MIN_BYTES, FileSignatureCheck } from '../../src/keys/file-signature-check.js'

const ecdsa = generateKeyPairFor('ECC_NIST_P384')
const rsa = generateKeyPairFor('RSA_2048')
const bytes = Buffer.from('a file streamed once\n')
const sha384 = createHash('sha384').update(bytes).digest()
const sha256 = createHash('sha256').update(bytes).digest()

describe('FileSignatureCheck', () => {
  it('below the size threshold, checks ECDSA over the bytes that streamed by', async () => {
    const signature = signDigest(ecdsa.privateKey, 'ECDSA_SHA_384', sha384)
    const check = new FileSignatureCheck('ECDSA_SHA_384', ecdsa.publicKey)
    check.begin(bytes.length)
    check.update(bytes)
    expect(await check.verify(signature, sha384)).toBe(true)
    // The streamed bytes decide: a digest that disagrees with them is not consulted.
    const unfed = new FileSignatureCheck('ECDSA_SHA_384', ecdsa.publicKey)
    unfed.begin(bytes.length)
    expect(await unfed.verify(signature, sha384)).toBe(false)
  })

  it('from the size threshold up, checks ECDSA from the digest without hashing again', async () => {
    const signature = signDigest(ecdsa.privateKey, 'ECDSA_SHA_384', sha384)
    const check = new FileSignatureCheck('ECDSA_SHA_384', ecdsa.publicKey)
    check.begin(ECDSA_DIGEST_MIN_BYTES)
    // No bytes fed: only the digest can make this verify.
    expect(await check.verify(signature, sha384)).toBe(true)
    const wrong = new FileSignatureCheck('ECDSA_SHA_384', ecdsa.publicKey)
    wrong.begin(ECDSA_DIGEST_MIN_BYTES)
    expect(await wrong.verify(signature, Buffer.alloc(48))).toBe(false)
  })

  it('checks RSA from the digest at any size', async () => {
    const signature = signDigest(rsa.privateKey, 'RSASSA_PSS_SHA_256', sha256)
    const check = new FileSignatureCheck('RSASSA_PSS_SHA_256', rsa.publicKey)
    check.begin(bytes.length)
    expect(await check.verify(signature, sha256)).toBe(true)
    expect(await check.verify(signature, Buffer.alloc(32))).toBe(false)
  })

  it('answers false, not a throw, for a signature OpenSSL cannot parse', async () => {
    const check = new FileSignatureCheck('ECDSA_SHA_384', ecdsa.publicKey)
    check.update(bytes)
    expect(await check.verify(Buffer.from([0x30, 0x01]), sha384)).toBe(false)
  })
})
