import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeInWorkspace } from '../../src/files/write-in-workspace.js'

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort()
}

describe('writeInWorkspace (public-key-path)', () => {
  let root: string
  let workspace: string
  let outside: string
  beforeEach(async () => {
    root = await realpath(await mkdtemp(path.join(tmpdir(), 'write-ws-')))
    workspace = path.join(root, 'workspace')
    outside = path.join(root, 'outside')
    await mkdir(workspace)
    await mkdir(outside)
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const write = (rel: string) =>
    writeInWorkspace(workspace, path.join(workspace, rel), 'PEM\n', 'public-key-path')

  it('creates the missing folders inside the workspace and writes the file', async () => {
    await write('keys/2026/key.pem')
    expect(await readFile(path.join(workspace, 'keys/2026/key.pem'), 'utf8')).toBe('PEM\n')
    expect(await tree(workspace)).toEqual(['keys', 'keys/2026', 'keys/2026/key.pem'])
  })

  it('creates nothing outside through a symlinked folder, however deep the missing folders go', async () => {
    await symlink(outside, path.join(workspace, 'keys'))
    await expect(write('keys/sub/deeper/key.pem')).rejects.toMatchObject({
      code: 'outside-workspace',
      message: expect.stringContaining(
        '`public-key-path` keys/sub/deeper/key.pem resolves outside the workspace',
      ),
    })
    expect(await tree(outside)).toEqual([])
  })

  it('refuses a symlink that leads nowhere, creating nothing', async () => {
    await symlink(path.join(outside, 'missing'), path.join(workspace, 'keys'))
    await expect(write('keys/sub/key.pem')).rejects.toMatchObject({ code: 'outside-workspace' })
    expect(await tree(outside)).toEqual([])
    expect(await tree(workspace)).toEqual(['keys'])
  })

  it('follows a symlinked folder that stays inside the workspace', async () => {
    await mkdir(path.join(workspace, 'real'))
    await symlink(path.join(workspace, 'real'), path.join(workspace, 'keys'))
    await write('keys/sub/key.pem')
    expect(await readFile(path.join(workspace, 'real/sub/key.pem'), 'utf8')).toBe('PEM\n')
  })
})
