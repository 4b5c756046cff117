import { createPublicKey, type KeyObject } from 'node:crypto'
import {
  ALGORITHMS,
  KEY_SPECS,
  isKeySpec,
  keySpecOf,
  type HashName,
  type KeySpec,
  type SigningAlgorithm,
} from '../keys/algorithms.js'
import { CodedError } from '../errors.js'

/** The KMS key a run signs with, checked once: its ARN, spec, algorithm and public key. */
export interface SigningKey {
  arn: string
  keySpec: KeySpec
  algorithm: SigningAlgorithm
  /** The hash whose digest KMS signs (fixed by the algorithm). */
  hash: HashName
  publicKey: KeyObject
  spkiDer: Buffer
  publicKeyPem: string
}

export type KeyCheckErrorCode =
  | 'key-not-enabled'
  | 'key-not-for-signing'
  | 'key-spec-unsupported'
  | 'algorithm-not-allowed'
  | 'public-key-mismatch'

export class KeyCheckError extends CodedError<KeyCheckErrorCode> {}

/** What DescribeKey told us, in the SDK's field names. */
export interface DescribedKeyFacts {
  arn: string
  keyState: string
  keyUsage: string
  keySpec: string
  signingAlgorithms: string[]
}

/** What GetPublicKey told us. */
export interface PublishedKeyFacts {
  publicKeyArn: string
  publicKeyDer: Uint8Array
}

/** A key DescribeKey showed can sign: what is left is to fetch and check its public key. */
export interface DescribedKey {
  arn: string
  keySpec: KeySpec
  algorithm: SigningAlgorithm
  /** How messages name it: `kms-key-id INPUT (ARN)`. */
  name: string
}

/** The spec a bare `aws kms create-key` gives: an AES key that only encrypts. */
const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT'

/**
 * Refuse, from DescribeKey alone and before GetPublicKey or any Sign call, a key that
 * cannot make the signatures we promise: not SIGN_VERIFY (a symmetric key has no
 * public key to fetch), an unsupported spec, not enabled, or an algorithm it does
 * not list.
 */
export function describedKeyFrom(
  facts: DescribedKeyFacts,
  keyInput: string,
  requested: SigningAlgorithm | undefined,
): DescribedKey {
  const name = `kms-key-id ${keyInput} (${facts.arn})`
  if (facts.keySpec === SYMMETRIC_DEFAULT) {
    throw new KeyCheckError(
      'key-not-for-signing',
      `${name} is a symmetric key (key spec SYMMETRIC_DEFAULT, key usage ${facts.keyUsage}), what \`aws kms create-key\` makes by default: it has no public key and cannot sign. Set kms-key-id to an asymmetric SIGN_VERIFY key (aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY).`,
    )
  }
  if (facts.keyUsage !== 'SIGN_VERIFY') {
    throw new KeyCheckError(
      'key-not-for-signing',
      `${name} has key usage ${facts.keyUsage}; signing needs an asymmetric SIGN_VERIFY key (ECC_NIST_P256 recommended).`,
    )
  }
  if (!isKeySpec(facts.keySpec)) {
    throw new KeyCheckError(
      'key-spec-unsupported',
      `${name} has key spec ${facts.keySpec}; supported: ${Object.keys(KEY_SPECS).join(', ')}.`,
    )
  }
  if (facts.keyState !== 'Enabled') {
    throw new KeyCheckError(
      'key-not-enabled',
      `${name} is ${facts.keyState}, not Enabled. Enable the key or point kms-key-id at an enabled key.`,
    )
  }
  const spec = KEY_SPECS[facts.keySpec]
  const algorithm = requested ?? spec.defaultAlgorithm
  if (!spec.algorithms.includes(algorithm) || !facts.signingAlgorithms.includes(algorithm)) {
    const allowed = spec.algorithms.filter((a) => facts.signingAlgorithms.includes(a))
    throw new KeyCheckError(
      'algorithm-not-allowed',
      `signing-algorithm ${algorithm} is not one that ${name} (${facts.keySpec}) can use; choose one of: ${allowed.join(', ')}.`,
    )
  }
  return { arn: facts.arn, keySpec: facts.keySpec, algorithm, name }
}

/** Refuse a public key that is not the described key's (another key, another curve). */
export function signingKeyFrom(described: DescribedKey, published: PublishedKeyFacts): SigningKey {
  const spkiDer = Buffer.from(published.publicKeyDer)
  const publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
  if (published.publicKeyArn !== described.arn || keySpecOf(publicKey) !== described.keySpec) {
    throw new KeyCheckError(
      'public-key-mismatch',
      `GetPublicKey for ${described.name} returned a ${keySpecOf(publicKey) ?? 'unsupported'} key of ${published.publicKeyArn}, not the ${described.keySpec} key DescribeKey described.`,
    )
  }
  return {
    arn: described.arn,
    keySpec: described.keySpec,
    algorithm: described.algorithm,
    hash: ALGORITHMS[described.algorithm].hash,
    publicKey,
    spkiDer,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  }
}
