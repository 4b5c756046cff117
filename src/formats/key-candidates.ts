import type { TrustedKey } from '../keys/trusted-key.js'
import {
  ALGORITHMS,
  KEY_SPECS,
  keySpecOf,
  type HashName,
  type SigningAlgorithm,
} from '../keys/algorithms.js'

/** KMS algorithm names, plus pure Ed25519 over the whole file. */
export type CandidateAlgorithm = SigningAlgorithm | 'ED25519'

/** One way a trusted key could have made a signature. */
export interface Candidate {
  key: TrustedKey
  algorithm: CandidateAlgorithm
}

const ED25519_SIGNATURE_BYTES = 64
const DER_SEQUENCE_TAG = 0x30

/**
 * Every (trusted key, algorithm) pair that could have produced `signature`, in key
 * order. The signature's shape prunes cheaply before any hashing: RSA signatures are
 * exactly the modulus long, ECDSA ones are a DER SEQUENCE, Ed25519 ones are 64 bytes.
 * `hash`, when the signature format names one, keeps only algorithms over that hash
 * (an ECDSA curve fixes its hash, as in KMS); Ed25519 hashes nothing and always fits.
 */
export function candidatesFor(
  signature: Buffer,
  keys: readonly TrustedKey[],
  hash?: HashName,
): Candidate[] {
  return keys.flatMap((key) =>
    algorithmsFor(key, signature, hash).map((algorithm) => ({ key, algorithm })),
  )
}

/** How many distinct trusted keys the candidates come from. */
export function keyCount(candidates: readonly Candidate[]): number {
  return new Set(candidates.map((candidate) => candidate.key)).size
}

function algorithmsFor(
  key: TrustedKey,
  signature: Buffer,
  hash: HashName | undefined,
): CandidateAlgorithm[] {
  if (key.publicKey.asymmetricKeyType === 'ed25519') {
    return signature.length === ED25519_SIGNATURE_BYTES ? ['ED25519'] : []
  }
  const spec = keySpecOf(key.publicKey)
  if (spec === undefined) return []
  const info = KEY_SPECS[spec]
  const shapeFits =
    info.nodeType === 'ec'
      ? signature[0] === DER_SEQUENCE_TAG
      : signature.length * 8 === info.modulusBits
  if (!shapeFits) return []
  return info.algorithms.filter(
    (algorithm) => hash === undefined || ALGORITHMS[algorithm].hash === hash,
  )
}
