/**
 * What every signature-file reader needs before it looks at a JSON document: strict
 * text, a depth check that cannot itself overflow, and short quotes of hostile values.
 * Each format wraps these in its own coded errors.
 */

/**
 * JSON from bytes: invalid UTF-8 is an error (fatal: never U+FFFD), and a BOM is kept
 * (ignoreBOM) so JSON.parse refuses it. Throws what TextDecoder or JSON.parse throw.
 */
export function strictJsonParse(content: Buffer): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content))
}

/**
 * V8's JSON.parse copes with any depth, but JSON.stringify (in messages) and any reader
 * after it recurse, and 100,000 levels overflow the stack. Iterative, so the check
 * itself cannot overflow.
 */
export function nestedDeeperThan(root: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 1 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue
    if (next.depth > limit) return true
    for (const value of Object.values(next.value)) pending.push({ value, depth: next.depth + 1 })
  }
  return false
}

const SHOWN_CHARS = 100

/** A value from the file, for a message: quoted, and short even when the file is not. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text
}
