import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { canonical } from '../../src/dossier/canonical-json.js'

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

  it.each([
    ['a YAML date', 'a: 2025-11-19'],
    ['NaN', 'a: .nan'],
    ['infinity', 'a: .inf'],
    ['binary', 'a: !!binary aGVsbG8='],
  ])('refuses %s rather than coercing it', (_case, yaml) => {
    expect(() => canonical(load(yaml))).toThrow(
      expect.objectContaining({ code: 'canonical-unsupported-value' }),
    )
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
