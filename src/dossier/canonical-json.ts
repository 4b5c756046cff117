import { DossierError } from './dossier-error.js'
import { keyPath, keyPathPhrase, type KeyStep } from './key-path.js'
import { isPlainObject } from './plain-object.js'

/**
 * Cap on canonical output, in UTF-16 code units. A YAML alias bomb parses into a few
 * shared references but expands here; the cap fails it fast instead of exhausting memory.
 */
export const MAX_CANONICAL_LENGTH = 4 * 1024 * 1024

/** Deeper than any real frontmatter (both YAML readers already stop at 100). */
export const MAX_CANONICAL_DEPTH = 128

/** Enough to name the problem; any uncovered value at all makes coverage incomplete. */
export const MAX_UNCOVERED_REPORTED = 100

/** Canonical JSON text, and the key paths of values it stands for only loosely. */
export interface CanonicalJson {
  text: string
  /** Up to MAX_UNCOVERED_REPORTED paths (`last_updated`, `tools[0].added`); empty: all covered. */
  uncovered: string[]
}

/**
 * Upstream's deterministic JSON (v2/v3 signature payloads; `stableStringify` in
 * @ai-dossier/core): object keys sorted by UTF-16 code unit order at every level, no
 * whitespace, keys whose value is undefined dropped, arrays kept in order.
 *
 * Values JSON cannot represent, as js-yaml 3 `safeLoad` can produce them, and what we do:
 * - Date (unquoted timestamp): upstream writes its own enumerable entries, i.e. `{}`.
 *   Written the same, so upstream signatures verify, and reported as uncovered: any
 *   other date, or an empty map, signs alike (formats.md 2.2).
 * - NaN, .inf, -.inf: upstream writes `JSON.stringify(x) ?? 'null'`, i.e. `null`.
 *   Written the same and reported as uncovered: `null` and all three sign alike.
 * - undefined: dropped as an object value (a reader sees an absent key alike), `null` in
 *   a list, as upstream; reported there. No YAML tag in the safe schema makes one.
 * - !!binary (a Buffer): upstream writes a map of byte indices (`{"0":104,"1":101,...}`),
 *   which a plain map with those keys also gives, and only where js-yaml 3's hidden
 *   `require('buffer')` works (elsewhere it reads a list of numbers). No real dossier holds
 *   one: refused, as before, rather than signed in a form that means two things.
 * - !!set, !!omap, !!pairs: plain maps and lists in both readers; written as such.
 * - anything else that is not JSON (cycles, Map, class instances): refused.
 */
export function canonicalWithGaps(value: unknown, maxLength = MAX_CANONICAL_LENGTH): CanonicalJson {
  const writer = new CanonicalWriter(maxLength)
  writer.write(value)
  return { text: writer.text(), uncovered: writer.uncovered }
}

/** Upstream's canonical text alone; see canonicalWithGaps for what it does not cover. */
export function canonical(value: unknown, maxLength = MAX_CANONICAL_LENGTH): string {
  return canonicalWithGaps(value, maxLength).text
}

class CanonicalWriter {
  readonly uncovered: string[] = []
  private readonly parts: string[] = []
  private length = 0
  private readonly steps: KeyStep[] = []
  private readonly ancestors = new Set<object>()

  constructor(private readonly maxLength: number) {}

  text(): string {
    return this.parts.join('')
  }

  write(value: unknown): void {
    if (value === null) return this.push('null')
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
      this.gap()
      return this.push('null')
    }
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      return this.push(JSON.stringify(value))
    }
    if (value instanceof Date && Object.keys(value).length === 0) {
      this.gap()
      return this.push('{}')
    }
    if (typeof value !== 'object' || (!Array.isArray(value) && !isPlainObject(value))) {
      throw unsupported(value, keyPath(this.steps))
    }
    if (this.ancestors.has(value)) {
      throw new DossierError('canonical-cycle', 'frontmatter contains itself through a YAML alias')
    }
    if (this.ancestors.size >= MAX_CANONICAL_DEPTH) {
      throw new DossierError(
        'canonical-too-deep',
        `frontmatter nests deeper than ${MAX_CANONICAL_DEPTH}`,
      )
    }
    this.ancestors.add(value)
    if (Array.isArray(value)) this.writeArray(value)
    else this.writeObject(value)
    this.ancestors.delete(value)
  }

  private writeArray(items: unknown[]): void {
    this.push('[')
    items.forEach((item, index) => {
      if (index > 0) this.push(',')
      this.child(index, item)
    })
    this.push(']')
  }

  private writeObject(object: Record<string, unknown>): void {
    // Plain `<` compares UTF-16 code units, which is what upstream's sort does.
    const keys = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    this.push('{')
    keys.forEach((key, index) => {
      this.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`)
      this.child(key, object[key])
    })
    this.push('}')
  }

  private child(step: KeyStep, value: unknown): void {
    this.steps.push(step)
    this.write(value)
    this.steps.pop()
  }

  private gap(): void {
    if (this.uncovered.length < MAX_UNCOVERED_REPORTED) this.uncovered.push(keyPath(this.steps))
  }

  private push(part: string): void {
    this.length += part.length
    if (this.length > this.maxLength) {
      throw new DossierError(
        'canonical-too-large',
        `frontmatter expands to more than ${this.maxLength} characters of canonical JSON (YAML aliases?)`,
      )
    }
    this.parts.push(part)
  }
}

function unsupported(value: unknown, path: string): DossierError {
  const what =
    value instanceof Uint8Array ? 'binary (!!binary)' : `a ${typeof value} that is not JSON`
  return new DossierError(
    'canonical-unsupported-value',
    `${keyPathPhrase(path)} holds ${what}, which has no exact JSON form for a signature to cover`,
  )
}
