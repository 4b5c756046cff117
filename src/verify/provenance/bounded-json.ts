import { ProvenanceError } from './provenance-error.js'

/** A statement the attest package builds nests 6 levels; this is far below a stack overflow. */
const MAX_DEPTH = 32
const SHOWN_CHARS = 100

/**
 * The top-level JSON object of `bytes`, refusing invalid UTF-8 (fatal: no U+FFFD), a BOM
 * (kept, so JSON.parse refuses it) and deep nesting: V8 parses any depth, but everything
 * after it (JSON.stringify in a message, a recursive reader) overflows the stack.
 */
export function jsonObjectFrom(bytes: Buffer, what: string): Record<string, unknown> {
  let root: unknown
  try {
    root = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes))
  } catch (error) {
    throw new ProvenanceError('provenance-not-json', `${what} is not valid UTF-8 JSON`, {
      cause: error,
    })
  }
  if (depthExceeds(root, MAX_DEPTH)) {
    throw new ProvenanceError(
      'provenance-too-deep',
      `${what} nests JSON more than ${MAX_DEPTH} levels deep`,
    )
  }
  return objectAt(root, what)
}

/** Level by level with an explicit list, so measuring a hostile depth cannot overflow either. */
function depthExceeds(root: unknown, limit: number): boolean {
  let level: unknown[] = [root]
  for (let depth = 1; ; depth++) {
    const objects = level.filter((value) => typeof value === 'object' && value !== null)
    if (objects.length === 0) return false
    if (depth > limit) return true
    level = []
    for (const object of objects) for (const value of Object.values(object)) level.push(value)
  }
}

export function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProvenanceError('provenance-bad-field', `has no JSON object at ${where}`)
  }
  return value as Record<string, unknown>
}

export function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') {
    throw new ProvenanceError('provenance-bad-field', `has no string at ${where}`)
  }
  return value
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

/** A value from the bundle, for a message: quoted, and short even when the bundle is not. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text
}
