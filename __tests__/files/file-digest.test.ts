import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { digestFile } from '../../src/files/file-digest.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-digest-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('digestFile', () => {
  it('hashes a multi-chunk file once per hash; sinks see the size first, then exactly the bytes', async () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 123)
    const file = path.join(dir, 'five.bin')
    await writeFile(file, bytes)
    const seen: Buffer[] = []
    const memories = new Set<ArrayBufferLike>()
    let begun: number | undefined
    const sink = {
      begin: (size: number) => {
        expect(seen).toHaveLength(0)
        begun = size
      },
      update: (chunk: Buffer) => {
        memories.add(chunk.buffer)
        seen.push(Buffer.from(chunk))
      },
    }
    const { digests, size } = await digestFile(file, ['sha256', 'sha512'], [sink])
    expect(size).toBe(bytes.length)
    expect(begun).toBe(bytes.length)
    expect(Buffer.concat(seen).equals(bytes)).toBe(true)
    expect(digests[0]).toEqual(createHash('sha256').update(bytes).digest())
    expect(digests[1]).toEqual(createHash('sha512').update(bytes).digest())
    // Two read buffers serve every chunk (read-ahead into one while the other is hashed).
    expect(seen.length).toBeGreaterThan(2)
    expect(memories.size).toBe(2)
  })

  it('hashes an empty file', async () => {
    const file = path.join(dir, 'empty.bin')
    await writeFile(file, '')
    const { digests, size } = await digestFile(file, ['sha256'])
    expect(size).toBe(0)
    expect(digests[0]).toEqual(createHash('sha256').digest())
  })
})
