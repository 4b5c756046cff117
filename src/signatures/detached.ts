import type { TrustedKey } from '../trust/trusted-key.js'
import { errorCheck, type DetachedContext } from './detached-check.js'
import { minisigVerifier } from './detached-minisig.js'
import { sigVerifier } from './detached-sig.js'
import { sigstoreVerifier } from './detached-sigstore.js'
import { MINISIG_SUFFIX } from './minisig.js'
import { SIG_SUFFIX } from './sig-file.js'
import type { SignatureCheck } from './signature-check.js'
import { SIGSTORE_SUFFIX } from './sigstore-bundle.js'

/** Checks one detached signature while the signed file streams through it. Never throws. */
export interface DetachedVerifier {
  update(chunk: Buffer): void
  finish(): SignatureCheck
}

export type DetachedKind = 'sig' | 'sigstore' | 'minisig'

/** The suffix appended to the signed file's name, per kind. */
export const DETACHED_SUFFIXES: Record<DetachedKind, string> = {
  sig: SIG_SUFFIX,
  sigstore: SIGSTORE_SUFFIX,
  minisig: MINISIG_SUFFIX,
}

type VerifierFactory = (
  signatureBytes: Buffer,
  keys: readonly TrustedKey[],
  context: DetachedContext,
) => DetachedVerifier

const VERIFIERS: Record<DetachedKind, VerifierFactory> = {
  sig: sigVerifier,
  sigstore: sigstoreVerifier,
  minisig: minisigVerifier,
}

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
    inner = VERIFIERS[kind](signatureBytes, keys, context)
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
