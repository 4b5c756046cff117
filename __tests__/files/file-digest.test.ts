import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { digestFile, type ByteSink } from '../../src/files/file-digest.js'
import { ReadError } from '../../src/files/read-regular-file.js'

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

  // Up to 256 KiB a file is read with blocking calls, above it with overlapped reads:
  // both sides of the line, and its edges, give the same answer.
  it.each([1, 4095, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 3 * 1024 * 1024])(
    'hashes a %i-byte file exactly, whichever way it is read',
    async (length) => {
      const bytes = randomBytes(length)
      const file = path.join(dir, `sized-${length}.bin`)
      await writeFile(file, bytes)
      const seen: Buffer[] = []
      const { digests, size } = await digestFile(
        file,
        ['sha256'],
        [{ update: (chunk) => seen.push(Buffer.from(chunk)) }],
      )
      expect(size).toBe(length)
      expect(Buffer.concat(seen).equals(bytes)).toBe(true)
      expect(digests[0]).toEqual(createHash('sha256').update(bytes).digest())
    },
  )

  it.each([1000, 2 * 1024 * 1024])(
    'reads a %i-byte file that grows while it is read to its new end, and hashes what it read',
    async (length) => {
      const file = path.join(dir, `growing-${length}.bin`)
      const first = randomBytes(length)
      const more = randomBytes(777)
      await writeFile(file, first)
      let grown = false
      const sink: ByteSink = {
        update: () => {
          if (!grown) appendFileSync(file, more)
          grown = true
        },
      }
      const { digests, size } = await digestFile(file, ['sha256'], [sink])
      expect(size).toBe(length + more.length)
      expect(digests[0]).toEqual(
        createHash('sha256')
          .update(Buffer.concat([first, more]))
          .digest(),
      )
    },
  )

  it('refuses a symbolic link, without reading what it points to', async () => {
    const target = path.join(dir, 'target.bin')
    await writeFile(target, 'secret')
    const link = path.join(dir, 'link.bin')
    await symlink(target, link)
    await expect(digestFile(link, ['sha256'])).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/ELOOP|symbolic link/),
    })
  })

  it('refuses a FIFO at once instead of waiting for a writer (the open does not block)', async () => {
    const fifo = path.join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    const error = await digestFile(fifo, ['sha256']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReadError)
    expect(error).toMatchObject({ code: 'not-regular-file' })
  })

  it.each([1000, 4 * 1024 * 1024])(
    'closes the %i-byte file when a sink fails mid-read',
    async (length) => {
      const file = path.join(dir, `failing-${length}.bin`)
      await writeFile(file, randomBytes(length))
      const open = () => readdirSync('/proc/self/fd').length
      const before = open()
      const sink: ByteSink = {
        update: () => {
          throw new Error('sink gave up')
        },
      }
      await expect(digestFile(file, ['sha256'], [sink])).rejects.toMatchObject({
        code: 'unreadable',
        message: expect.stringContaining('sink gave up'),
      })
      expect(open()).toBe(before)
    },
  )

  it('with realPath, reads a file opened at that path, and refuses one a linked folder above it leads to, unread', async () => {
    const workspace = await realpath(await mkdtemp(path.join(dir, 'ws-')))
    const outside = await mkdtemp(path.join(dir, 'outside-'))
    await mkdir(path.join(workspace, 'docs'))
    await writeFile(path.join(workspace, 'docs', 'a.ds.md'), 'inside')
    await writeFile(path.join(outside, 'a.ds.md'), 'outside')
    const realPath = path.join(workspace, 'docs', 'a.ds.md')
    const { digests } = await digestFile(realPath, ['sha256'], [], { realPath })
    expect(digests[0]).toEqual(createHash('sha256').update('inside').digest())

    await rm(path.join(workspace, 'docs'), { recursive: true })
    await symlink(outside, path.join(workspace, 'docs'))
    const seen: Buffer[] = []
    const error = await digestFile(
      realPath,
      ['sha256'],
      [{ begin: () => seen.push(Buffer.alloc(0)), update: (c) => seen.push(c) }],
      { realPath },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReadError)
    expect(error).toMatchObject({
      code: 'symlink',
      message: expect.stringContaining(path.join(await realpath(outside), 'a.ds.md')),
    })
    expect(seen).toEqual([])
  })
})
