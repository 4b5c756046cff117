import { verify, type KeyObject } from 'node:crypto'
import { keySpecOf, verifyKeyInput, type KeySpec } from '../../keys/algorithms.js'
import { ecdsaFromDer } from '../../keys/der.js'
import type { EmbeddedErrorCode } from './embedded-error.js'

/** The algorithms upstream writes into embedded signatures, by our names. */
export type EmbeddedAlgorithm = 'ECDSA_SHA_256' | 'ED25519'

/** Names accepted in the `algorithm` field. The schema's lowercase form is read, never written. */
export const EMBEDDED_ALGORITHM_NAMES: ReadonlyMap<string, EmbeddedAlgorithm> = new Map([
  ['ECDSA-SHA-256', 'ECDSA_SHA_256'],
  ['ecdsa-sha256', 'ECDSA_SHA_256'],
  ['ed25519', 'ED25519'],
])

export interface EmbeddedAlgorithmRule {
  /** The key type this algorithm needs: the algorithm field decides, the key must match. */
  acceptsKey(key: KeyObject): boolean
  keyDescription: string
  /** A code when the signature bytes cannot be a signature of this algorithm. */
  shapeProblem(signature: Buffer): EmbeddedErrorCode | undefined
  verify(payload: Buffer, key: KeyObject, signature: Buffer): boolean
}

/** KMS's ECC_NIST_P256 (the official key) and the ADR's ECC_SECG_P256K1 both sign ECDSA_SHA_256. */
const ECDSA_SHA_256_SPECS: readonly KeySpec[] = ['ECC_NIST_P256', 'ECC_SECG_P256K1']
const ED25519_SIGNATURE_BYTES = 64

export const EMBEDDED_ALGORITHMS: Record<EmbeddedAlgorithm, EmbeddedAlgorithmRule> = {
  ECDSA_SHA_256: {
    acceptsKey: (key) => {
      const spec = keySpecOf(key)
      return spec !== undefined && ECDSA_SHA_256_SPECS.includes(spec)
    },
    keyDescription: 'an EC P-256 or secp256k1 key',
    shapeProblem: (signature) => (ecdsaFromDer(signature) ? undefined : 'signature-not-der'),
    // KMS signs SHA-256(payload) as a DIGEST: plain ECDSA-SHA256 over the payload. KMS does
    // not normalise to low S, and OpenSSL accepts high S, as it must here.
    verify: (payload, key, signature) =>
      verify('sha256', payload, verifyKeyInput('ECDSA_SHA_256', key), signature),
  },
  ED25519: {
    acceptsKey: (key) => key.asymmetricKeyType === 'ed25519',
    keyDescription: 'an Ed25519 key',
    shapeProblem: (signature) =>
      signature.length === ED25519_SIGNATURE_BYTES ? undefined : 'signature-wrong-length',
    verify: (payload, key, signature) => verify(null, payload, key, signature),
  },
}

/** Verification that treats a crypto exception as a failed match, never as a crash. */
export function verifiesUnder(
  rule: EmbeddedAlgorithmRule,
  payload: Buffer,
  key: KeyObject,
  signature: Buffer,
): boolean {
  try {
    return rule.acceptsKey(key) && rule.verify(payload, key, signature)
  } catch {
    return false
  }
}
