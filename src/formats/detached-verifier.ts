import type { TrustedKey } from '../keys/trusted-key.js'
import type { SignatureCheck } from '../trust/signature-check.js'
import { errorCheck, type DetachedContext, type DetachedVerifier } from './detached-check.js'
import { DETACHED_FORMATS, type DetachedKind } from './registry.js'

/**
 * `verified` iff some trusted key verifies the signature over the streamed bytes;
 * `invalid` otherwise, never `signed_unknown`; `error` when the signature file cannot
 * be read or checked. The kind verifiers may throw; this wrapper turns every throw,
 * coded or not, into an `error` check, and answers the same check on every `finish()`.
 */
export function detachedVerifier(
  kind: DetachedKind,
  signatureBytes: Buffer,
  keys: TrustedKey[],
  signatureFile: string,
): DetachedVerifier {
  const context: DetachedContext = { kind, signatureFile }
  let inner: DetachedVerifier | undefined
  let result: SignatureCheck | undefined
  try {
    inner = DETACHED_FORMATS[kind].verifier(signatureBytes, keys, context)
  } catch (error) {
    result = errorCheck(context, error)
  }
  return {
    update(chunk) {
      if (result !== undefined || inner === undefined) return
      try {
        inner.update(chunk)
      } catch (error) {
        result = errorCheck(context, error)
      }
    },
    finish() {
      if (result !== undefined) return result
      try {
        result = inner?.finish() ?? errorCheck(context, new Error('no verifier'))
      } catch (error) {
        result = errorCheck(context, error)
      }
      return result
    },
  }
}
