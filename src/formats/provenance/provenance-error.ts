import { CodedError } from '../../errors.js'

export type ProvenanceErrorCode =
  | 'provenance-too-large'
  | 'provenance-not-json'
  | 'provenance-too-deep'
  | 'provenance-media-type'
  | 'provenance-unsupported-content'
  | 'provenance-payload-type'
  | 'provenance-bad-field'
  | 'provenance-bad-statement'
  | 'provenance-bad-predicate'
  | 'provenance-signature-mismatch'
  | 'provenance-not-base64'
  | 'provenance-duplicate-subject'

/**
 * A provenance bundle (formats.md 7), or the statement in it, that cannot be read as
 * written or could not be made: nothing in it can be said about any file.
 */
export class ProvenanceError extends CodedError<ProvenanceErrorCode> {}
