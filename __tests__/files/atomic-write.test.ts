import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileAtomic } from '../../src/files/atomic-write.js'

/** Every entry below `dir`, recursively, relative (symlinks are listed, not followed). */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.map(String).sort()
}

describe('writeFileAtomic', () => {
  let dir: string
  beforeEach(async () => {
    dir = await realpath(await mkdtemp(path.join(tmpdir(), 'atomic-')))
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
    await mkdir(path.join(dir, 'f.sig'))
    await expect(writeFileAtomic(path.join(dir, 'f.sig'), 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['f.sig'])
  })

  it('writes a name near the 255-byte limit: the temp name is cut short, not the write', async () => {
    const name = `${'n'.repeat(240)}é.ds.md.sig` // 253 bytes, with a two-byte character
    await writeFileAtomic(path.join(dir, name), 'sig\n')
    expect(await readdir(dir)).toEqual([name])
  })
})

describe('writeFileAtomic inside a workspace', () => {
  let root: string
  let workspace: string
  let outside: string
  beforeEach(async () => {
    root = await realpath(await mkdtemp(path.join(tmpdir(), 'atomic-ws-')))
    workspace = path.join(root, 'workspace')
    outside = path.join(root, 'outside')
    await mkdir(path.join(workspace, 'dossiers'), { recursive: true })
    await mkdir(outside)
    await writeFile(path.join(workspace, 'dossiers/a.ds.md'), 'a\n')
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const target = () => path.join(workspace, 'dossiers/a.ds.md.sig')

  it('writes the file, and leaves no temp file in the workspace', async () => {
    await writeFileAtomic(target(), 'sig\n', { within: workspace })
    expect(await readFile(target(), 'utf8')).toBe('sig\n')
    expect(await tree(workspace)).toEqual(['dossiers', 'dossiers/a.ds.md', 'dossiers/a.ds.md.sig'])
  })

  it('refuses, before writing anything, a folder that is already a symlink leading outside', async () => {
    await rm(path.join(workspace, 'dossiers'), { recursive: true })
    await symlink(outside, path.join(workspace, 'dossiers'))
    await expect(writeFileAtomic(target(), 'sig\n', { within: workspace })).rejects.toMatchObject({
      code: 'outside-workspace',
    })
    expect(await tree(outside)).toEqual([])
    expect(await tree(workspace)).toEqual(['dossiers'])
  })

  it('refuses when the folder is swapped for a symlink right before the rename: nothing lands outside, no temp file stays', async () => {
    const swap = async () => {
      await rename(path.join(workspace, 'dossiers'), path.join(workspace, 'moved'))
      await symlink(outside, path.join(workspace, 'dossiers'))
    }
    await expect(
      writeFileAtomic(target(), 'sig\n', { within: workspace, beforeRename: swap }),
    ).rejects.toMatchObject({ code: 'outside-workspace' })
    expect(await tree(outside)).toEqual([])
    expect(await tree(workspace)).toEqual(['dossiers', 'moved', 'moved/a.ds.md'])
  })

  it('refuses too when the swapped-in symlink leads elsewhere inside the workspace', async () => {
    await mkdir(path.join(workspace, 'elsewhere'))
    const swap = async () => {
      await rename(path.join(workspace, 'dossiers'), path.join(workspace, 'moved'))
      await symlink(path.join(workspace, 'elsewhere'), path.join(workspace, 'dossiers'))
    }
    await expect(
      writeFileAtomic(target(), 'sig\n', { within: workspace, beforeRename: swap }),
    ).rejects.toThrow(/changed while it was being written/)
    expect(await tree(workspace)).toEqual(['dossiers', 'elsewhere', 'moved', 'moved/a.ds.md'])
  })
})
