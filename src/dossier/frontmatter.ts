import { DossierError } from './dossier-error.js'
import { isPlainObject } from './plain-object.js'
import { readingsDifference, type ReadingsDisagreement } from './readings-diff.js'
import { upstreamReading, yaml12Reading } from './yaml-readings.js'

export { isPlainObject } from './plain-object.js'

/** The frontmatter as parsed, in its on-disk shape (legacy flat, or spec with `metadata`). */
export type Frontmatter = Record<string, unknown>

/** Upstream's reading of a frontmatter, and where a YAML 1.2 reader would read it apart. */
export interface FrontmatterReading {
  frontmatter: Frontmatter
  readingsDisagree?: ReadingsDisagreement
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The frontmatter's text; YAML is text, so bytes that are not UTF-8 are refused. */
export function frontmatterText(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes)
  } catch (error) {
    throw new DossierError('frontmatter-not-utf8', 'frontmatter is not valid UTF-8', {
      cause: error,
    })
  }
}

/**
 * Parse frontmatter as upstream does (formats.md 1): YAML for every layout (JSON is YAML),
 * read by js-yaml 3, so every field the verifier checks is the value upstream acts on.
 * It is read as YAML 1.2 too: text either reader refuses is refused, and where the two
 * values differ no v2/v3 payload is built (formats.md 2.2, YAML note). Alias expansion is
 * bounded later, where it costs something (canonical JSON).
 */
export function parseFrontmatter(text: string): FrontmatterReading {
  // YAML 1.2 first: what it refuses is refused with the messages this parser always gave.
  const yaml12 = yaml12Reading(text)
  const frontmatter = upstreamReading(text)
  if (!isPlainObject(frontmatter)) {
    throw new DossierError('frontmatter-not-object', 'frontmatter is not a key/value map')
  }
  const readingsDisagree = readingsDifference(frontmatter, yaml12)
  return readingsDisagree === undefined ? { frontmatter } : { frontmatter, readingsDisagree }
}
