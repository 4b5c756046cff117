import { CodedError } from '../errors.js'

export type TrustedKeysErrorCode =
  | 'trusted-keys-too-large'
  | 'missing-identifier'
  | 'invalid-key'
  | 'private-key'
  | 'unsupported-arn'
  | 'pem-unterminated'
  | 'minisign-key-missing'
  | 'line-separator-in-line'
  | 'arn-not-listed'

/**
 * A trusted-keys entry that cannot be used. Thrown, never skipped: a skipped line is a key
 * the user believes is trusted and is not, and nothing would point back at the cause.
 */
export class TrustedKeysError extends CodedError<TrustedKeysErrorCode> {
  /** `source:line` of the offending entry (or just the source). */
  readonly location: string

  constructor(code: TrustedKeysErrorCode, location: string, reason: string, cause?: unknown) {
    super(code, `${location}: ${reason}`, { cause })
    this.location = location
  }
}
