import { DossierError } from './dossier-error.js'
import { splitDossier } from './fences.js'
import { frontmatterText, parseFrontmatter, type Frontmatter } from './frontmatter.js'
import { assertSpecLayout, declaredFields, layoutOf, type Layout } from './layout.js'
import type { ReadingsDisagreement } from './readings-diff.js'
import { signatureLine } from './signature-line.js'

/** Larger than any real dossier; parsing stops here so hostile input stays cheap. */
export const MAX_DOSSIER_BYTES = 16 * 1024 * 1024

/** A parsed dossier: what the checksum and the embedded signature are checked against. */
export interface Dossier {
  layout: Layout
  /**
   * Upstream's (js-yaml 3) reading, as on disk (spec layout: with `metadata`): the input
   * of v2/v3 payloads and where checksum and signature are read from.
   */
  frontmatter: Frontmatter
  /** Set when a YAML 1.2 reader reads the frontmatter apart; v2/v3 payloads then refuse. */
  readingsDisagree?: ReadingsDisagreement
  /** Exact bytes after the closing fence (formats.md 1.1). */
  body: Buffer
  /** The declared checksum value, unchecked; undefined when absent. */
  checksum: unknown
  /** The embedded signature object, unchecked; absent when the dossier is unsigned. */
  signature?: EmbeddedSignatureField
}

export interface EmbeddedSignatureField {
  value: unknown
  /** 1-based line of the signature in the file, when found. */
  line?: number
}

/** Parse dossier bytes; throws DossierError (with a code) for anything not a dossier. */
export function parseDossier(bytes: Buffer): Dossier {
  if (bytes.length > MAX_DOSSIER_BYTES) {
    throw new DossierError(
      'dossier-too-large',
      `is ${bytes.length} bytes; dossiers over ${MAX_DOSSIER_BYTES} bytes are not parsed`,
    )
  }
  const parts = splitDossier(bytes)
  const text = frontmatterText(parts.frontmatter)
  const { frontmatter, readingsDisagree } = parseFrontmatter(text)
  const layout = layoutOf(parts.fence, frontmatter)
  if (layout === 'spec') assertSpecLayout(frontmatter, text)
  const { checksum, signature } = declaredFields(layout, frontmatter)
  const dossier: Dossier = { layout, frontmatter, body: parts.body, checksum }
  if (readingsDisagree !== undefined) dossier.readingsDisagree = readingsDisagree
  // `signature: null` is no signature, as upstream treats it.
  if (signature !== undefined && signature !== null) {
    dossier.signature = { value: signature, line: signatureLine(layout, text) }
  }
  return dossier
}
