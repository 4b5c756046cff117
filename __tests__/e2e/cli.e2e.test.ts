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
    const runnerTemp = await tempWorkspace('cli-runner-temp')
    const action = await runAction({
      workspace,
      inputs: { mode: 'verify', 'trusted-keys-file': 'keys.txt', 'fail-on': 'never' },
      env: { RUNNER_TEMP: runnerTemp },
    })
    expect(action.exitCode).toBe(0)
    const run = cli('verify', '--trusted-keys-file', 'keys.txt', '--json')
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(action.outputs.report ?? 'null'))
    // The action's report file holds the same bytes as --json prints.
    const reportFile = action.outputs['report-file'] ?? ''
    expect(path.dirname(reportFile)).toBe(runnerTemp)
    expect(readFileSync(reportFile, 'utf8')).toBe(run.stdout)
    await cleanup(runnerTemp)
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

  it('exits 2 on bad usage (no command, an unknown command or flag, a bad --fail-on), verifying nothing', () => {
    const usage = [
      { args: [], stderr: 'Usage: dossier-sign verify', stdout: /^$/ },
      { args: ['sign', 'docs'], stderr: 'unknown command "sign"', stdout: /^$/ },
      { args: ['verify', 'docs', '--trusted-key', 'x'], stderr: "'--trusted-key'", stdout: /^$/ },
      {
        args: ['verify', 'docs', '--fail-on', 'blocked'],
        stderr: '--fail-on must be one of',
        stdout: /^$/,
      },
    ]
    for (const { args, stderr, stdout } of usage) {
      const run = cli(...args)
      expect({ args, status: run.status }).toEqual({ args, status: 2 })
      expect(run.stderr).toContain(stderr)
      expect(run.stdout).toMatch(stdout)
    }
    const help = cli('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(
      /Exit status: 0 when nothing fails[^]*\n1 when[^]*; 2 on bad usage[^]*match nothing[^]*exit 0/,
    )
  })

  it('exits 2 for a trusted-keys file that does not exist', () => {
    const run = cli('verify', '--trusted-keys-file', 'nope.txt')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('trusted keys file nope.txt does not exist')
  })

  it('a glob that matches nothing passes as the action does (exit 0), noting the patterns tried', () => {
    const run = cli('verify', 'nowhere/**/*.ds.md', '--trusted-keys-file', 'keys.txt')
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('note: No files matched the `files` patterns (nowhere/**/*.ds.md)')
    expect(run.stdout).toContain('0 file(s): 0 blocked, 0 warned')
    const json = cli('verify', 'nowhere/**/*.ds.md', '--json', '--trusted-keys-file', 'keys.txt')
    expect(json.status).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual([])
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
