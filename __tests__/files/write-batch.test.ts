import { mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileAtomic } from '../../src/files/atomic-write.js'
import { WriteBatch } from '../../src/files/write-batch.js'

describe('atomic writes in one batch', () => {
  let root: string
  let workspace: string
  let outside: string
  beforeEach(async () => {
    root = await realpath(await mkdtemp(path.join(tmpdir(), 'batch-')))
    workspace = path.join(root, 'ws')
    outside = path.join(root, 'outside')
    await mkdir(path.join(workspace, 'docs'), { recursive: true })
    await mkdir(outside)
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('writes every file whole, and syncs the folders written to', async () => {
    const batch = new WriteBatch()
    for (const name of ['a.sig', 'b.sig']) {
      await writeFileAtomic(path.join(workspace, 'docs', name), `${name}\n`, {
        within: workspace,
        batch,
      })
    }
    await writeFileAtomic(path.join(workspace, 'top.sig'), 'top\n', { within: workspace, batch })
    await batch.sync()
    expect(await readFile(path.join(workspace, 'docs', 'b.sig'), 'utf8')).toBe('b.sig\n')
    expect((await readdir(workspace, { recursive: true })).map(String).sort()).toEqual([
      'docs',
      'docs/a.sig',
      'docs/b.sig',
      'top.sig',
    ])
  })

  it('still refuses a folder swapped for a symlink after it was checked once', async () => {
    const batch = new WriteBatch()
    const docs = path.join(workspace, 'docs')
    await writeFileAtomic(path.join(docs, 'a.sig'), 'a\n', { within: workspace, batch })
    // Between two files of the run, the folder becomes a link that leads out.
    await rename(docs, path.join(root, 'moved'))
    await symlink(outside, docs)
    await expect(
      writeFileAtomic(path.join(docs, 'b.sig'), 'b\n', { within: workspace, batch }),
    ).rejects.toMatchObject({ code: 'outside-workspace' })
    expect(await readdir(outside)).toEqual([])
    expect((await readdir(workspace)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
