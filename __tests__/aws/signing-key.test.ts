import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import {
  describedKeyFrom,
  signingKeyFrom,
  type DescribedKeyFacts,
  type PublishedKeyFacts,
} from '../../src/aws/signing-key.js'
import type { SigningAlgorithm } from '../../src/keys/algorithms.js'

type KeyFacts = DescribedKeyFacts & PublishedKeyFacts

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555'
const der = (type: 'ec' | 'rsa', option: string | number): Buffer => {
  const pair =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: option as string })
      : generateKeyPairSync('rsa', { modulusLength: option as number })
  return pair.publicKey.export({ type: 'spki', format: 'der' })
}
const P256 = der('ec', 'prime256v1')
const facts = (extra: Partial<KeyFacts> = {}): KeyFacts => ({
  arn: ARN,
  keyState: 'Enabled',
  keyUsage: 'SIGN_VERIFY',
  keySpec: 'ECC_NIST_P256',
  signingAlgorithms: ['ECDSA_SHA_256'],
  publicKeyArn: ARN,
  publicKeyDer: P256,
  ...extra,
})

/** The two checks as loadKey runs them: DescribeKey's facts first, then GetPublicKey's. */
const keyFrom = (f: KeyFacts, keyInput: string, requested: SigningAlgorithm | undefined) =>
  signingKeyFrom(describedKeyFrom(f, keyInput, requested), f)

describe('describedKeyFrom, then signingKeyFrom', () => {
  it('accepts an enabled P-256 signing key and picks its algorithm', () => {
    const key = keyFrom(facts(), 'alias/x', undefined)
    expect(key).toMatchObject({
      arn: ARN,
      keySpec: 'ECC_NIST_P256',
      algorithm: 'ECDSA_SHA_256',
      hash: 'sha256',
    })
    expect(key.publicKeyPem).toContain('BEGIN PUBLIC KEY')
  })

  it('defaults RSA keys to PSS with the hash matching the modulus, and honours PKCS#1 on request', () => {
    const rsa = facts({
      keySpec: 'RSA_3072',
      publicKeyDer: der('rsa', 3072),
      signingAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_384'],
    })
    expect(keyFrom(rsa, 'k', undefined).algorithm).toBe('RSASSA_PSS_SHA_384')
    expect(keyFrom(rsa, 'k', 'RSASSA_PKCS1_V1_5_SHA_384').hash).toBe('sha384')
  })

  it.each<[string, Partial<KeyFacts>, string]>([
    ['a disabled key', { keyState: 'Disabled' }, 'key-not-enabled'],
    ['a key pending deletion', { keyState: 'PendingDeletion' }, 'key-not-enabled'],
    ['an encryption key', { keyUsage: 'ENCRYPT_DECRYPT' }, 'key-not-for-signing'],
    [
      'a symmetric key, even a disabled one',
      { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Disabled' },
      'key-not-for-signing',
    ],
    [
      'an HMAC key',
      { keyUsage: 'GENERATE_VERIFY_MAC', keySpec: 'HMAC_256' },
      'key-not-for-signing',
    ],
    [
      'an Ed25519 key',
      { keySpec: 'ECC_NIST_EDWARDS25519', signingAlgorithms: ['ED25519_SHA_512'] },
      'key-spec-unsupported',
    ],
    ['a key that does not list the algorithm', { signingAlgorithms: [] }, 'algorithm-not-allowed'],
    [
      'a public key of another curve (algorithm confusion)',
      { publicKeyDer: der('ec', 'secp384r1') },
      'public-key-mismatch',
    ],
    [
      'an RSA public key for an ECC spec',
      { publicKeyDer: der('rsa', 2048) },
      'public-key-mismatch',
    ],
    [
      'a public key of another key',
      { publicKeyArn: ARN.replace('1111', '9999') },
      'public-key-mismatch',
    ],
  ])('refuses %s', (_, extra, code) => {
    expect(() => keyFrom(facts(extra), 'alias/x', undefined)).toThrow(
      expect.objectContaining({ code }),
    )
  })

  it('refuses an algorithm of another family than the key (RSA PSS on an ECC key)', () => {
    expect(() => keyFrom(facts(), 'alias/x', 'RSASSA_PSS_SHA_256')).toThrow(
      expect.objectContaining({ code: 'algorithm-not-allowed' }),
    )
  })

  it('refuses a symmetric key from DescribeKey alone, naming kms-key-id and the fix', () => {
    const symmetric = {
      ...facts(),
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      signingAlgorithms: [],
    }
    const refusal = (() => {
      try {
        describedKeyFrom(symmetric, 'alias/x', undefined)
      } catch (error) {
        return error as Error
      }
      throw new Error('expected a refusal')
    })()
    expect(refusal.message).toContain(`kms-key-id alias/x (${ARN}) is a symmetric key`)
    expect(refusal.message).toContain('asymmetric SIGN_VERIFY key')
  })
})
