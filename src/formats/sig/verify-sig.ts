import type { TrustedKey } from '../../keys/trusted-key.js'
import { CandidateVerifier } from '../candidate-verifier.js'
import {
  noKeyVerifies,
  verifiedCheck,
  type DetachedContext,
  type DetachedVerifier,
} from '../detached-check.js'
import { candidatesFor, keyCount } from '../key-candidates.js'
import { parseSigFile } from './sig-file.js'

/**
 * Verifies a `<file>.sig`: raw signature bytes over the whole file. The format names
 * neither key nor algorithm, so every trusted key whose type fits is tried; ECDSA
 * signatures with a high S are accepted, as OpenSSL and KMS's own Verify accept them.
 */
export function sigVerifier(
  signatureBytes: Buffer,
  keys: readonly TrustedKey[],
  context: DetachedContext,
): DetachedVerifier {
  const signature = parseSigFile(signatureBytes)
  const candidates = candidatesFor(signature, keys)
  const verifier = new CandidateVerifier(signature, candidates)
  return {
    update: (chunk) => verifier.update(chunk),
    finish() {
      const match = verifier.finish()
      if (match === undefined) return noKeyVerifies(context, keyCount(candidates))
      return verifiedCheck(context, match.key, match.algorithm)
    },
  }
}
