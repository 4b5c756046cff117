import { load } from 'js-yaml'
import { DossierError } from './dossier-error.js'

/** The frontmatter as parsed, in its on-disk shape (legacy flat, or spec with `metadata`). */
export type Frontmatter = Record<string, unknown>

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
 * Parse frontmatter as upstream does: YAML for every layout (JSON is YAML). js-yaml 4's
 * default schema is the closest to gray-matter's js-yaml 3 safe schema; it refuses
 * duplicate keys and bounds nesting depth and merge keys. Alias expansion is bounded
 * later, where it costs something (canonical JSON).
 */
export function parseFrontmatter(text: string): Frontmatter {
  let value: unknown
  try {
    value = load(text)
  } catch (error) {
    // js-yaml's first message line names the problem and its line within the frontmatter.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''
    throw new DossierError(
      'frontmatter-malformed',
      `frontmatter is not valid YAML/JSON: ${reason}`,
      {
        cause: error,
      },
    )
  }
  if (!isPlainObject(value)) {
    throw new DossierError('frontmatter-not-object', 'frontmatter is not a key/value map')
  }
  return value
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
