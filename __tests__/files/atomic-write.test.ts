import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileAtomic } from '../../src/files/atomic-write.js'

describe('writeFileAtomic', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atomic-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('replaces the content and leaves no temp file', async () => {
    const target = path.join(dir, 'f.sig')
    await writeFile(target, 'old\n')
    await writeFileAtomic(target, 'new\n')
    expect(await readFile(target, 'utf8')).toBe('new\n')
    expect(await readdir(dir)).toEqual(['f.sig'])
  })

  it('replaces a symlink itself and never writes through it', async () => {
    const victim = path.join(dir, 'victim')
    await writeFile(victim, 'keep')
    await symlink(victim, path.join(dir, 'f.sig'))
    await writeFileAtomic(path.join(dir, 'f.sig'), 'sig\n')
    expect(await readFile(victim, 'utf8')).toBe('keep')
  })

  it('fails without leaving a temp file when the target is a directory', async () => {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(path.join(dir, 'f.sig'))
    await expect(writeFileAtomic(path.join(dir, 'f.sig'), 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['f.sig'])
  })
})
