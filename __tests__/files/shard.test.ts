import { describe, expect, it } from '@jest/globals'
import { inShard, parseShard, shardOf, ShardError } from '../../src/files/shard.js'

/** A tree shaped like a real repository: folders, unicode, deep paths. */
function tree(n: number, prefix = 'dossiers'): string[] {
  return Array.from(
    { length: n },
    (_, i) => `${prefix}/${['ops', 'sec', 'café', 'deep/a/b'][i % 4]}/dossier-${i}.ds.md`,
  )
}

describe('parseShard', () => {
  it('reads I/N, with spaces around the slash, and empty as the whole run', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 3 / 16 ')).toEqual({ index: 3, count: 16 })
    expect(parseShard('')).toEqual({ index: 1, count: 1 })
    expect(parseShard('256/256')).toEqual({ index: 256, count: 256 })
  })

  it.each([
    '0/4',
    '5/4',
    '1/0',
    '0/0',
    '1/257',
    'a/b',
    '2',
    '2/4/8',
    '-1/4',
    '1.5/4',
    '1/4x',
    '/4',
  ])('refuses %s, naming the input and the matrix form', (text) => {
    expect(() => parseShard(text)).toThrow(ShardError)
    expect(() => parseShard(text)).toThrow(/`shard`.*matrix\.shard/)
  })
})

describe('shardOf', () => {
  const files = tree(2_000)

  it.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    'N=%i: every file lands in exactly one slice, and the slices are balanced',
    (count) => {
      const seen = new Map<string, number>()
      const sizes = new Array<number>(count).fill(0)
      for (let index = 1; index <= count; index++) {
        for (const f of files.filter((f) => inShard(f, { index, count }))) {
          seen.set(f, (seen.get(f) ?? 0) + 1)
          sizes[index - 1] = (sizes[index - 1] ?? 0) + 1
        }
      }
      expect(seen.size).toBe(files.length)
      expect([...seen.values()].every((times) => times === 1)).toBe(true)
      const mean = files.length / count
      for (const size of sizes) expect(Math.abs(size - mean)).toBeLessThan(0.25 * mean + 10)
    },
  )

  it('does not move a file between slices when files are added or removed elsewhere', () => {
    const before = new Map(files.map((f) => [f, shardOf(f, 7)]))
    const grown = [...tree(500, 'new-folder'), ...files.slice(100)]
    for (const f of grown.filter((f) => before.has(f))) expect(shardOf(f, 7)).toBe(before.get(f))
  })

  it('depends on the exact path: case and separators are different files', () => {
    const slices = new Set(
      ['a/x.ds.md', 'A/x.ds.md', 'a/X.ds.md', 'a//x.ds.md'].map((f) => shardOf(f, 256)),
    )
    expect(slices.size).toBeGreaterThan(1)
  })

  it('is pinned: a change to the split would silently re-slice matrices already running', () => {
    expect([4, 16, 256].map((n) => shardOf('examples/deploy.ds.md', n))).toEqual([2, 10, 106])
    expect([4, 16, 256].map((n) => shardOf('examples/rotate-keys.ds.md', n))).toEqual([4, 8, 248])
    expect([4, 16, 256].map((n) => shardOf('a/b/c.ds.md', n))).toEqual([3, 3, 179])
    expect(shardOf('anything.ds.md', 1)).toBe(1)
  })
})
