import { CodedError } from '../../errors.js'
import type { SignatureStatus } from '../../trust/signature-check.js'

export type EmbeddedErrorCode =
  | 'signature-malformed'
  | 'signature-not-base64'
  | 'public-key-unreadable'
  | 'payload-unavailable'
  | 'unsupported-algorithm'
  | 'unsupported-covers'
  | 'covers-layout-mismatch'
  | 'key-algorithm-mismatch'
  | 'signature-wrong-length'
  | 'signature-not-der'
  | 'signature-mismatch'
  | 'no-trusted-key-verifies'
  | 'yaml-readings-disagree'

/** Why an embedded signature is not valid. */
export class EmbeddedSignatureError extends CodedError<EmbeddedErrorCode> {}

/**
 * `error`: the signature object cannot be read at all. `invalid`: it was read and refused,
 * or the bytes do not match. Both block; the split tells a broken file from a forged one.
 */
export const EMBEDDED_ERROR_STATUS: Record<
  EmbeddedErrorCode,
  Extract<SignatureStatus, 'invalid' | 'error'>
> = {
  'signature-malformed': 'error',
  'signature-not-base64': 'error',
  'public-key-unreadable': 'error',
  'payload-unavailable': 'error',
  'unsupported-algorithm': 'invalid',
  'unsupported-covers': 'invalid',
  'covers-layout-mismatch': 'invalid',
  'key-algorithm-mismatch': 'invalid',
  'signature-wrong-length': 'invalid',
  'signature-not-der': 'invalid',
  'signature-mismatch': 'invalid',
  'no-trusted-key-verifies': 'invalid',
  // Upstream (YAML 1.1) and YAML 1.2 readers see different values: whatever the signature
  // covers, some reader acts on something else.
  'yaml-readings-disagree': 'invalid',
}
