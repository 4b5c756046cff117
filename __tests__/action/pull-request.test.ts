// The pull request's facts: which paths to check, and files as the base commit has them,
// read with git when the base commit is in the checkout (no API call at all).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { changedFilesOf, openPullRequest } from '../../src/action/pull-request.js'

describe('changedFilesOf', () => {
  it('checks added, modified and renamed paths, and the file behind every changed signature', () => {
    const changed = changedFilesOf([
      { filename: 'a.ds.md', status: 'added' },
      { filename: 'b.ds.md', status: 'modified' },
      { filename: 'gone.ds.md', status: 'removed' },
      { filename: 'c.ds.md.sig', status: 'removed' },
      {
        filename: 'moved/d.ds.md.minisig',
        status: 'renamed',
        previous_filename: 'd.ds.md.minisig',
      },
      { filename: 'e.ds.md.sigstore.json', status: 'modified' },
    ])
    expect([...changed.paths].sort()).toEqual([
      'a.ds.md',
      'b.ds.md',
      'c.ds.md',
      'd.ds.md',
      'e.ds.md',
      'e.ds.md.sigstore.json',
      'moved/d.ds.md',
      'moved/d.ds.md.minisig',
    ])
    expect(changed.present).toEqual([
      'a.ds.md',
      'b.ds.md',
      'moved/d.ds.md.minisig',
      'e.ds.md.sigstore.json',
    ])
    expect(changed.truncated).toBe(false)
  })

  it('calls a list of 3,000 (the API limit) truncated', () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}`, status: 'added' }))
    expect(changedFilesOf(files).truncated).toBe(true)
  })
})

describe('openPullRequest: base files through git', () => {
  let repo: string
  let eventPath: string
  let baseSha: string
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim()

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'dossier-pr-git-'))
    git('init', '-q')
    git('config', 'user.email', 'test@example.com')
    git('config', 'user.name', 'test')
    writeFileSync(path.join(repo, 'keys.txt'), 'base keys\n')
    symlinkSync('keys.txt', path.join(repo, 'link.txt'))
    git('add', '.')
    git('commit', '-qm', 'base')
    baseSha = git('rev-parse', 'HEAD')
    writeFileSync(path.join(repo, 'keys.txt'), 'pull request keys\n')
    git('commit', '-qam', 'head')
    eventPath = `${repo}-event.json`
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 5, base: { sha: baseSha } } }),
    )
  })
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true })
    rmSync(eventPath, { force: true })
  })

  const open = () =>
    openPullRequest(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'o/r',
        // Nothing listens here: a test that reached the API would fail.
        GITHUB_API_URL: 'http://127.0.0.1:9',
      },
      'token',
      repo,
    )

  it('reads the base version, not the checkout', async () => {
    const pr = await open()
    expect(pr?.baseSha).toBe(baseSha)
    expect((await pr?.baseFile('keys.txt'))?.toString()).toBe('base keys\n')
  })

  it('a path missing at the base, or a link there, is no file', async () => {
    const pr = await open()
    expect(await pr?.baseFile('missing.txt')).toBeUndefined()
    expect(await pr?.baseFile('link.txt')).toBeUndefined()
  })

  it('is undefined outside pull requests, and refuses an event without a base commit', async () => {
    expect(await openPullRequest({ GITHUB_EVENT_NAME: 'push' }, 't', repo)).toBeUndefined()
    writeFileSync(`${eventPath}.bad`, JSON.stringify({ pull_request: { number: 5 } }))
    await expect(
      openPullRequest(
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: `${eventPath}.bad`,
          GITHUB_REPOSITORY: 'o/r',
        },
        't',
        repo,
      ),
    ).rejects.toMatchObject({ code: 'no-pull-request' })
    rmSync(`${eventPath}.bad`)
  })
})
