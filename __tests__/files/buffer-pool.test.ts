import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BufferPool } from '../../src/files/buffer-pool.js'
import { readFileNoFollow } from '../../src/files/read-regular-file.js'

describe('BufferPool', () => {
  it('lends a given-back buffer again, the smallest that fits', async () => {
    const pool = new BufferPool(4, 1 << 20)
    const big = await pool.take(1000)
    const small = await pool.take(100)
    pool.give(big)
    pool.give(small)
    expect(await pool.take(50)).toBe(small)
    expect(await pool.take(500)).toBe(big)
    const fresh = await pool.take(2000)
    expect([big, small]).not.toContain(fresh)
    expect(fresh.length).toBe(2000)
  })

  it('keeps at most `keep` buffers, the largest', async () => {
    const pool = new BufferPool(1, 1 << 20)
    const small = await pool.take(10)
    const big = await pool.take(1000)
    pool.give(small)
    pool.give(big)
    expect(await pool.take(5)).toBe(big)
  })

  it('makes a take wait while the bytes lent would pass the budget, and always lends one', async () => {
    const pool = new BufferPool(4, 1000)
    const first = await pool.take(2000)
    let second: Buffer | undefined
    const waiting = pool.take(600).then((b) => (second = b))
    await new Promise((resolve) => setImmediate(resolve))
    expect(second).toBeUndefined()
    pool.give(first)
    await waiting
    expect(second).toBe(first)
  })
})

describe('readFileNoFollow into a lent buffer', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'buffer-pool-'))
  })
  afterAll(async () => rm(dir, { recursive: true, force: true }))

  it('hands back only the bytes read, never what the buffer held before', async () => {
    const pool = new BufferPool(1, 1 << 20)
    const stale = await pool.take(64)
    stale.fill(0x41)
    pool.give(stale)
    await writeFile(path.join(dir, 'short.txt'), 'hello')
    const bytes = await readFileNoFollow(path.join(dir, 'short.txt'), 1024, {
      bufferFor: (c) => pool.take(c),
    })
    expect(bytes?.toString()).toBe('hello')
    expect(bytes?.buffer).toBe(stale.buffer)
  })

  it('a read that fails after the buffer was lent still lets the caller give it back', async () => {
    const pool = new BufferPool(1, 100)
    const file = path.join(dir, 'large.txt')
    await writeFile(file, 'x'.repeat(10))
    let lent: Buffer | undefined
    // Within the limit when opened (a file over it is refused before any buffer is
    // lent), it grows past the limit while it is read.
    const read = readFileNoFollow(file, 10, {
      bufferFor: async (c) => {
        lent = await pool.take(c)
        await appendFile(file, 'x'.repeat(40))
        return lent
      },
    })
    await expect(read).rejects.toThrow(/larger than 10 bytes/)
    pool.give(lent as Buffer)
    // The budget is whole again: a take of all of it goes through at once.
    await expect(pool.take(100)).resolves.toBeInstanceOf(Buffer)
  })
})
