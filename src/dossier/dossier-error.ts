import { CodedError } from '../errors.js'

/** Why bytes could not be read as a dossier. Each is a refusal, never a guess. */
export type DossierErrorCode =
  | 'not-a-dossier'
  | 'dossier-too-large'
  | 'unsupported-fence'
  | 'unterminated-frontmatter'
  | 'frontmatter-not-utf8'
  | 'frontmatter-malformed'
  | 'frontmatter-not-object'
  | 'spec-layout-invalid'
  | 'canonical-too-large'
  | 'canonical-too-deep'
  | 'canonical-cycle'
  | 'canonical-unsupported-value'

export class DossierError extends CodedError<DossierErrorCode> {}
