import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileNoFollow } from '../../src/files/read-regular-file.js'

const dir = mkdtempSync(path.join(tmpdir(), 'read-regular-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** NAME_MAX of Linux and macOS file systems: the longest name a file can have, in bytes. */
const NAME_MAX = 255

describe('readFileNoFollow', () => {
  it('resolves undefined for a name longer than any file can have (ENAMETOOLONG)', async () => {
    await expect(readFileNoFollow(path.join(dir, 'a'.repeat(NAME_MAX + 1)), 100)).resolves.toBe(
      undefined,
    )
    await expect(readFileNoFollow(path.join(dir, `${'é'.repeat(128)}.sig`), 100)).resolves.toBe(
      undefined,
    )
  })

  it('refuses a file stat already shows over the limit without reading it', async () => {
    const file = path.join(dir, 'sparse')
    writeFileSync(file, '')
    truncateSync(file, 1 << 30) // a sparse GiB: nothing written
    const noBuffer = (): Buffer => {
      throw new Error('a buffer was asked for')
    }
    await expect(readFileNoFollow(file, 100, { bufferFor: noBuffer })).rejects.toMatchObject({
      code: 'file-too-large',
      message: 'is larger than 100 bytes',
    })
  })

  it('still reads a file whose name is as long as a name can be', async () => {
    const file = path.join(dir, 'b'.repeat(NAME_MAX))
    writeFileSync(file, 'longest')
    expect((await readFileNoFollow(file, 100))?.toString()).toBe('longest')
  })

  it('resolves undefined for a missing file and for a path through a file', async () => {
    writeFileSync(path.join(dir, 'plain'), 'x')
    await expect(readFileNoFollow(path.join(dir, 'absent'), 100)).resolves.toBe(undefined)
    await expect(readFileNoFollow(path.join(dir, 'plain', 'inner'), 100)).resolves.toBe(undefined)
  })

  it('with realPath, refuses a file a linked folder above it leads to, before asking for a buffer', async () => {
    const workspace = realpathSync(mkdtempSync(path.join(dir, 'ws-')))
    const elsewhere = mkdtempSync(path.join(dir, 'elsewhere-'))
    mkdirSync(path.join(workspace, 'docs'))
    writeFileSync(path.join(workspace, 'docs', 'a.ds.md'), 'walked')
    writeFileSync(path.join(elsewhere, 'a.ds.md'), 'elsewhere')
    const realPath = path.join(workspace, 'docs', 'a.ds.md')
    expect((await readFileNoFollow(realPath, 100, { realPath }))?.toString()).toBe('walked')
    rmSync(path.join(workspace, 'docs'), { recursive: true })
    symlinkSync(elsewhere, path.join(workspace, 'docs'))
    const noBuffer = (): Buffer => {
      throw new Error('a buffer was asked for')
    }
    await expect(
      readFileNoFollow(realPath, 100, { bufferFor: noBuffer, realPath }),
    ).rejects.toMatchObject({
      code: 'symlink',
      message: expect.stringContaining('symbolic link'),
    })
  })
})
