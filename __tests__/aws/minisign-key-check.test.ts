import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { kmsHint } from '../../src/aws/kms-hints.js'
import { describedMinisignKeyFrom, minisignKmsKeyFrom } from '../../src/aws/minisign-key-check.js'
import { minisignKmsHint } from '../../src/aws/minisign-kms-hints.js'
import type { DescribedKeyFacts, PublishedKeyFacts } from '../../src/aws/signing-key.js'

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555'
const spki = (key: KeyObject) => key.export({ format: 'der', type: 'spki' })
const ED25519 = spki(generateKeyPairSync('ed25519').publicKey)
const P256 = spki(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey)

const facts = (extra: Partial<DescribedKeyFacts> = {}): DescribedKeyFacts => ({
  arn: ARN,
  keyState: 'Enabled',
  keyUsage: 'SIGN_VERIFY',
  keySpec: 'ECC_NIST_EDWARDS25519',
  signingAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
  ...extra,
})
const published = (extra: Partial<PublishedKeyFacts> = {}): PublishedKeyFacts => ({
  publicKeyArn: ARN,
  publicKeyDer: ED25519,
  ...extra,
})

describe('describedMinisignKeyFrom (DescribeKey, before GetPublicKey)', () => {
  it('accepts an enabled Ed25519 SIGN_VERIFY key that lists ED25519_SHA_512', () => {
    expect(describedMinisignKeyFrom(facts(), 'alias/m')).toEqual({
      arn: ARN,
      name: `minisign-kms-key-id alias/m (${ARN})`,
    })
  })

  it.each<[string, Partial<DescribedKeyFacts>, string]>([
    [
      'a P-256 key',
      { keySpec: 'ECC_NIST_P256', signingAlgorithms: ['ECDSA_SHA_256'] },
      'key-spec-unsupported',
    ],
    [
      'a symmetric key',
      { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT' },
      'key-not-for-signing',
    ],
    ['an Ed25519 key for something else', { keyUsage: 'KEY_AGREEMENT' }, 'key-not-for-signing'],
  ])('refuses %s, saying how to create the right one', (_what, extra, code) => {
    expect(() => describedMinisignKeyFrom(facts(extra), 'k')).toThrow(
      expect.objectContaining({
        code,
        message: expect.stringContaining(
          'create it with --key-spec ECC_NIST_EDWARDS25519 --key-usage SIGN_VERIFY',
        ),
      }),
    )
  })

  it.each<[string, Partial<DescribedKeyFacts>, string]>([
    ['a disabled key', { keyState: 'Disabled' }, 'key-not-enabled'],
    ['a key pending deletion', { keyState: 'PendingDeletion' }, 'key-not-enabled'],
    [
      'a key listing only Ed25519ph',
      { signingAlgorithms: ['ED25519_PH_SHA_512'] },
      'algorithm-not-allowed',
    ],
  ])('refuses %s, naming the input', (_what, extra, code) => {
    expect(() => describedMinisignKeyFrom(facts(extra), 'k')).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining('minisign-kms-key-id k') }),
    )
  })
})

describe('minisignKmsKeyFrom (GetPublicKey)', () => {
  const described = describedMinisignKeyFrom(facts(), 'k')

  it('accepts the 44-byte Ed25519 SPKI of the described key', () => {
    const key = minisignKmsKeyFrom(described, published())
    expect(key).toMatchObject({ arn: ARN, spkiDer: ED25519 })
    expect(key.spkiDer).toHaveLength(44)
    expect(key.publicKey.asymmetricKeyType).toBe('ed25519')
  })

  it.each<[string, Partial<PublishedKeyFacts>]>([
    ['a P-256 key (algorithm confusion)', { publicKeyDer: P256 }],
    ['another key', { publicKeyArn: ARN.replace('5555', '6666') }],
    ['no key at all', { publicKeyArn: '', publicKeyDer: new Uint8Array() }],
    ['bytes that are not DER', { publicKeyDer: Buffer.alloc(44, 1) }],
  ])('refuses %s', (_what, extra) => {
    expect(() => minisignKmsKeyFrom(described, published(extra))).toThrow(
      expect.objectContaining({ code: 'public-key-mismatch' }),
    )
  })
})

describe('minisignKmsHint', () => {
  const context = { keyId: 'alias/m', region: 'eu-west-1', operation: 'Sign' } as const

  it('names minisign-kms-key-id and, for a denied Sign, the RAW statement to add', () => {
    const denied = minisignKmsHint('kms-access-denied', 'AccessDeniedException: no', context)
    expect(denied).toContain('`minisign-kms-key-id`')
    expect(denied).toContain('kms:MessageType = RAW and kms:SigningAlgorithm = ED25519_SHA_512')
    expect(denied).toContain('(AccessDeniedException: no)')
    const read = minisignKmsHint('kms-access-denied', 'x', {
      ...context,
      operation: 'GetPublicKey',
    })
    expect(read).toContain('without conditions')
    for (const code of ['kms-not-found', 'kms-disabled', 'kms-invalid-key-usage'] as const) {
      expect(minisignKmsHint(code, 'x', context)).toContain('`minisign-kms-key-id`')
    }
  })

  it('reads as kmsHint for what is not about the key: throttling, outages, credentials', () => {
    for (const code of ['kms-throttled', 'kms-unavailable', 'credentials-invalid'] as const) {
      expect(minisignKmsHint(code, 'x', context)).toBe(kmsHint(code, 'x', context))
    }
  })
})
