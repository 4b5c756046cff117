import { CodedError, messageOf } from '../errors.js'
import type { TrustedKey } from '../keys/trusted-key.js'
import type { SignatureCheck, SignatureKind } from '../trust/signature-check.js'

/**
 * Why a detached signature is `invalid`. There is no `signed_unknown` for detached
 * files: without the signer's key we cannot tell a changed file from an untrusted one.
 */
export type DetachedInvalidCode =
  /** Some trusted keys fit the signature; none verifies it. */
  | 'signature-mismatch'
  /** No trusted key is of a type and size that could have made this signature. */
  | 'no-fitting-key'
  /** sigstore: the bundle's message digest is not the file's. */
  | 'digest-mismatch'
  /** sigstore: the bundle's key hint names no trusted key, and no trusted key verifies. */
  | 'hinted-key-untrusted'
  /** minisign: the signature names a key id that no trusted minisign key has. */
  | 'minisig-key-id-mismatch'
  /** minisign: the file signature verifies but the trusted comment was changed. */
  | 'minisig-trusted-comment-mismatch'
  /** minisign: a legacy `Ed` signature, whose unsigned algorithm bytes allow confusion. */
  | 'minisig-legacy-refused'
  /** The file is an embedded signature's v2/v3 payload: its signature means "this dossier". */
  | 'embedded-payload-as-file'

/** An exception we did not raise on purpose; a verifier reports it rather than throwing. */
export const UNEXPECTED_FAILURE_CODE = 'verifier-failed'

/** Checks one detached signature while the signed file streams through it. Never throws. */
export interface DetachedVerifier {
  update(chunk: Buffer): void
  finish(): SignatureCheck
}

/** Which signature file a check is about. */
export interface DetachedContext {
  kind: SignatureKind
  signatureFile: string
}

export const FIX_HINT =
  "Re-sign the file with a trusted key, or, if you trust the signer, add the signer's public key to trusted-keys."

export function verifiedCheck(
  context: DetachedContext,
  key: TrustedKey,
  algorithm: string,
  note = '',
): SignatureCheck {
  return {
    ...context,
    status: 'verified',
    // Every detached kind signs the whole file's bytes.
    coverage: 'file',
    keyIdentifier: key.identifier,
    algorithm,
    message: `${context.signatureFile} verifies under trusted key ${key.identifier} (${key.source})${note}`,
  }
}

export function invalidCheck(
  context: DetachedContext,
  code: DetachedInvalidCode,
  why: string,
): SignatureCheck {
  return { ...context, status: 'invalid', code, message: `${context.signatureFile} ${why}` }
}

/** Anything thrown while reading or checking a signature: coded errors keep their code. */
export function errorCheck(context: DetachedContext, error: unknown): SignatureCheck {
  if (error instanceof CodedError) {
    const code = String(error.code)
    return {
      ...context,
      status: 'error',
      code,
      message: `${context.signatureFile} ${error.message}`,
    }
  }
  return {
    ...context,
    status: 'error',
    code: UNEXPECTED_FAILURE_CODE,
    message: `${context.signatureFile} could not be checked: ${messageOf(error)}`,
  }
}

/** The common `invalid` verdict: the N fitting keys all said no. */
export function noKeyVerifies(context: DetachedContext, fittingKeys: number): SignatureCheck {
  if (fittingKeys === 0) {
    return invalidCheck(
      context,
      'no-fitting-key',
      `was not made by any trusted key: none of the trusted keys is of a type that could have made it, so the signer's key is not trusted (or the signature is damaged). ${FIX_HINT}`,
    )
  }
  const keys =
    fittingKeys === 1
      ? 'does not verify under the one trusted key that fits'
      : `verifies under none of the ${fittingKeys} trusted keys that fit`
  return invalidCheck(
    context,
    'signature-mismatch',
    `${keys}: either the file changed after signing or the signer's key is not trusted. ${FIX_HINT}`,
  )
}
