import { SIGNATURE_SUFFIXES } from '../../src/formats/registry.js'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { findWorkspaceFiles } from '../../src/files/workspace-files.js'

describe('findWorkspaceFiles', () => {
  let root: string
  let workspace: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'ws-files-'))
    workspace = path.join(root, 'ws')
    await mkdir(path.join(workspace, 'docs/deep'), { recursive: true })
    await mkdir(path.join(workspace, '.git'), { recursive: true })
    await mkdir(path.join(workspace, 'node_modules/pkg'), { recursive: true })
    await mkdir(path.join(workspace, 'dir.ds.md'))
    await writeFile(path.join(root, 'secret.ds.md'), 'outside')
    for (const f of [
      'a.ds.md',
      'docs/b.ds.md',
      'docs/deep/c.ds.md',
      'docs/notes.md',
      'a.ds.md.sig',
    ]) {
      await writeFile(path.join(workspace, f), f)
    }
    await writeFile(path.join(workspace, '.git/d.ds.md'), 'x')
    await writeFile(path.join(workspace, 'node_modules/pkg/e.ds.md'), 'x')
    await symlink(path.join(root, 'secret.ds.md'), path.join(workspace, 'escape.ds.md'))
    await symlink(root, path.join(workspace, 'linked-dir'))
    execFileSync('mkfifo', [path.join(workspace, 'pipe.ds.md')])
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('matches regular files only, never through symlinks, .git or node_modules', async () => {
    const found = await findWorkspaceFiles(
      workspace,
      parseFilePatterns('**/*.ds.md'),
      SIGNATURE_SUFFIXES,
    )
    expect(found.files).toEqual(['a.ds.md', 'docs/b.ds.md', 'docs/deep/c.ds.md'])
    expect(found.refused.map((r) => [r.file, r.code, r.severity])).toEqual([
      ['dir.ds.md', 'directory', 'warning'],
      ['escape.ds.md', 'symlink', 'error'],
      // A folder that became a link is not walked, and said so: its files never vanish silently.
      ['linked-dir', 'symlinked-folder', 'warning'],
      ['pipe.ds.md', 'not-regular-file', 'error'],
    ])
  })

  it('names a linked folder only where a pattern could match inside it', async () => {
    const found = await findWorkspaceFiles(
      workspace,
      parseFilePatterns('docs/**/*.ds.md'),
      SIGNATURE_SUFFIXES,
    )
    expect(found.refused.map((r) => r.file)).not.toContain('linked-dir')
  })

  it('applies ! excludes and never lists signature files', async () => {
    const found = await findWorkspaceFiles(
      workspace,
      parseFilePatterns('**/*\n!docs/deep/**\n!*.ds.md'),
      SIGNATURE_SUFFIXES,
    )
    expect(found.files).toEqual(['docs/b.ds.md', 'docs/notes.md'])
    // A link matched by a broad glob is refused even when it points at a folder.
    expect(found.refused.map((r) => [r.file, r.code])).toEqual([['linked-dir', 'symlink']])
  })

  it('does not flag folders matched by a folder glob', async () => {
    const found = await findWorkspaceFiles(
      workspace,
      parseFilePatterns('docs/**'),
      SIGNATURE_SUFFIXES,
    )
    expect(found.files).toEqual(['docs/b.ds.md', 'docs/deep/c.ds.md', 'docs/notes.md'])
    expect(found.refused).toEqual([])
  })
})

describe('findWorkspaceFiles on a folder it cannot read', () => {
  it('refuses that folder by name and still lists the rest', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ws-deep-'))
    try {
      await writeFile(path.join(root, 'ok.ds.md'), 'x')
      // A path past PATH_MAX (4096 bytes) cannot be read, even by root; it can only be
      // built one relative step at a time.
      const segment = 'd'.repeat(200)
      const steps = `process.chdir(process.argv[1]); for (let i = 0; i < 25; i++) { fs.mkdirSync('${segment}'); process.chdir('${segment}') }`
      execFileSync(process.execPath, ['-e', `const fs = require('fs'); ${steps}`, root])
      const found = await findWorkspaceFiles(
        root,
        parseFilePatterns('**/*.ds.md'),
        SIGNATURE_SUFFIXES,
      )
      expect(found.files).toEqual(['ok.ds.md'])
      expect(found.refused).toHaveLength(1)
      expect(found.refused[0]).toMatchObject({ code: 'unreadable-folder', severity: 'error' })
      expect(found.refused[0]?.message).toContain('ENAMETOOLONG')
    } finally {
      execFileSync('rm', ['-rf', root])
    }
  })
})
