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

/** A provenance bundle (formats.md 7) that cannot be read as written, or could not be made. */
export class ProvenanceError extends CodedError<ProvenanceErrorCode> {}
