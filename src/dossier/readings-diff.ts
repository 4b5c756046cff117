import { MAX_CANONICAL_DEPTH, MAX_CANONICAL_LENGTH } from './canonical-json.js'
import { keyPath, quoted, type KeyStep } from './key-path.js'
import { isPlainObject } from './plain-object.js'

/**
 * Where upstream's YAML 1.1 reading and the YAML 1.2 reading of one frontmatter first
 * differ. A v2/v3 signature covers one reading's canonical JSON, so either side's tools
 * may act on values the signer never saw: such a dossier gets no v2/v3 payload.
 */
export interface ReadingsDisagreement {
  /** Key path (`tools[0].timeout`); empty for the frontmatter as a whole. */
  path: string
  /** Short text of upstream's (js-yaml 3) value there. */
  upstream: string
  /** Short text of the YAML 1.2 (js-yaml 4) value there. */
  yaml12: string
}

/**
 * Bounds on the walk. Aliases make a DAG (or a cycle) of a small text; pairs already
 * compared are skipped, so an alias bomb costs its size, not its expansion. Each value
 * compared is at least one character of canonical JSON, so past either bound canonical
 * JSON refuses the value anyway; the readings then count as different all the same.
 */
const MAX_COMPARED_VALUES = MAX_CANONICAL_LENGTH
const MAX_COMPARE_DEPTH = MAX_CANONICAL_DEPTH
const MAX_STRING_SHOWN = 40

/** The first difference between the two readings, or undefined when they agree. */
export function readingsDifference(
  upstream: unknown,
  yaml12: unknown,
): ReadingsDisagreement | undefined {
  return new Comparison().first(upstream, yaml12)
}

class Comparison {
  private compared = 0
  /** Upstream node -> the YAML 1.2 node it was (or is being) compared with. */
  private readonly paired = new WeakMap<object, unknown>()
  /** Path of the values being compared; pushed and popped as the walk goes. */
  private readonly steps: KeyStep[] = []

  first(a: unknown, b: unknown): ReadingsDisagreement | undefined {
    if (++this.compared > MAX_COMPARED_VALUES || this.steps.length > MAX_COMPARE_DEPTH) {
      const why = `not compared (over ${MAX_COMPARED_VALUES} values or ${MAX_COMPARE_DEPTH} levels)`
      return { path: keyPath(this.steps), upstream: why, yaml12: why }
    }
    const kind = kindOf(a)
    if (kind !== kindOf(b) || !sameLeaf(kind, a, b)) return this.differ(a, b)
    if (kind !== 'list' && kind !== 'map') return undefined
    const node = a as object
    if (this.paired.get(node) === b) return undefined
    this.paired.set(node, b)
    return kind === 'list'
      ? this.lists(a as unknown[], b as unknown[])
      : this.maps(a as Record<string, unknown>, b as Record<string, unknown>)
  }

  private lists(a: unknown[], b: unknown[]): ReadingsDisagreement | undefined {
    if (a.length !== b.length) return this.differ(a, b)
    for (let index = 0; index < a.length; index++) {
      const found = this.child(index, a[index], b[index])
      if (found) return found
    }
    return undefined
  }

  private maps(
    a: Record<string, unknown>,
    b: Record<string, unknown>,
  ): ReadingsDisagreement | undefined {
    const onlyUpstream = Object.keys(a).find((key) => !Object.hasOwn(b, key))
    const onlyYaml12 = Object.keys(b).find((key) => !Object.hasOwn(a, key))
    // A key written alike but read apart (`1_000:` is key "1000" in YAML 1.1 only).
    if (onlyUpstream !== undefined || onlyYaml12 !== undefined) {
      return {
        path: keyPath([...this.steps, (onlyYaml12 ?? onlyUpstream) as string]),
        upstream:
          onlyUpstream === undefined
            ? 'no such key'
            : `key ${quoted(onlyUpstream, MAX_STRING_SHOWN)}`,
        yaml12:
          onlyYaml12 === undefined ? 'no such key' : `key ${quoted(onlyYaml12, MAX_STRING_SHOWN)}`,
      }
    }
    for (const key of Object.keys(a)) {
      const found = this.child(key, a[key], b[key])
      if (found) return found
    }
    return undefined
  }

  private child(step: KeyStep, a: unknown, b: unknown): ReadingsDisagreement | undefined {
    this.steps.push(step)
    const found = this.first(a, b)
    this.steps.pop()
    return found
  }

  private differ(a: unknown, b: unknown): ReadingsDisagreement {
    return { path: keyPath(this.steps), upstream: describeValue(a), yaml12: describeValue(b) }
  }
}

type Kind = 'null' | 'string' | 'number' | 'boolean' | 'date' | 'bytes' | 'list' | 'map' | 'other'

function kindOf(value: unknown): Kind {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value as Kind
  }
  if (value instanceof Date) return 'date'
  if (value instanceof Uint8Array) return 'bytes'
  if (Array.isArray(value)) return 'list'
  return isPlainObject(value) ? 'map' : 'other'
}

/** Scalars by value (Dates by time, binary by bytes); lists and maps are walked instead. */
function sameLeaf(kind: Kind, a: unknown, b: unknown): boolean {
  switch (kind) {
    case 'date':
      return Object.is((a as Date).getTime(), (b as Date).getTime())
    case 'bytes':
      return bytesOf(a as Uint8Array).equals(bytesOf(b as Uint8Array))
    case 'list':
    case 'map':
      return true
    case 'other':
      return false
    default:
      return Object.is(a, b)
  }
}

function bytesOf(view: Uint8Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}

/** A value in a few words, safe for one log line. */
export function describeValue(value: unknown): string {
  switch (kindOf(value)) {
    case 'string':
      return quoted(value as string, MAX_STRING_SHOWN)
    case 'date':
      return Number.isNaN((value as Date).getTime())
        ? 'an invalid date'
        : `the date ${(value as Date).toISOString()}`
    case 'bytes':
      return `${(value as Uint8Array).length} bytes of binary`
    case 'list':
      return `a list of ${(value as unknown[]).length}`
    case 'map':
      return `a map of ${Object.keys(value as object).length} keys`
    case 'other':
      return 'an unsupported value'
    default:
      return String(value)
  }
}
