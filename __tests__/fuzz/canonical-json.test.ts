// canonical(): property 1 (only DossierError on any value) and property 3 (deterministic,
// key-order independent, the JSON it stands for, bounded as promised).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonical } from '../../src/dossier/canonical-json.js'
import { DossierError } from '../../src/dossier/dossier-error.js'
import { parsedOrRefused, runs } from './fuzz-settings.js'

const ANY_VALUE_RUNS = 1500
const ORDER_RUNS = 1000
const MEANING_RUNS = 1000
const BOUND_RUNS = 500

/** The same value with every object's keys in another order (shuffled by `seed`). */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reordered(item, seed + i))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
  const shuffled = entries
    .map((entry, i) => ({ entry, rank: Math.sin(seed * 7919 + i * 104_729) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ entry: [key, item] }, i) => [key, reordered(item, seed + i + 1)] as const)
  // fromEntries defines own properties, so a "__proto__" key stays a key.
  return Object.fromEntries(shuffled)
}

/** Sorted-key JSON written independently of src/: formats.md 2.1's definition. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const jsonValueArb = fc.jsonValue({ maxDepth: 6 })

describe('canonical (properties 1 and 3)', () => {
  it('returns a string or refuses with a DossierError for any value at all', () => {
    const anything = fc.anything({
      maxDepth: 5,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    fc.assert(
      fc.property(anything, (value) => {
        const result = parsedOrRefused(() => canonical(value))
        if ('refused' in result) expect(result.refused).toBeInstanceOf(DossierError)
        else expect(typeof result.value).toBe('string')
      }),
      runs(ANY_VALUE_RUNS),
    )
  })

  it('is deterministic and independent of key order', () => {
    fc.assert(
      fc.property(jsonValueArb, fc.integer(), (value, seed) => {
        const text = canonical(value)
        expect(canonical(value)).toBe(text)
        expect(canonical(reordered(value, seed))).toBe(text)
        expect(canonical(JSON.parse(JSON.stringify(value)))).toBe(text)
      }),
      runs(ORDER_RUNS),
    )
  })

  it('is sorted-key JSON of the same value, and canonical of itself', () => {
    fc.assert(
      fc.property(jsonValueArb, (value) => {
        const text = canonical(value)
        expect(text).toBe(sortedJson(value))
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        expect(canonical(JSON.parse(text))).toBe(text)
      }),
      runs(MEANING_RUNS),
    )
  })

  it('refuses output past the bound with canonical-too-large, and only then', () => {
    fc.assert(
      fc.property(jsonValueArb, fc.nat({ max: 400 }), (value, maxLength) => {
        const full = canonical(value)
        const bounded = parsedOrRefused(() => canonical(value, maxLength))
        if (full.length <= maxLength) expect(bounded).toEqual({ value: full })
        else expect('refused' in bounded && bounded.refused.code).toBe('canonical-too-large')
      }),
      runs(BOUND_RUNS),
    )
  })
})
