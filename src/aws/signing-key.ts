import { createPublicKey, type KeyObject } from 'node:crypto'
import {
  ALGORITHMS,
  KEY_SPECS,
  isKeySpec,
  keySpecOf,
  type HashName,
  type KeySpec,
  type SigningAlgorithm,
} from '../signatures/algorithms.js'
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

/** What DescribeKey and GetPublicKey told us, in the SDK's field names. */
export interface KeyFacts {
  arn: string
  keyState: string
  keyUsage: string
  keySpec: string
  signingAlgorithms: string[]
  publicKeyArn: string
  publicKeyDer: Uint8Array
}

/**
 * Refuse, before any Sign call, a key that cannot make the signatures we promise:
 * not enabled, not SIGN_VERIFY, an unsupported spec, an algorithm it does not
 * list, or a public key that is not the described key's.
 */
export function signingKeyFrom(
  facts: KeyFacts,
  keyInput: string,
  requested: SigningAlgorithm | undefined,
): SigningKey {
  const name = `kms-key-id ${keyInput} (${facts.arn})`
  if (facts.keyState !== 'Enabled') {
    throw new KeyCheckError(
      'key-not-enabled',
      `${name} is ${facts.keyState}, not Enabled. Enable the key or point kms-key-id at an enabled key.`,
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
  const spec = KEY_SPECS[facts.keySpec]
  const algorithm = requested ?? spec.defaultAlgorithm
  if (!spec.algorithms.includes(algorithm) || !facts.signingAlgorithms.includes(algorithm)) {
    const allowed = spec.algorithms.filter((a) => facts.signingAlgorithms.includes(a))
    throw new KeyCheckError(
      'algorithm-not-allowed',
      `signing-algorithm ${algorithm} is not one that ${name} (${facts.keySpec}) can use; choose one of: ${allowed.join(', ')}.`,
    )
  }
  const spkiDer = Buffer.from(facts.publicKeyDer)
  const publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
  if (facts.publicKeyArn !== facts.arn || keySpecOf(publicKey) !== facts.keySpec) {
    throw new KeyCheckError(
      'public-key-mismatch',
      `GetPublicKey for ${name} returned a ${keySpecOf(publicKey) ?? 'unsupported'} key of ${facts.publicKeyArn}, not the ${facts.keySpec} key DescribeKey described.`,
    )
  }
  return {
    arn: facts.arn,
    keySpec: facts.keySpec,
    algorithm,
    hash: ALGORITHMS[algorithm].hash,
    publicKey,
    spkiDer,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  }
}
