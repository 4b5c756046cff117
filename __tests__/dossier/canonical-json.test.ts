import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import yaml3 from 'js-yaml-3'
import {
  MAX_UNCOVERED_REPORTED,
  canonical,
  canonicalWithGaps,
} from '../../src/dossier/canonical-json.js'

/**
 * @ai-dossier/core's stableStringify as its source reads (packages/core/src/utils/
 * canonical-json.ts), written out here so the odd values are checked against it.
 */
function upstreamStableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(upstreamStableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${upstreamStableStringify(v)}`)
  return `{${entries.join(',')}}`
}

describe('canonical', () => {
  it('sorts keys recursively, drops undefined, keeps arrays in order, no whitespace', () => {
    expect(canonical({ b: 1, a: { d: [3, 1, { z: null, y: true }], c: undefined }, e: 'x' })).toBe(
      '{"a":{"d":[3,1,{"y":true,"z":null}]},"b":1,"e":"x"}',
    )
  })

  it('sorts by UTF-16 code units, not by locale or code point', () => {
    // U+FF5E (one unit, 0xFF5E) sorts after U+1F600 (surrogates 0xD83D...); "B" before "a".
    expect(canonical({ '\uff5e': 1, '😀': 2, a: 3, B: 4 })).toBe('{"B":4,"a":3,"😀":2,"～":1}')
  })

  it('escapes strings as JSON.stringify does', () => {
    expect(canonical({ 'k"\n': 'line\nbreak \u2028 é' })).toBe(
      JSON.stringify({ 'k"\n': 'line\nbreak \u2028 é' }),
    )
  })

  it('keeps a __proto__ key as data', () => {
    expect(canonical(load('"__proto__": 1\na: 2'))).toBe('{"__proto__":1,"a":2}')
  })

  // Upstream's stableStringify writes a Date's own entries (none) and JSON.stringify(NaN)
  // ?? 'null'; matching it keeps upstream signatures verifiable, and the gap is reported.
  it.each([
    ['a YAML date', 'a: 2025-11-19\nb: 1', '{"a":{},"b":1}', ['a']],
    ['a timestamp in a list', 'l: [x, 2025-11-19T10:00:00Z]', '{"l":["x",{}]}', ['l[1]']],
    ['NaN', 'a: .nan', '{"a":null}', ['a']],
    ['infinity', 'a: {b: .inf}', '{"a":{"b":null}}', ['a.b']],
    ['minus infinity', '"odd key": -.inf', '{"odd key":null}', ['["odd key"]']],
  ])('writes %s as upstream does and reports it uncovered', (_case, yaml, text, uncovered) => {
    for (const value of [load(yaml), yaml3.safeLoad(yaml)]) {
      expect(canonicalWithGaps(value)).toEqual({ text, uncovered })
      expect(canonical(value)).toBe(upstreamStableStringify(value))
    }
  })

  it('reports nothing uncovered for plain JSON values', () => {
    expect(canonicalWithGaps({ a: [1, 'x', null, true, { b: 2.5 }] }).uncovered).toEqual([])
  })

  it('writes undefined as upstream does: dropped from a map, null in a list (reported)', () => {
    expect(canonicalWithGaps({ a: undefined, l: [undefined] })).toEqual({
      text: '{"l":[null]}',
      uncovered: ['l[0]'],
    })
  })

  it('reports at most MAX_UNCOVERED_REPORTED paths, and still writes every value', () => {
    const many = { dates: Array.from({ length: 500 }, () => new Date(0)) }
    const { text, uncovered } = canonicalWithGaps(many)
    expect(uncovered).toHaveLength(MAX_UNCOVERED_REPORTED)
    expect(JSON.parse(text)).toEqual({ dates: Array.from({ length: 500 }, () => ({})) })
  })

  it.each([
    ['binary (js-yaml 3: a Buffer)', () => yaml3.safeLoad('a: !!binary aGVsbG8=')],
    ['binary (js-yaml 4: a Uint8Array)', () => load('a: !!binary aGVsbG8=')],
    ['a Map', () => ({ a: new Map() })],
    ['a date with own keys', () => ({ a: Object.assign(new Date(0), { x: 1 }) })],
    ['a function', () => ({ a: () => 1 })],
  ])('refuses %s, naming the key', (_case, value) => {
    expect(() => canonical(value())).toThrow(
      expect.objectContaining({
        code: 'canonical-unsupported-value',
        message: expect.stringContaining('frontmatter key a holds'),
      }),
    )
  })

  it('reads !!set, !!omap and !!pairs as the plain maps and lists both readers build', () => {
    const yaml = 's: !!set {x, y}\no: !!omap [{b: 1}, {a: 2}]\np: !!pairs [{k: v}]'
    const text = '{"o":[{"b":1},{"a":2}],"p":[["k","v"]],"s":{"x":null,"y":null}}'
    expect(canonicalWithGaps(yaml3.safeLoad(yaml))).toEqual({ text, uncovered: [] })
    expect(canonical(load(yaml))).toBe(text)
  })

  it('fails fast on a YAML alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const bomb = load(levels.join('\n'))
    const started = Date.now()
    expect(() => canonical(bomb)).toThrow(expect.objectContaining({ code: 'canonical-too-large' }))
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses a cycle made with an alias', () => {
    expect(() => canonical(load('a: &x [*x]'))).toThrow(
      expect.objectContaining({ code: 'canonical-cycle' }),
    )
  })

  it('expands shared (non-cyclic) aliases', () => {
    expect(canonical(load('a: &x {k: 1}\nb: *x'))).toBe('{"a":{"k":1},"b":{"k":1}}')
  })

  it('refuses nesting deeper than any real frontmatter', () => {
    let deep: unknown = 1
    for (let i = 0; i < 200; i++) deep = [deep]
    expect(() => canonical(deep)).toThrow(expect.objectContaining({ code: 'canonical-too-deep' }))
  })
})
