import type { TrustedKey } from '../keys/trusted-key.js'
import type { DetachedContext, DetachedVerifier } from './detached-check.js'
import { MINISIG_SUFFIX } from './minisig/minisig.js'
import { minisigVerifier } from './minisig/verify-minisig.js'
import { MINISIG_WRITER } from './minisig/minisig-writer.js'
import { SIG_SUFFIX } from './sig/sig-file.js'
import { SIG_WRITER } from './sig/sig-writer.js'
import { sigVerifier } from './sig/verify-sig.js'
import { SIGSTORE_SUFFIX } from './sigstore/sigstore-bundle.js'
import { SIGSTORE_WRITER } from './sigstore/sigstore-writer.js'
import { sigstoreVerifier } from './sigstore/verify-sigstore.js'
import type { DetachedWriter } from './writing.js'

/** The signature kinds kept in a file beside the signed one. */
export type DetachedKind = 'sig' | 'sigstore' | 'minisig'

/** A verifier of one detached kind, given the signature file and the keys trusted for it. */
export type VerifierFactory = (
  signatureBytes: Buffer,
  keys: readonly TrustedKey[],
  context: DetachedContext,
) => DetachedVerifier

/** What the pipelines need to know of a detached format: where it lives, how to check and write it. */
export interface DetachedFormat {
  /** Appended to the signed file's name. */
  suffix: string
  verifier: VerifierFactory
  writer: DetachedWriter
}

/**
 * Every detached format, in the order a file's signatures are reported. Adding a kind is
 * one folder under formats/ and one row here; verify mode and the walker follow.
 */
export const DETACHED_FORMATS: Record<DetachedKind, DetachedFormat> = {
  sig: { suffix: SIG_SUFFIX, verifier: sigVerifier, writer: SIG_WRITER },
  sigstore: { suffix: SIGSTORE_SUFFIX, verifier: sigstoreVerifier, writer: SIGSTORE_WRITER },
  minisig: {
    suffix: MINISIG_SUFFIX,
    verifier: minisigVerifier,
    writer: MINISIG_WRITER,
  },
}

export const DETACHED_KINDS = Object.keys(DETACHED_FORMATS) as DetachedKind[]

/** Signature files are never candidates for signing or verifying themselves. */
export const SIGNATURE_SUFFIXES: readonly string[] = DETACHED_KINDS.map(
  (kind) => DETACHED_FORMATS[kind].suffix,
)
