import type { TrustedKey } from '../../keys/trusted-key.js'
import { CandidateVerifier } from '../candidate-verifier.js'
import {
  FIX_HINT,
  invalidCheck,
  noKeyVerifies,
  verifiedCheck,
  type DetachedContext,
  type DetachedVerifier,
} from '../detached-check.js'
import { candidatesFor, keyCount, type Candidate } from '../key-candidates.js'
import { parseSigstoreBundle, sigstoreKeyHint } from './sigstore-bundle.js'

/**
 * Verifies a `<file>.sigstore.json`. The hint only orders the keys tried: it is not
 * signed, so a key it names proves nothing and a key it misses may still verify.
 */
export function sigstoreVerifier(
  signatureBytes: Buffer,
  keys: readonly TrustedKey[],
  context: DetachedContext,
): DetachedVerifier {
  const bundle = parseSigstoreBundle(signatureBytes)
  const hinted = keys.filter((key) => sigstoreKeyHint(key.spkiDer) === bundle.hint)
  const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))]
  const candidates = candidatesFor(bundle.signature, ordered, bundle.hash)
  // One hash of the file serves the recorded digest and every RSA candidate.
  const verifier = new CandidateVerifier(bundle.signature, candidates, [bundle.hash])
  return {
    update: (chunk) => verifier.update(chunk),
    finish() {
      // The digest is checked first and on its own: cosign refuses a bundle whose
      // recorded digest is not the file's, even when the signature itself would verify.
      if (!verifier.digest(bundle.hash).equals(bundle.digest)) {
        return invalidCheck(
          context,
          'digest-mismatch',
          `records a ${bundle.hash.toUpperCase()} digest that is not the file's: the file changed after signing (or the bundle belongs to another file). Re-sign the file.`,
        )
      }
      const match = verifier.finish()
      if (match !== undefined) {
        return verifiedCheck(
          context,
          match.key,
          match.algorithm,
          hintNote(match, hinted, bundle.hint),
        )
      }
      if (bundle.hint !== undefined && hinted.length === 0 && candidates.length > 0) {
        return invalidCheck(
          context,
          'hinted-key-untrusted',
          `names a signing key (hint ${quoted(bundle.hint)}) that is not trusted, and none of the trusted keys that fit (${keyCount(candidates)}) verifies it. ${FIX_HINT}`,
        )
      }
      return noKeyVerifies(context, keyCount(candidates))
    },
  }
}

/** A hint that disagrees is worth a word, never a different verdict: it is not signed. */
function hintNote(match: Candidate, hinted: readonly TrustedKey[], hint?: string): string {
  if (hint === undefined || hinted.includes(match.key)) return ''
  if (hinted.length === 0) return ` (its unsigned key hint ${quoted(hint)} names no trusted key)`
  return ` (its unsigned key hint names another trusted key, ${hinted[0]?.identifier})`
}

/** A real hint, base64 of SHA-256, is 44 characters. */
const HINT_SHOWN = 64

/** The hint is the bundle author's text: quote it, and keep a long one from flooding the log. */
function quoted(hint: string): string {
  return JSON.stringify(hint.length > HINT_SHOWN ? `${hint.slice(0, HINT_SHOWN)}...` : hint)
}
