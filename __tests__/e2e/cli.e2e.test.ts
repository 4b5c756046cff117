// One verify, two front doors: the CLI (dist/cli/index.js) is the pull-request check run
// locally, so it must give the action's report byte for byte and the documented exit codes.
import { spawnSync } from 'node:child_process'
import { sign } from 'node:crypto'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runAction } from '../../harness/local-runner.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { makeKey, signedDossier } from '../embedded/signed-dossier.js'
import { assertDistIsFresh, cleanup, tempWorkspace } from './e2e-fixture.js'

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js')
const key = makeKey('p256')
let workspace: string

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8' })

beforeAll(async () => {
  assertDistIsFresh()
  workspace = await tempWorkspace('cli')
  const put = (rel: string, bytes: Buffer | string) => {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true })
    writeFileSync(path.join(workspace, rel), bytes)
  }
  put('keys.txt', `${key.spkiBase64} team\n`)
  put('docs/v2.ds.md', signedDossier({ layout: 'legacy-json', scheme: 'v2', key }))
  put('docs/v1.ds.md', signedDossier({ layout: 'legacy-json', scheme: 'v1', key }))
  const plain = Buffer.from('---dossier\n{"title":"t"}\n---\nbody\n')
  put('docs/sub/detached.ds.md', plain)
  put('docs/sub/detached.ds.md.sig', formatSigFile(sign('sha256', plain, key.privateKey)))
  put('other/unsigned.ds.md', '---dossier\n{"title":"u"}\n---\nbody\n')
  put('other/note.txt', 'not a dossier')
  symlinkSync('../docs/v2.ds.md', path.join(workspace, 'other/link.ds.md'))
})
afterAll(() => cleanup(workspace))

describe('dossier-sign verify (the CLI)', () => {
  it('--version prints package.json version', () => {
    const run = cli('--version')
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(pkg.version)
  })

  it('--json is exactly the action report on the same workspace, refused paths included', async () => {
    const action = await runAction({
      workspace,
      inputs: { mode: 'verify', 'trusted-keys-file': 'keys.txt', 'fail-on': 'never' },
    })
    expect(action.exitCode).toBe(0)
    const run = cli('verify', '--trusted-keys-file', 'keys.txt', '--json')
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(action.outputs.report ?? 'null'))
    const files = (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file)
    expect(files).toContain('other/link.ds.md')
  })

  it('exits 0 when nothing is BLOCKed (WARN only), 1 on BLOCK', () => {
    expect(cli('verify', 'docs', '--trusted-keys-file', 'keys.txt').status).toBe(0)
    writeFileSync(path.join(workspace, 'docs/sub/detached.ds.md'), 'changed\n')
    try {
      const run = cli('verify', 'docs', '--trusted-keys-file', 'keys.txt')
      expect(run.status).toBe(1)
      expect(run.stdout).toContain('BLOCK  docs/sub/detached.ds.md')
    } finally {
      writeFileSync(
        path.join(workspace, 'docs/sub/detached.ds.md'),
        '---dossier\n{"title":"t"}\n---\nbody\n',
      )
    }
  })

  it('walks a folder argument with the files globs, and only that folder', () => {
    const run = cli('verify', 'docs', '--trusted-keys-file', 'keys.txt', '--json')
    const files = (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file)
    expect(files).toEqual(['docs/sub/detached.ds.md', 'docs/v1.ds.md', 'docs/v2.ds.md'])
    const md = cli(
      'verify',
      'other',
      '--files',
      '*.txt',
      '--trusted-keys-file',
      'keys.txt',
      '--json',
    )
    const mdFiles = (JSON.parse(md.stdout) as Array<{ file: string }>).map((r) => r.file)
    expect(mdFiles).toEqual(['other/note.txt'])
  })

  it('exits 2 for a named file that does not exist, verifying nothing', () => {
    const run = cli('verify', 'docs/missing.ds.md', '--trusted-keys-file', 'keys.txt')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('docs/missing.ds.md does not exist')
    expect(run.stdout).toBe('')
  })

  it('exits 2 for a trusted-keys file that does not exist', () => {
    const run = cli('verify', '--trusted-keys-file', 'nope.txt')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('trusted keys file nope.txt does not exist')
  })

  it('a glob that matches nothing fails as the action does (exit 1), printing the patterns tried', () => {
    const run = cli('verify', 'nowhere/**/*.ds.md', '--trusted-keys-file', 'keys.txt')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('No files matched the `files` patterns (nowhere/**/*.ds.md)')
  })

  it('says so when no trusted keys were given', () => {
    const run = cli('verify', 'docs')
    expect(run.stderr).toContain('no trusted keys were given')
    expect(run.stdout).toContain('signature=signed_unknown')
  })

  it('shows coverage: a v1 signature WARNs with its fix, a v2 one is ALLOW', () => {
    const run = cli('verify', 'docs', '--trusted-keys-file', 'keys.txt')
    expect(run.stdout).toContain(
      'ALLOW  docs/v2.ds.md  checksum=valid signature=verified covers=frontmatter+body',
    )
    expect(run.stdout).toContain(
      'WARN   docs/v1.ds.md  checksum=valid signature=verified covers=body',
    )
    expect(run.stdout).toMatch(/frontmatter .* is not signed/)
  })
})
