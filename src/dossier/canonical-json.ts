import { DossierError } from './dossier-error.js'
import { isPlainObject } from './frontmatter.js'

/**
 * Cap on canonical output, in UTF-16 code units. A YAML alias bomb parses into a few
 * shared references but expands here; the cap fails it fast instead of exhausting memory.
 */
export const MAX_CANONICAL_LENGTH = 4 * 1024 * 1024

/** Deeper than any real frontmatter (js-yaml already stops at 100). */
const MAX_DEPTH = 128

/**
 * Upstream's deterministic JSON (v2/v3 signature payloads): object keys sorted by UTF-16
 * code unit order at every level, no whitespace, keys whose value is undefined dropped,
 * arrays kept in order.
 *
 * Values JSON cannot represent are refused rather than coerced: upstream would turn a
 * YAML date into `{}` and NaN into `null`, so a signature would not cover those values.
 */
export function canonical(value: unknown, maxLength = MAX_CANONICAL_LENGTH): string {
  const writer = new BoundedWriter(maxLength)
  write(value, writer, new Set())
  return writer.text()
}

class BoundedWriter {
  private readonly parts: string[] = []
  private length = 0

  constructor(private readonly maxLength: number) {}

  push(part: string): void {
    this.length += part.length
    if (this.length > this.maxLength) {
      throw new DossierError(
        'canonical-too-large',
        `frontmatter expands to more than ${this.maxLength} characters of canonical JSON (YAML aliases?)`,
      )
    }
    this.parts.push(part)
  }

  text(): string {
    return this.parts.join('')
  }
}

function write(value: unknown, out: BoundedWriter, ancestors: Set<object>): void {
  if (value === null || value === undefined) return out.push('null')
  if (typeof value === 'string' || typeof value === 'boolean') {
    return out.push(JSON.stringify(value))
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw unsupported(String(value))
    return out.push(JSON.stringify(value))
  }
  if (typeof value !== 'object') throw unsupported(typeof value)
  if (!Array.isArray(value) && !isPlainObject(value)) {
    throw unsupported(
      value instanceof Date ? 'a date (quote it as a string)' : 'a binary/typed value',
    )
  }
  if (ancestors.has(value)) {
    throw new DossierError('canonical-cycle', 'frontmatter contains itself through a YAML alias')
  }
  if (ancestors.size >= MAX_DEPTH) {
    throw new DossierError('canonical-too-deep', `frontmatter nests deeper than ${MAX_DEPTH}`)
  }
  ancestors.add(value)
  if (Array.isArray(value)) writeArray(value, out, ancestors)
  else writeObject(value, out, ancestors)
  ancestors.delete(value)
}

function writeArray(items: unknown[], out: BoundedWriter, ancestors: Set<object>): void {
  out.push('[')
  items.forEach((item, index) => {
    if (index > 0) out.push(',')
    write(item, out, ancestors)
  })
  out.push(']')
}

function writeObject(
  object: Record<string, unknown>,
  out: BoundedWriter,
  ancestors: Set<object>,
): void {
  // Plain `<` compares UTF-16 code units, which is what upstream's sort does.
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  out.push('{')
  keys.forEach((key, index) => {
    out.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`)
    write(object[key], out, ancestors)
  })
  out.push('}')
}

function unsupported(what: string): DossierError {
  return new DossierError(
    'canonical-unsupported-value',
    `frontmatter holds ${what}, which has no exact JSON form for a signature to cover`,
  )
}
