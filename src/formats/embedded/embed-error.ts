import { CodedError } from '../../errors.js'

/** Why a dossier did not get an embedded signature. Each is a refusal: nothing is written. */
export type EmbedErrorCode =
  /** The bytes do not start with a `---` frontmatter fence. */
  | 'not-a-dossier'
  /** A frontmatter fence, but the dossier cannot be read (malformed YAML, bad spec layout). */
  | 'dossier-unreadable'
  /** Embedded signatures are ECDSA-SHA-256: the key must be P-256 or secp256k1. */
  | 'key-unsupported'
  /** A valid signature by another key is there and `replace` was not asked for. */
  | 'signed-by-another-key'
  /** The frontmatter is written in a way the text editor does not change safely. */
  | 'layout-unsupported'
  /** The edited frontmatter does not read back as written, or changed beyond the two fields. */
  | 'edit-misread'
  /** A covered value canonical JSON does not pin down (a YAML date): quote it. */
  | 'uncovered-value'
  /** YAML 1.1 (upstream) and YAML 1.2 read a value apart: quote it. */
  | 'yaml-readings-disagree'
  /** A value canonical JSON refuses outright (binary, a cycle, an alias bomb). */
  | 'frontmatter-not-signable'
  /** The written signature does not verify under the signing key: never returned. */
  | 'verify-failed'

export class EmbedError extends CodedError<EmbedErrorCode> {}
