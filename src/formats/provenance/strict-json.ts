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
    root = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes))
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

/** Without recursion, so the check itself cannot overflow. */
function nestedDeeperThan(root: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 1 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue
    if (next.depth > limit) return true
    for (const value of Object.values(next.value)) pending.push({ value, depth: next.depth + 1 })
  }
  return false
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

const SHOWN_CHARS = 100

/** A value from the file, for a message: quoted, and short even when the file is not. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text
}
