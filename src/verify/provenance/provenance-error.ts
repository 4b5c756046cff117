import { CodedError } from '../../errors.js'

export type ProvenanceErrorCode =
  | 'provenance-too-large'
  | 'provenance-not-json'
  | 'provenance-too-deep'
  | 'provenance-media-type'
  | 'provenance-bad-field'
  | 'provenance-not-base64'
  | 'provenance-unsupported-content'
  | 'provenance-duplicate-subject'

/**
 * A provenance bundle, or the statement in it, that cannot be read as formats.md 7
 * describes: nothing in it can be said about any file.
 */
export class ProvenanceError extends CodedError<ProvenanceErrorCode> {}
