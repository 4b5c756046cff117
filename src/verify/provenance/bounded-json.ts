import {
  objectAt,
  shown,
  strictJsonObject,
  stringAt,
} from '../../formats/provenance/json-fields.js'

export { objectAt, shown, stringAt }

/** A statement the attest package builds nests 6 levels; this is far below a stack overflow. */
const MAX_DEPTH = 32

/**
 * The top-level JSON object of `bytes` (the size is capped by the caller's bounded read),
 * read by the same strict reader the writer checks its own output with: invalid UTF-8, a
 * BOM and deep nesting are refused.
 */
export function jsonObjectFrom(bytes: Buffer, what: string): Record<string, unknown> {
  return strictJsonObject(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxDepth: MAX_DEPTH }, what)
}

/** The string at `keys` below `root`, or undefined when any step is missing or of another type. */
export function optionalString(root: unknown, ...keys: string[]): string | undefined {
  let value = root
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  }
  return typeof value === 'string' ? value : undefined
}
