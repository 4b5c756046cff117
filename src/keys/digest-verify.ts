import type { KeyObject } from 'node:crypto'
import { ALGORITHMS, type SigningAlgorithm } from './algorithms.js'
import { ecdsaCurveFor, verifyEcdsaDigestWith } from './ecdsa-digest-verify.js'
import { verifyRsaDigest } from './rsa-digest-verify.js'

/**
 * `crypto.verify(hash, message, verifyKeyInput(algorithm, key), signature)` given the
 * message's digest instead of the message, so a file is hashed once for its signature
 * and its check. False for a key of another type, like `crypto.verify` after its throw.
 */
export async function verifyDigest(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
  digest: Buffer,
  signature: Buffer,
): Promise<boolean> {
  if (ALGORITHMS[algorithm].scheme !== 'ecdsa') {
    return verifyRsaDigest(algorithm, publicKey, digest, signature)
  }
  const curve = ecdsaCurveFor(publicKey)
  if (curve === undefined) return false
  return verifyEcdsaDigestWith(await curve, publicKey, digest, signature)
}
