import { CodedError } from '../../errors.js'

/**
 * The detached `<file>.sig` format: one line, base64 of the raw signature bytes
 * (DER for ECDSA), the same as cosign's classic blob signature.
 */
export const SIG_SUFFIX = '.sig'

/** Larger than any signature a supported key makes (RSA 4096 = 512 bytes). */
export const MAX_SIG_FILE_BYTES = 4096

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

export type SigFileErrorCode = 'sig-file-too-large' | 'sig-file-empty' | 'sig-file-not-base64'

export class SigFileError extends CodedError<SigFileErrorCode> {}

export function formatSigFile(signature: Buffer): string {
  return `${signature.toString('base64')}\n`
}

/** Strict: one canonical base64 line and an optional line ending; nothing else. */
export function parseSigFile(content: Buffer): Buffer {
  if (content.length > MAX_SIG_FILE_BYTES) {
    throw new SigFileError(
      'sig-file-too-large',
      `is ${content.length} bytes; a .sig holds one base64 line of at most ${MAX_SIG_FILE_BYTES} bytes`,
    )
  }
  const text = content.toString('latin1').replace(/\r?\n$/, '')
  if (text.length === 0) throw new SigFileError('sig-file-empty', 'is empty')
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw new SigFileError('sig-file-not-base64', 'is not a single line of base64')
  }
  const signature = Buffer.from(text, 'base64')
  if (signature.toString('base64') !== text) {
    throw new SigFileError('sig-file-not-base64', 'is not canonical base64')
  }
  return signature
}
