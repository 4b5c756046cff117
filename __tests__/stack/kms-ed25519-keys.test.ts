import { beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeKeyCommand, GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms'
import type { SignCommandInput } from '@aws-sdk/client-kms'
import { createHash, createPrivateKey, createPublicKey, randomBytes, verify } from 'node:crypto'
import { ed25519phSignDigest } from '../../stack/ed25519ph.js'
import { EDWARDS_KEY_SPEC, type StackKey } from '../../stack/index.js'
import { sdkError } from './sdk-clients.js'
import { seedStackAsRole } from './seed-as-role.js'

// ECC_NIST_EDWARDS25519 keys with AWS's rules (formats.md 8), through the real SDK:
// ED25519_SHA_512 is pure Ed25519 over a RAW message of at most 4,096 bytes,
// ED25519_PH_SHA_512 is Ed25519ph over a 64-byte SHA-512 DIGEST.

/** DER header of an Ed25519 SubjectPublicKeyInfo: SEQUENCE, AlgorithmIdentifier{1.3.101.112}, BIT STRING. */
const ED25519_SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex')

const ctx = seedStackAsRole()
let key: StackKey

beforeAll(() => {
  key = ctx.seed.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC, alias: 'alias/minisign' })
})

const sign = (overrides: Partial<SignCommandInput>, keyId = key.arn) =>
  ctx.client.send(
    new SignCommand({
      KeyId: keyId,
      Message: randomBytes(64),
      MessageType: 'RAW',
      SigningAlgorithm: 'ED25519_SHA_512',
      ...overrides,
    }),
  )

describe('an ECC_NIST_EDWARDS25519 key', () => {
  it('DescribeKey lists both Ed25519 algorithms', async () => {
    const { KeyMetadata: meta } = await ctx.client.send(
      new DescribeKeyCommand({ KeyId: 'alias/minisign' }),
    )
    expect([meta?.Arn, meta?.KeySpec, meta?.KeyUsage, meta?.KeyState]).toEqual([
      key.arn,
      'ECC_NIST_EDWARDS25519',
      'SIGN_VERIFY',
      'Enabled',
    ])
    expect(meta?.SigningAlgorithms).toEqual(['ED25519_SHA_512', 'ED25519_PH_SHA_512'])
  })

  it('GetPublicKey returns the 44-byte SPKI (OID 1.3.101.112)', async () => {
    const published = await ctx.client.send(new GetPublicKeyCommand({ KeyId: 'alias/minisign' }))
    const spki = Buffer.from(published.PublicKey ?? [])
    expect(spki).toHaveLength(44)
    expect(spki.subarray(0, 12)).toEqual(ED25519_SPKI_HEADER)
    expect(spki).toEqual(key.publicKeyDer)
    expect(published).toMatchObject({
      KeyId: key.arn,
      KeySpec: 'ECC_NIST_EDWARDS25519',
      SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
    })
    expect(createPublicKey({ key: spki, format: 'der', type: 'spki' }).asymmetricKeyType).toBe(
      'ed25519',
    )
  })
})

describe('ED25519_SHA_512: pure Ed25519, RAW only, at most 4,096 bytes', () => {
  it.each([1, 64, 4096])('signs a %i-byte RAW message with pure Ed25519', async (length) => {
    const message = randomBytes(length)
    const signed = await sign({ Message: message })
    const signature = Buffer.from(signed.Signature ?? [])
    expect(signed).toMatchObject({ KeyId: key.arn, SigningAlgorithm: 'ED25519_SHA_512' })
    expect(signature).toHaveLength(64)
    expect(verify(null, message, key.publicKeyPem, signature)).toBe(true)
    expect(verify(null, randomBytes(length), key.publicKeyPem, signature)).toBe(false)
  })

  it('refuses a RAW message over 4,096 bytes', async () => {
    expect(await sdkError(sign({ Message: randomBytes(4097) }))).toMatchObject({
      name: 'ValidationException',
      status: 400,
      message: expect.stringContaining('Member must have length between 1 and 4096'),
    })
  })

  it('refuses MessageType DIGEST with a ValidationException, as KMS does', async () => {
    const digest = createHash('sha512').update('m').digest()
    expect(await sdkError(sign({ Message: digest, MessageType: 'DIGEST' }))).toEqual({
      name: 'ValidationException',
      status: 400,
      message: 'Message type DIGEST is incompatible with algorithm ED25519_SHA_512.',
    })
  })

  it('answers DryRun with DryRunOperationException', async () => {
    expect(await sdkError(sign({ DryRun: true }))).toMatchObject({
      name: 'DryRunOperationException',
    })
  })
})

describe('ED25519_PH_SHA_512: Ed25519ph over a 64-byte SHA-512 DIGEST', () => {
  it('reproduces the RFC 8032 7.3 Ed25519ph test vector', () => {
    const secret = '833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42'
    const privateKey = createPrivateKey({
      key: Buffer.from(`302e020100300506032b657004220420${secret}`, 'hex'),
      format: 'der',
      type: 'pkcs8',
    })
    expect(
      ed25519phSignDigest(privateKey, createHash('sha512').update('abc').digest()).toString('hex'),
    ).toBe(
      '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae41' +
        '31f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406',
    )
  })

  it("signs the digest as Ed25519ph with the key's secret, not as pure Ed25519", async () => {
    const message = randomBytes(10_000)
    const digest = createHash('sha512').update(message).digest()
    const signed = await sign({
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ED25519_PH_SHA_512',
    })
    const signature = Buffer.from(signed.Signature ?? [])
    expect(signed.SigningAlgorithm).toBe('ED25519_PH_SHA_512')
    expect(signature).toEqual(ed25519phSignDigest(key.privateKey, digest))
    // dom2's prefix keeps it from passing as a pure Ed25519 signature of either input
    expect(verify(null, digest, key.publicKeyPem, signature)).toBe(false)
    expect(verify(null, message, key.publicKeyPem, signature)).toBe(false)
  })

  it.each<[string, Partial<SignCommandInput>, string]>([
    [
      'MessageType RAW',
      { MessageType: 'RAW' },
      'Message type RAW is incompatible with algorithm ED25519_PH_SHA_512.',
    ],
    [
      'a 32-byte digest',
      { MessageType: 'DIGEST', Message: randomBytes(32) },
      'Digest is invalid length for algorithm ED25519_PH_SHA_512.',
    ],
  ])('refuses %s', async (_what, overrides, message) => {
    // A key policy without conditions, so the request gets past IAM to KMS's own checks.
    const open = ctx.seed.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC, requireDigest: false })
    const call = sign({ SigningAlgorithm: 'ED25519_PH_SHA_512', ...overrides }, open.arn)
    expect(await sdkError(call)).toEqual({ name: 'ValidationException', status: 400, message })
  })
})

describe('algorithms of other key specs', () => {
  it('an Ed25519 key refuses ECDSA, and a P-256 key refuses Ed25519', async () => {
    const ecdsa = sign({
      Message: createHash('sha256').update('m').digest(),
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
    })
    expect(await sdkError(ecdsa)).toMatchObject({
      name: 'InvalidKeyUsageException',
      message: expect.stringContaining(
        'ECDSA_SHA_256 is not valid for key spec ECC_NIST_EDWARDS25519',
      ),
    })
    const p256 = ctx.seed.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', requireDigest: false })
    expect(await sdkError(sign({}, p256.arn))).toMatchObject({
      name: 'InvalidKeyUsageException',
      message: expect.stringContaining('ED25519_SHA_512 is not valid for key spec ECC_NIST_P256'),
    })
  })
})
