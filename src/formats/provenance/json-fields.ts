import { nestedDeeperThan, shown, strictJsonParse } from '../strict-json.js'
import { ProvenanceError } from './provenance-error.js'

/**
 * The top-level JSON object in `bytes`, read strictly: size checked before parsing,
 * invalid UTF-8 refused (not replaced by U+FFFD), a BOM refused, nesting bounded after
 * parsing. V8's JSON.parse copes with any depth, but JSON.stringify and every reader
 * after it recurse, and 100,000 levels overflow the stack.
 */
export function strictJsonObject(
  bytes: Buffer,
  limits: { maxBytes: number; maxDepth: number },
  what: string,
): Record<string, unknown> {
  if (bytes.length > limits.maxBytes) {
    throw new ProvenanceError(
      'provenance-too-large',
      `${what} is ${bytes.length} bytes; at most ${limits.maxBytes} are read`,
    )
  }
  let root: unknown
  try {
    root = strictJsonParse(bytes)
  } catch (error) {
    throw new ProvenanceError('provenance-not-json', `${what} is not valid UTF-8 JSON`, {
      cause: error,
    })
  }
  // Depth first: a hostile root (an array 100,000 deep) is named for what it is.
  if (nestedDeeperThan(root, limits.maxDepth)) {
    throw new ProvenanceError(
      'provenance-too-deep',
      `${what} nests JSON more than ${limits.maxDepth} levels deep`,
    )
  }
  return objectAt(root, what)
}

export function objectAt(
  value: unknown,
  where: string,
  code:
    | 'provenance-bad-field'
    | 'provenance-bad-statement'
    | 'provenance-bad-predicate' = 'provenance-bad-field',
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProvenanceError(code, `has no JSON object at ${where}`)
  }
  return value as Record<string, unknown>
}

export function stringAt(
  value: unknown,
  where: string,
  code:
    | 'provenance-bad-field'
    | 'provenance-bad-statement'
    | 'provenance-bad-predicate' = 'provenance-bad-field',
): string {
  if (typeof value !== 'string') throw new ProvenanceError(code, `has no string at ${where}`)
  return value
}

export { shown }
