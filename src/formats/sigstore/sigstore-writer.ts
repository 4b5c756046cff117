import { FileSignatureCheck } from '../../keys/file-signature-check.js'
import type { DetachedWriter } from '../writing.js'
import {
  formatSigstoreBundle,
  MAX_SIGSTORE_BUNDLE_BYTES,
  parseSigstoreBundle,
  sigstoreKeyHint,
} from './sigstore-bundle.js'

/**
 * `<file>.sigstore.json`: a bundle v0.3 around the same signature a `.sig` holds (the
 * key's signature over the file's digest), with the key's hint and no log entry.
 */
export const SIGSTORE_WRITER: DetachedWriter = {
  maxBytes: MAX_SIGSTORE_BUNDLE_BYTES,
  existing(content, keys) {
    let bundle: ReturnType<typeof parseSigstoreBundle>
    try {
      bundle = parseSigstoreBundle(content)
    } catch {
      return undefined // malformed: a good one replaces it
    }
    const key = keys.digest
    const check = new FileSignatureCheck(key.algorithm, key.publicKey)
    return {
      begin: (size) => check.begin(size),
      update: (chunk) => check.update(chunk),
      // Kept only when it is exactly what this run would write: this key's hint, the
      // file's digest under the key's hash, and a signature that verifies.
      holds: async (facts) =>
        bundle.hash === key.hash &&
        bundle.hint === sigstoreKeyHint(key.spkiDer) &&
        bundle.digest.equals(facts.digest) &&
        (await check.verify(bundle.signature, facts.digest)),
    }
  },
  fromDigestSignature: (signature, facts, key) =>
    formatSigstoreBundle({
      digest: facts.digest,
      hashAlgorithm: key.hash,
      signature,
      spkiDer: key.spkiDer,
    }),
}
