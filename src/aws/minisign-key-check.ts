import { createPublicKey, type KeyObject } from 'node:crypto'
import { KeyCheckError, type DescribedKeyFacts, type PublishedKeyFacts } from './signing-key.js'

/** The KMS key a run signs minisign signatures with: pure Ed25519 over RAW messages. */
export interface MinisignKmsKey {
  arn: string
  publicKey: KeyObject
  /** The 44-byte Ed25519 SPKI GetPublicKey returned (minisignPublicKeyFor turns it into `RW...`). */
  spkiDer: Buffer
}

/** A key DescribeKey showed can make minisign signatures: what is left is its public key. */
export interface DescribedMinisignKey {
  arn: string
  /** How messages name it: `minisign-kms-key-id INPUT (ARN)`. */
  name: string
}

export const MINISIGN_KEY_INPUT = 'minisign-kms-key-id'
export const MINISIGN_KEY_SPEC = 'ECC_NIST_EDWARDS25519'
/** Pure Ed25519: what minisign verifies. ED25519_PH_SHA_512 (Ed25519ph) is another signature. */
export const MINISIGN_SIGNING_ALGORITHM = 'ED25519_SHA_512'
const CREATE_KEY = `create it with --key-spec ${MINISIGN_KEY_SPEC} --key-usage SIGN_VERIFY (aws kms create-key --key-spec ${MINISIGN_KEY_SPEC} --key-usage SIGN_VERIFY)`
const ED25519_SPKI_BYTES = 44

/**
 * Refuse, from DescribeKey alone and before GetPublicKey or any Sign call, a key that
 * cannot make minisign signatures: not an Ed25519 SIGN_VERIFY key, not enabled, or
 * without ED25519_SHA_512.
 */
export function describedMinisignKeyFrom(
  facts: DescribedKeyFacts,
  keyInput: string,
): DescribedMinisignKey {
  const name = `${MINISIGN_KEY_INPUT} ${keyInput} (${facts.arn})`
  if (facts.keyUsage !== 'SIGN_VERIFY' || facts.keySpec !== MINISIGN_KEY_SPEC) {
    throw new KeyCheckError(
      facts.keyUsage === 'SIGN_VERIFY' ? 'key-spec-unsupported' : 'key-not-for-signing',
      `${name} has key spec ${facts.keySpec} and key usage ${facts.keyUsage}; minisign signatures are Ed25519, so it must be a ${MINISIGN_KEY_SPEC} SIGN_VERIFY key: ${CREATE_KEY} and set ${MINISIGN_KEY_INPUT} to it.`,
    )
  }
  if (facts.keyState !== 'Enabled') {
    throw new KeyCheckError(
      'key-not-enabled',
      `${name} is ${facts.keyState}, not Enabled. Enable the key (aws kms enable-key) or point ${MINISIGN_KEY_INPUT} at an enabled key.`,
    )
  }
  if (!facts.signingAlgorithms.includes(MINISIGN_SIGNING_ALGORITHM)) {
    throw new KeyCheckError(
      'algorithm-not-allowed',
      `${name} does not list ${MINISIGN_SIGNING_ALGORITHM} (it lists ${facts.signingAlgorithms.join(', ') || 'none'}); minisign needs pure Ed25519. Set ${MINISIGN_KEY_INPUT} to an ${MINISIGN_KEY_SPEC} key.`,
    )
  }
  return { arn: facts.arn, name }
}

/** Refuse a public key that is not the described key's 44-byte Ed25519 SPKI. */
export function minisignKmsKeyFrom(
  described: DescribedMinisignKey,
  published: PublishedKeyFacts,
): MinisignKmsKey {
  const spkiDer = Buffer.from(published.publicKeyDer)
  let publicKey: KeyObject | undefined
  try {
    publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
  } catch {
    publicKey = undefined
  }
  if (
    published.publicKeyArn !== described.arn ||
    publicKey?.asymmetricKeyType !== 'ed25519' ||
    spkiDer.length !== ED25519_SPKI_BYTES
  ) {
    throw new KeyCheckError(
      'public-key-mismatch',
      `GetPublicKey for ${described.name} returned a ${spkiDer.length}-byte ${publicKey?.asymmetricKeyType ?? 'unreadable'} key of ${published.publicKeyArn || '(no key)'}, not the ${ED25519_SPKI_BYTES}-byte Ed25519 SPKI of the key DescribeKey described.`,
    )
  }
  return { arn: described.arn, publicKey, spkiDer }
}
