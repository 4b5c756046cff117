import { CodedError } from '../../errors.js'

export type SigstoreBundleErrorCode =
  | 'sigstore-too-large'
  | 'sigstore-not-json'
  | 'sigstore-media-type'
  | 'sigstore-bad-field'
  | 'sigstore-unsupported-content'
  | 'sigstore-unsupported-hash'

/** A `.sigstore.json` that cannot be read as formats.md 5 describes. */
export class SigstoreBundleError extends CodedError<SigstoreBundleErrorCode> {}
