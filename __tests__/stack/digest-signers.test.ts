import { describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, randomBytes, verify } from 'node:crypto'
import { ecdsaSignDigest } from '../../stack/ecdsa-digest.js'

const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n

/** Reads DER SEQUENCE{INTEGER r, INTEGER s}, failing on any non-minimal encoding. */
function strictDer(signature: Buffer): { r: bigint; s: bigint } {
  let offset = 0
  const byte = () => signature[offset++] ?? -1
  const length = () => {
    const first = byte()
    return first === 0x81 ? byte() : first
  }
  expect(byte()).toBe(0x30)
  const total = length()
  expect(offset + total).toBe(signature.length)
  const integer = () => {
    expect(byte()).toBe(0x02)
    const bytes = signature.subarray(offset, offset + length())
    offset += bytes.length
    const [first = 0, second = 0] = bytes
    expect(first & 0x80).toBe(0) // positive
    if (bytes.length > 1) expect(first === 0 && (second & 0x80) === 0).toBe(false) // minimal
    return BigInt(`0x${bytes.toString('hex')}`)
  }
  const r = integer()
  const s = integer()
  expect(offset).toBe(signature.length)
  return { r, s }
}

describe('ecdsaSignDigest', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

  it('emits strict DER and leaves S high about half the time, as KMS does', () => {
    const message = randomBytes(64)
    const digest = createHash('sha256').update(message).digest()
    let highS = 0
    for (let i = 0; i < 64; i += 1) {
      const signature = ecdsaSignDigest(privateKey, digest)
      expect(verify('sha256', message, publicKey, signature)).toBe(true)
      if (strictDer(signature).s > P256_ORDER / 2n) highS += 1
    }
    expect(highS).toBeGreaterThan(5)
    expect(highS).toBeLessThan(59)
  })

  it('uses the DER long length form for P-521 signatures', () => {
    const p521 = generateKeyPairSync('ec', { namedCurve: 'secp521r1' })
    const message = randomBytes(64)
    const signature = ecdsaSignDigest(
      p521.privateKey,
      createHash('sha512').update(message).digest(),
    )
    expect(signature.subarray(0, 2)).toEqual(Buffer.from([0x30, 0x81]))
    expect(verify('sha512', message, p521.publicKey, signature)).toBe(true)
  })

  it('signs a P-256 digest in well under a millisecond', () => {
    const digest = randomBytes(32)
    ecdsaSignDigest(privateKey, digest)
    const rounds = 500
    const started = performance.now()
    for (let i = 0; i < rounds; i += 1) ecdsaSignDigest(privateKey, digest)
    const perSignatureMs = (performance.now() - started) / rounds
    // about 0.05 ms in plain Node; the bound leaves room for a busy CI runner
    expect(perSignatureMs).toBeLessThan(1)
  })
})
