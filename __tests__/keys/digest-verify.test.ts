// The digest verifiers must answer exactly what crypto.verify answers over the whole
// message, for every key spec KMS signs with and every algorithm, on valid and hostile
// signatures alike. Every case asks both and compares; the deterministic cases also
// pin the expected answer, so two verifiers that both accepted garbage would fail.
import {
  constants,
  createHash,
  generateKeyPairSync,
  privateEncrypt,
  publicDecrypt,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  generateKeyPairFor,
  KEY_SPECS,
  signDigest,
  type KeySpec,
  type SigningAlgorithm,
} from '../../stack/kms-key-specs.js'
import { ALGORITHMS, verifyKeyInput, type HashName } from '../../src/keys/algorithms.js'
import { ecdsaFromDer, toEcdsaDer } from '../../src/keys/der.js'
import { verifyDigest } from '../../src/keys/digest-verify.js'
import { decodeRsaSignature } from '../../src/keys/rsa-digest-verify.js'
import { runs } from '../fuzz/fuzz-settings.js'

const SPECS = Object.keys(KEY_SPECS) as KeySpec[]
const ALL_ALGORITHMS = Object.keys(ALGORITHMS) as SigningAlgorithm[]
const ORDERS: Record<string, bigint> = {
  prime256v1: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  secp384r1:
    0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  secp521r1:
    0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
}

type Pair = { publicKey: KeyObject; privateKey: KeyObject }
const keys = {} as Record<KeySpec, Pair>
const others = {} as Record<KeySpec, Pair>

beforeAll(() => {
  for (const spec of SPECS) {
    keys[spec] = generateKeyPairFor(spec)
    others[spec] = generateKeyPairFor(spec)
  }
})

const hashOf = (algorithm: SigningAlgorithm): HashName => ALGORITHMS[algorithm].hash
const digestOf = (hash: HashName, message: Buffer) => createHash(hash).update(message).digest()

function nodeSays(algorithm: SigningAlgorithm, key: KeyObject, message: Buffer, sig: Buffer) {
  try {
    return verify(hashOf(algorithm), message, verifyKeyInput(algorithm, key), sig)
  } catch {
    return false
  }
}

/** Both answers; the test compares them and, where it knows, the expected one. */
async function answers(
  algorithm: SigningAlgorithm,
  key: KeyObject,
  message: Buffer,
  signature: Buffer,
): Promise<{ node: boolean; digest: boolean }> {
  const digest = await verifyDigest(algorithm, key, digestOf(hashOf(algorithm), message), signature)
  return { node: nodeSays(algorithm, key, message, signature), digest }
}

async function expectBoth(
  expected: boolean,
  algorithm: SigningAlgorithm,
  key: KeyObject,
  message: Buffer,
  signature: Buffer,
): Promise<void> {
  expect(await answers(algorithm, key, message, signature)).toEqual({
    node: expected,
    digest: expected,
  })
}

/** A signature as KMS makes it: over the digest, ECDSA high-S as computed, PSS salt = hash. */
function kmsSign(spec: KeySpec, algorithm: SigningAlgorithm, message: Buffer): Buffer {
  return signDigest(keys[spec].privateKey, algorithm, digestOf(hashOf(algorithm), message))
}

const EC_SPECS = SPECS.filter((spec) => KEY_SPECS[spec].generation.type === 'ec')
const RSA_SPECS = SPECS.filter((spec) => KEY_SPECS[spec].generation.type === 'rsa')
const PAIRS = SPECS.flatMap((spec) =>
  KEY_SPECS[spec].algorithms.map((algorithm) => [spec, algorithm] as const),
)
const curveOf = (spec: KeySpec) => keys[spec].publicKey.asymmetricKeyDetails?.namedCurve ?? ''
const MESSAGE = Buffer.from('the bytes of a signed file\n')

describe('verifyDigest agrees with crypto.verify', () => {
  it.each(PAIRS)('%s %s: valid KMS-style signatures verify', async (spec, algorithm) => {
    for (let i = 0; i < 4; i++) {
      const message = Buffer.from(`message ${i}`)
      await expectBoth(
        true,
        algorithm,
        keys[spec].publicKey,
        message,
        kmsSign(spec, algorithm, message),
      )
    }
  })

  it.each(EC_SPECS)(
    '%s: the high-S and the low-S form of one signature both verify',
    async (spec) => {
      const [algorithm] = KEY_SPECS[spec].algorithms as [SigningAlgorithm]
      const n = ORDERS[curveOf(spec)] as bigint
      const parts = ecdsaFromDer(kmsSign(spec, algorithm, MESSAGE)) as { r: bigint; s: bigint }
      const high = parts.s > n / 2n ? parts.s : n - parts.s
      for (const s of [high, n - high]) {
        await expectBoth(
          true,
          algorithm,
          keys[spec].publicKey,
          MESSAGE,
          toEcdsaDer({ r: parts.r, s }),
        )
      }
      expect(high > n / 2n).toBe(true)
    },
  )

  it.each(PAIRS)(
    '%s %s: a flipped bit in the signature, the message or the key fails',
    async (spec, algorithm) => {
      const signature = kmsSign(spec, algorithm, MESSAGE)
      for (const at of [0, 1, 5, Math.floor(signature.length / 2), signature.length - 1]) {
        const flipped = Buffer.from(signature)
        flipped[at] = (flipped[at] as number) ^ 0x01
        await expectBoth(false, algorithm, keys[spec].publicKey, MESSAGE, flipped)
      }
      const changed = Buffer.from(MESSAGE)
      changed[3] = (changed[3] as number) ^ 0x80
      await expectBoth(false, algorithm, keys[spec].publicKey, changed, signature)
      await expectBoth(false, algorithm, others[spec].publicKey, MESSAGE, signature)
    },
  )

  it.each(PAIRS)('%s %s: a signature one byte short or long fails', async (spec, algorithm) => {
    const signature = kmsSign(spec, algorithm, MESSAGE)
    const key = keys[spec].publicKey
    await expectBoth(false, algorithm, key, MESSAGE, signature.subarray(0, -1))
    await expectBoth(false, algorithm, key, MESSAGE, Buffer.concat([signature, Buffer.from([0])]))
    await expectBoth(false, algorithm, key, MESSAGE, Buffer.concat([Buffer.from([0]), signature]))
    await expectBoth(false, algorithm, key, MESSAGE, Buffer.alloc(0))
  })

  it.each(EC_SPECS)(
    '%s: r or s of 0, n or above n fails; trailing bytes after the DER fail',
    async (spec) => {
      const [algorithm] = KEY_SPECS[spec].algorithms as [SigningAlgorithm]
      const n = ORDERS[curveOf(spec)] as bigint
      const key = keys[spec].publicKey
      const signature = kmsSign(spec, algorithm, MESSAGE)
      const { r, s } = ecdsaFromDer(signature) as { r: bigint; s: bigint }
      for (const bad of [
        { r: 0n, s },
        { r, s: 0n },
        { r: r + n, s },
        { r, s: s + n },
        { r: n, s },
        { r, s: n },
        { r: n + 1n, s },
      ]) {
        await expectBoth(false, algorithm, key, MESSAGE, toEcdsaDer(bad))
      }
      await expectBoth(false, algorithm, key, MESSAGE, Buffer.concat([signature, Buffer.from([0])]))
      // The same r and s written in BER: a long-form length, a padded INTEGER.
      const body = signature.subarray(signature[1] === 0x81 ? 3 : 2)
      const longForm = Buffer.concat([Buffer.from([0x30, 0x82, 0x00, body.length]), body])
      await expectBoth(false, algorithm, key, MESSAGE, longForm)
      await expectBoth(false, algorithm, key, MESSAGE, paddedR(signature))
    },
  )

  it.each(EC_SPECS)('%s: a signature over another hash of the file fails', async (spec) => {
    const [algorithm] = KEY_SPECS[spec].algorithms as [SigningAlgorithm]
    const key = keys[spec]
    for (const other of ['sha256', 'sha384', 'sha512'] as const) {
      if (other === hashOf(algorithm)) continue
      const signature = sign(other, MESSAGE, { key: key.privateKey, dsaEncoding: 'der' })
      await expectBoth(false, algorithm, key.publicKey, MESSAGE, signature)
    }
  })

  it.each(RSA_SPECS)(
    '%s: PSS with another salt length fails, with the hash length verifies',
    async (spec) => {
      const key = keys[spec]
      for (const algorithm of ['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_512'] as const) {
        const hash = hashOf(algorithm)
        const hashBytes = digestOf(hash, MESSAGE).length
        for (const saltLength of [
          0,
          20,
          hashBytes - 1,
          hashBytes + 1,
          constants.RSA_PSS_SALTLEN_MAX_SIGN,
        ]) {
          const signature = sign(hash, MESSAGE, {
            key: key.privateKey,
            padding: constants.RSA_PKCS1_PSS_PADDING,
            saltLength,
          })
          await expectBoth(false, algorithm, key.publicKey, MESSAGE, signature)
        }
        const good = sign(hash, MESSAGE, {
          key: key.privateKey,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: hashBytes,
        })
        await expectBoth(true, algorithm, key.publicKey, MESSAGE, good)
      }
    },
  )

  it.each(RSA_SPECS)(
    "%s: PKCS#1 v1.5 under another hash's DigestInfo, or a bare digest, fails",
    async (spec) => {
      const key = keys[spec]
      const pkcs1 = (digestInfo: Buffer) =>
        privateEncrypt({ key: key.privateKey, padding: constants.RSA_PKCS1_PADDING }, digestInfo)
      const sha256 = digestOf('sha256', MESSAGE)
      const algorithm = 'RSASSA_PKCS1_V1_5_SHA_256'
      await expectBoth(
        true,
        algorithm,
        key.publicKey,
        MESSAGE,
        pkcs1(Buffer.concat([hex('3031300d060960864801650304020105000420'), sha256])),
      )
      for (const confused of [
        // SHA-512's OID around SHA-256's digest, with the length fixed up
        Buffer.concat([hex('3031300d060960864801650304020305000420'), sha256]),
        // SHA-256 without the NULL parameters
        Buffer.concat([hex('302f300b0609608648016503040201 0420'.replace(' ', '')), sha256]),
        // the digest alone, and with a trailing byte
        sha256,
        Buffer.concat([hex('3031300d060960864801650304020105000420'), sha256, Buffer.from([0])]),
        // SHA-384's DigestInfo over SHA-384 of the file
        Buffer.concat([hex('3041300d060960864801650304020205000430'), digestOf('sha384', MESSAGE)]),
      ]) {
        await expectBoth(false, algorithm, key.publicKey, MESSAGE, pkcs1(confused))
      }
      // A PSS signature is no PKCS#1 signature, and the other way round.
      const pss = kmsSign(spec, 'RSASSA_PSS_SHA_256', MESSAGE)
      await expectBoth(false, algorithm, key.publicKey, MESSAGE, pss)
      const v15 = kmsSign(spec, algorithm, MESSAGE)
      await expectBoth(false, 'RSASSA_PSS_SHA_256', key.publicKey, MESSAGE, v15)
    },
  )

  it.each(RSA_SPECS)('%s: a signature not below the modulus fails', async (spec) => {
    const key = keys[spec].publicKey
    const modulus = Buffer.from(key.export({ format: 'jwk' }).n as string, 'base64url')
    for (const algorithm of ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'] as const) {
      await expectBoth(false, algorithm, key, MESSAGE, modulus)
      await expectBoth(false, algorithm, key, MESSAGE, Buffer.alloc(modulus.length, 0xff))
    }
  })

  it('every algorithm on every key, KMS combination or not, answers as crypto.verify does', async () => {
    // Node verifies ECDSA with any hash on any curve (the digest truncated to the order's
    // bits); so must the digest path. A key of the other type is where they part: Node
    // ignores an RSA padding on an EC key (and verifies ECDSA) and a DER encoding on an
    // RSA key (and verifies PKCS#1), while the digest path answers false. The action
    // never asks that (a key's algorithms come from its spec), and false is the safe side.
    for (const spec of SPECS) {
      for (const signer of KEY_SPECS[spec].algorithms) {
        const signature = kmsSign(spec, signer, MESSAGE)
        for (const algorithm of ALL_ALGORITHMS) {
          for (const keySpec of SPECS) {
            const result = await answers(algorithm, keys[keySpec].publicKey, MESSAGE, signature)
            const keyFits =
              (ALGORITHMS[algorithm].scheme === 'ecdsa') === EC_SPECS.includes(keySpec)
            const expected = keySpec === spec && algorithm === signer
            expect({ spec, signer, algorithm, keySpec, ...result }).toEqual({
              spec,
              signer,
              algorithm,
              keySpec,
              node: keyFits ? expected : result.node,
              digest: expected,
            })
          }
        }
      }
    }
  })

  it('an Ed25519 key never verifies from a digest', async () => {
    const { publicKey } = generateKeyPairSync('ed25519')
    for (const algorithm of ALL_ALGORITHMS) {
      expect(
        await verifyDigest(
          algorithm,
          publicKey,
          digestOf(hashOf(algorithm), MESSAGE),
          Buffer.alloc(64),
        ),
      ).toBe(false)
    }
  })
})

describe('property: digest path and crypto.verify agree on mutated signatures', () => {
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      bit: fc.integer({ min: 0, max: 7 }),
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('append' as const),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({ kind: fc.constant('none' as const) }),
  )
  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never
  const mutate = (bytes: Buffer, m: Mutation): Buffer => {
    const out = Buffer.from(bytes)
    if (m.kind === 'flip')
      out[m.at % out.length] = (out[m.at % out.length] as number) ^ (1 << m.bit)
    if (m.kind === 'set') out[m.at % out.length] = m.value
    if (m.kind === 'cut') return out.subarray(0, m.at % out.length)
    if (m.kind === 'append') return Buffer.concat([out, Buffer.from(m.bytes)])
    return out
  }

  it('on signatures and messages of every KMS key spec and algorithm', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAIRS),
        fc.uint8Array({ maxLength: 64 }),
        mutation,
        fc.boolean(),
        async ([spec, algorithm], message, m, changeMessage) => {
          const bytes = Buffer.from(message)
          const signature = mutate(kmsSign(spec, algorithm, bytes), m)
          const checked = changeMessage ? Buffer.concat([bytes, Buffer.from([1])]) : bytes
          const result = await answers(algorithm, keys[spec].publicKey, checked, signature)
          expect(result.digest).toBe(result.node)
        },
      ),
      runs(300),
    )
  })

  it('on RSA encodings mutated before the private-key step (every PSS and PKCS#1 check reached)', async () => {
    // Mutating the signature scrambles the whole block; mutating the encoded block and
    // then signing it raw reaches each check of EMSA-PSS-VERIFY and EMSA-PKCS1-v1_5 alone.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAIRS.filter(([spec]) => RSA_SPECS.includes(spec))),
        mutation,
        async ([spec, algorithm], m) => {
          const { publicKey, privateKey } = keys[spec]
          const encoded = encodedBlock(publicKey, kmsSign(spec, algorithm, MESSAGE))
          const changed = mutate(encoded, m)
          if (changed.length !== encoded.length) return
          let signature: Buffer
          try {
            signature = privateEncrypt(
              { key: privateKey, padding: constants.RSA_NO_PADDING },
              changed,
            )
          } catch {
            return // not below the modulus
          }
          const result = await answers(algorithm, publicKey, MESSAGE, signature)
          expect(result.digest).toBe(result.node)
          if (m.kind === 'none') expect(result.digest).toBe(true)
        },
      ),
      runs(300),
    )
  })

  it('on ECDSA r and s moved around the group order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...EC_SPECS),
        fc.constantFrom('negate-s', 'swap', 'r+1', 's+1', 'r+n', 's-n', 'same'),
        async (spec, how) => {
          const [algorithm] = KEY_SPECS[spec].algorithms as [SigningAlgorithm]
          const n = ORDERS[curveOf(spec)] as bigint
          const { r, s } = ecdsaFromDer(kmsSign(spec, algorithm, MESSAGE)) as {
            r: bigint
            s: bigint
          }
          const moved = {
            'negate-s': { r, s: n - s },
            swap: { r: s, s: r },
            'r+1': { r: r + 1n, s },
            's+1': { r, s: s + 1n },
            'r+n': { r: r + n, s },
            's-n': { r, s: s > n ? s - n : n - s + n },
            same: { r, s },
          }[how]
          const result = await answers(algorithm, keys[spec].publicKey, MESSAGE, toEcdsaDer(moved))
          expect(result.digest).toBe(result.node)
        },
      ),
      runs(100),
    )
  })
})

describe('every structural byte of an RSA encoding, changed', () => {
  // The encoding's structure sits at its two ends: PKCS#1's 00 01 FF.. 00 and DigestInfo,
  // PSS's top bits, zero padding, 0x01 separator, salt, H and 0xbc trailer. Flip the top
  // and the bottom bit of each of those bytes, sign the block raw, and ask both verifiers.
  const ODD_BITS = 2049 // emBits = 2048: EM is one byte shorter than the modulus
  let odd: Pair
  beforeAll(() => {
    odd = generateKeyPairSync('rsa', { modulusLength: ODD_BITS })
  })
  const cases = [
    ...(KEY_SPECS.RSA_2048.algorithms as SigningAlgorithm[]).map((a) => ['2048', a] as const),
    ['2049', 'RSASSA_PSS_SHA_256'] as const,
    ['2049', 'RSASSA_PSS_SHA_512'] as const,
    ['2049', 'RSASSA_PKCS1_V1_5_SHA_256'] as const,
  ]
  it.each(cases)('%s-bit key, %s', async (bits, algorithm) => {
    const { publicKey, privateKey } = bits === '2048' ? keys.RSA_2048 : odd
    const digest = digestOf(hashOf(algorithm), MESSAGE)
    const signature = signDigest(privateKey, algorithm, digest)
    await expectBoth(true, algorithm, publicKey, MESSAGE, signature)
    const block = encodedBlock(publicKey, signature)
    const tail = 2 * digest.length + 2 + 24
    const positions = [
      ...Array.from({ length: 12 }, (_, i) => i),
      ...Array.from({ length: tail }, (_, i) => block.length - tail + i),
    ]
    let accepted = 0
    for (const at of positions) {
      for (const bit of [0x01, 0x80]) {
        const changed = Buffer.from(block)
        changed[at] = (changed[at] as number) ^ bit
        let forged: Buffer
        try {
          forged = privateEncrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, changed)
        } catch {
          continue // not below the modulus
        }
        const result = await answers(algorithm, publicKey, MESSAGE, forged)
        expect({ at, bit, digest: result.digest }).toEqual({ at, bit, digest: result.node })
        if (result.node) accepted++
      }
    }
    // Only a PSS salt byte may change (the salt is free): everything else is refused.
    if (ALGORITHMS[algorithm].scheme === 'rsa-pkcs1') expect(accepted).toBe(0)
  })
})

describe('decodeRsaSignature', () => {
  it('names the hash a signature needs before the file is read, and nothing for another encoding', () => {
    const spec = 'RSA_2048'
    const signature = kmsSign(spec, 'RSASSA_PKCS1_V1_5_SHA_384', MESSAGE)
    const key = keys[spec].publicKey
    expect(decodeRsaSignature('RSASSA_PKCS1_V1_5_SHA_384', key, signature)?.hash).toBe('sha384')
    expect(decodeRsaSignature('RSASSA_PKCS1_V1_5_SHA_256', key, signature)).toBeUndefined()
    expect(decodeRsaSignature('RSASSA_PSS_SHA_384', key, signature)).toBeUndefined()
    const pss = kmsSign(spec, 'RSASSA_PSS_SHA_512', MESSAGE)
    expect(decodeRsaSignature('RSASSA_PSS_SHA_512', key, pss)?.hash).toBe('sha512')
    expect(decodeRsaSignature('RSASSA_PSS_SHA_256', key, pss)).toBeUndefined()
  })
})

function hex(text: string): Buffer {
  return Buffer.from(text, 'hex')
}

/** The encoded block under an RSA signature: the public-key step, nothing unpadded. */
function encodedBlock(publicKey: KeyObject, signature: Buffer): Buffer {
  return publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature)
}

/** An ECDSA signature whose r INTEGER carries a needless leading zero byte. */
function paddedR(signature: Buffer): Buffer {
  const { r, s } = ecdsaFromDer(signature) as { r: bigint; s: bigint }
  const der = toEcdsaDer({ r, s })
  const offset = der[1] === 0x81 ? 3 : 2
  const rLength = der[offset + 1] as number
  const rContent = der.subarray(offset + 2, offset + 2 + rLength)
  const rest = der.subarray(offset + 2 + rLength)
  const paddedInteger = Buffer.concat([Buffer.from([0x02, rLength + 1, 0x00]), rContent])
  const body = Buffer.concat([paddedInteger, rest])
  const header =
    body.length < 0x80 ? Buffer.from([0x30, body.length]) : Buffer.from([0x30, 0x81, body.length])
  return Buffer.concat([header, body])
}
