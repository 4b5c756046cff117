// Verify mode with provenance bundles (issue 10), run from dist/ as users run it: the
// bundles are written by the test's own writer with real keys, the action and the CLI
// judge them, and a pull request sees a file changed after attestation as `stale`.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runAction, type ActionRun } from '../../harness/local-runner.js'
import { formatMinisignPublicKey } from '../../src/keys/minisign-key.js'
import { makeKey } from '../embedded/signed-dossier.js'
import {
  provenanceBundle,
  REPORTED_RUN,
  RUN,
  type BundleOptions,
} from '../verify-files/provenance-bundles.js'
import {
  assertDistIsFresh,
  cleanup,
  dossierText,
  failure,
  startDefaultStack,
  tempWorkspace,
  type DefaultStack,
} from './e2e-fixture.js'
import { verdicts } from './verify-fixture.js'

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js')
const BUNDLE = '.dossier/provenance.json'
const official = makeKey('p256')
const scratch: string[] = []

interface ProvenanceEntry {
  file: string
  authenticity: string
  recommendation: string
  code?: string
  message: string
  coverage?: string
  provenance?: Record<string, string>
  signatures: Array<{ kind: string; status: string; code?: string }>
}

beforeAll(assertDistIsFresh)
afterAll(() => cleanup(...scratch))

async function workspaceWith(files: Record<string, Buffer | string>): Promise<string> {
  const workspace = await tempWorkspace('provenance')
  scratch.push(workspace)
  put(workspace, 'trusted-keys.txt', `${official.spkiBase64} official\n`)
  for (const [name, bytes] of Object.entries(files)) put(workspace, name, bytes)
  return workspace
}

function put(workspace: string, name: string, bytes: Buffer | string): void {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
  writeFileSync(path.join(workspace, name), bytes)
}

/** Dossiers `count` of them, and one bundle by the official key listing them all. */
async function attested(count: number, options: Partial<BundleOptions> = {}): Promise<string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++)
    files[`dossiers/d${String(i).padStart(4, '0')}.ds.md`] = dossierText(i)
  return workspaceWith({
    ...files,
    [BUNDLE]: provenanceBundle({ key: official, files, ...options }),
  })
}

function verify(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: {
      mode: 'verify',
      'trusted-keys-file': 'trusted-keys.txt',
      'provenance-files': BUNDLE,
      ...inputs,
    },
  })
}

const entries = (run: ActionRun): ProvenanceEntry[] =>
  JSON.parse(run.outputs.report ?? '[]') as ProvenanceEntry[]

describe('files verified through one provenance bundle', () => {
  it('one file: ALLOW, coverage file, the run in the report and a Provenance column', async () => {
    const run = await verify(await attested(1))
    expect(run.exitCode).toBe(0)
    const [entry] = entries(run)
    expect(entry).toMatchObject({
      file: 'dossiers/d0000.ds.md',
      authenticity: 'verified',
      recommendation: 'ALLOW',
      coverage: 'file',
      provenance: REPORTED_RUN,
      signatures: [{ kind: 'provenance', status: 'verified' }],
    })
    expect(run.outputs['verified-count']).toBe('1')
    expect(run.summary).toMatch(/\| Trusted key \| Provenance \| Why \|/)
    expect(run.summary).toContain(`\`${RUN.jobWorkflowRef}\` at \`${RUN.commit.slice(0, 12)}\``)
  })

  it('1,000 files through one bundle: every one ALLOW', async () => {
    const workspace = await attested(1000)
    // 1,000 entries with their provenance are over the `report` output's budget: read the file.
    const run = await verify(workspace, { 'report-path': 'verify-report.json' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['verified-count']).toBe('1000')
    expect(run.outputs['blocked-count']).toBe('0')
    const report = JSON.parse(
      readFileSync(path.join(workspace, 'verify-report.json'), 'utf8'),
    ) as ProvenanceEntry[]
    expect(report).toHaveLength(1000)
    expect(report.every((e) => e.recommendation === 'ALLOW' && e.provenance)).toBe(true)
  })

  it('with every expected-* set to what the run was: ALLOW', async () => {
    const run = await verify(await attested(2), {
      'expected-repository': RUN.repository,
      'expected-workflow': `${RUN.repository}/.github/workflows/*.yml@refs/heads/*`,
      'expected-ref': 'refs/heads/main',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['verified-count']).toBe('2')
  })
})

describe('what blocks', () => {
  it.each<[string, Partial<BundleOptions>, Record<string, string>, string, string]>([
    [
      'a tampered statement',
      { tamper: (text) => text.replace(RUN.commit, 'f'.repeat(40)) },
      {},
      'provenance-signature-mismatch',
      'statement changed after signing',
    ],
    [
      'a wrong predicate type',
      { predicateType: 'https://example.com/not-slsa' },
      {},
      'provenance-predicate-type',
      '"https://example.com/not-slsa"',
    ],
    [
      'another repository',
      {},
      { 'expected-repository': 'someone/else' },
      'provenance-repository-mismatch',
      '`expected-repository` is "someone/else" and its provenance names "imboard-ai/dossiers" repository',
    ],
    [
      'another workflow',
      {},
      { 'expected-workflow': '.github/workflows/release.yml' },
      'provenance-workflow-mismatch',
      '`expected-workflow` is ".github/workflows/release.yml" and its provenance names ".github/workflows/sign.yml" workflow',
    ],
    [
      'another ref',
      { run: { ref: 'refs/heads/feature' } },
      { 'expected-ref': 'refs/heads/main' },
      'provenance-ref-mismatch',
      '`expected-ref` is "refs/heads/main" and its provenance names "refs/heads/feature" ref',
    ],
  ])('%s: invalid, BLOCK, saying why', async (_, bundle, inputs, code, words) => {
    const run = await verify(await attested(1, bundle), inputs)
    expect(run.exitCode).toBe(1)
    const [entry] = entries(run)
    expect(entry).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK', code })
    expect(entry?.message).toContain(words)
    expect(entry?.provenance).toBeUndefined()
  })

  it('a file changed after attestation: invalid, BLOCK', async () => {
    const workspace = await attested(1)
    put(workspace, 'dossiers/d0000.ds.md', dossierText(7))
    const run = await verify(workspace)
    expect(entries(run)[0]).toMatchObject({
      authenticity: 'invalid',
      code: 'provenance-digest-mismatch',
    })
  })

  it('a key trusted only for minisign is refused for provenance (the same Ed25519 key as SPKI is not)', async () => {
    const ed = makeKey('ed25519')
    const raw = Buffer.from(ed.spkiBase64, 'base64').subarray(-32)
    const rw = formatMinisignPublicKey({ keyId: randomBytes(8), publicKey: raw }).split('\n')[1]
    const workspace = await attested(1, { key: ed })
    const asMinisign = await verify(workspace, {
      'trusted-keys-file': '',
      'trusted-keys': `${rw} ed-minisign`,
    })
    expect(entries(asMinisign)[0]).toMatchObject({
      authenticity: 'invalid',
      code: 'provenance-no-fitting-key',
    })
    expect(entries(asMinisign)[0]?.message).toContain('listed as a minisign key')
    const asSpki = await verify(workspace, {
      'trusted-keys-file': '',
      'trusted-keys': `${ed.spkiBase64} ed-spki`,
    })
    expect(entries(asSpki)[0]).toMatchObject({ authenticity: 'verified', recommendation: 'ALLOW' })
  })

  it('a symlinked bundle is refused, never followed', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'dossier-provenance-outside-'))
    scratch.push(outside)
    const files = { 'a.ds.md': dossierText(1) }
    writeFileSync(path.join(outside, 'p.json'), provenanceBundle({ key: official, files }))
    const workspace = await workspaceWith(files)
    mkdirSync(path.join(workspace, '.dossier'))
    symlinkSync(path.join(outside, 'p.json'), path.join(workspace, BUNDLE))
    const run = await verify(workspace, { files: '*.ds.md' })
    expect(verdicts(run.outputs.report)).toEqual({
      [BUNDLE]: ['missing', 'error', 'BLOCK'],
      'a.ds.md': ['missing', 'unsigned', 'WARN'],
    })
    expect(entries(run).find((e) => e.file === BUNDLE)?.code).toBe('symlink')
  })

  it('hostile bundles (huge, deep, not base64) are coded rows, never a crash', async () => {
    const files = { 'a.ds.md': dossierText(1) }
    const valid = JSON.parse(provenanceBundle({ key: official, files })) as {
      dsseEnvelope: { payload: string }
    }
    valid.dsseEnvelope.payload = 'not base64!'
    const workspace = await workspaceWith({
      ...files,
      '.dossier/huge.json': Buffer.alloc(17 * 1024 * 1024, 0x20),
      '.dossier/deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      '.dossier/b64.json': JSON.stringify(valid),
    })
    const run = await verify(workspace, { 'provenance-files': '.dossier/*.json', files: '*.ds.md' })
    expect(run.exitCode).toBe(1)
    const codes = Object.fromEntries(entries(run).map((e) => [e.file, e.code]))
    expect(codes).toEqual({
      '.dossier/b64.json': 'provenance-not-base64',
      '.dossier/deep.json': 'provenance-too-deep',
      '.dossier/huge.json': 'file-too-large',
      'a.ds.md': 'unsigned',
    })
  })
})

describe('inputs', () => {
  it('a provenance-files pattern outside the workspace fails the step, naming the input', async () => {
    const run = await verify(await attested(1), { 'provenance-files': '../elsewhere/*.json' })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('`provenance-files`')
    expect(failure(run)).toContain('outside the workspace')
  })

  it('expected-* without provenance-files fails the step instead of checking nothing', async () => {
    const run = await verify(await attested(1), {
      'provenance-files': '',
      'expected-ref': 'refs/heads/main',
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('`expected-ref` apply to provenance bundles')
  })
})

describe('the CLI runs the same check', () => {
  const cli = (workspace: string, ...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: workspace, encoding: 'utf8' })
  const cliWithBundle = (workspace: string, ...args: string[]) =>
    cli(
      workspace,
      'verify',
      '--trusted-keys-file',
      'trusted-keys.txt',
      '--provenance-files',
      BUNDLE,
      ...args,
    )

  it('--json with --provenance-files and --expected-* is the action report byte for byte', async () => {
    const workspace = await attested(3, { run: { ref: 'refs/heads/feature' } })
    put(workspace, 'dossiers/d0001.ds.md', dossierText(9))
    const inputs = { 'expected-repository': RUN.repository, 'fail-on': 'never' }
    const action = await verify(workspace, inputs)
    const run = cliWithBundle(workspace, '--expected-repository', RUN.repository, '--json')
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(action.outputs.report ?? 'null'))
    expect(verdicts(run.stdout)['dossiers/d0001.ds.md']?.[1]).toBe('invalid')
    const refRun = cliWithBundle(workspace, '--expected-ref', 'refs/heads/main')
    expect(refRun.status).toBe(1)
    expect(refRun.stdout).toContain('provenance names "refs/heads/feature" ref')
  })

  it('usage errors exit 2: expected-* alone, a bundle glob outside the workspace', async () => {
    const workspace = await attested(1)
    const alone = cli(workspace, 'verify', '--expected-ref', 'refs/heads/main')
    expect(alone.status).toBe(2)
    expect(alone.stderr).toContain('give --provenance-files too')
    const outside = cli(workspace, 'verify', '--provenance-files', '../x.json')
    expect(outside.status).toBe(2)
    expect(outside.stderr).toContain('outside the workspace')
  })
})

describe('a pull request that edits attested files (the stack serves the base commit)', () => {
  const REPO = 'imboard-ai/dossiers'
  const BASE_SHA = 'a'.repeat(40)
  const PR = 23
  let ctx: DefaultStack

  beforeAll(async () => {
    ctx = await startDefaultStack()
  })
  afterAll(async () => {
    await ctx?.stack.stop()
  })

  it('an attested file changed in the pull request is stale (WARN); one matching neither version stays invalid', async () => {
    // The base commit: a and b as attested; c as it is, but the bundle attests another c.
    const files = {
      'a.ds.md': dossierText(1),
      'b.ds.md': dossierText(2),
    }
    const bundle = provenanceBundle({
      key: official,
      files: { ...files, 'c.ds.md': dossierText(30) },
    })
    const base = { ...files, 'c.ds.md': dossierText(3), [BUNDLE]: bundle }
    const workspace = await workspaceWith(base)
    for (const [name, bytes] of Object.entries({
      ...base,
      'trusted-keys.txt': `${official.spkiBase64} official\n`,
    })) {
      ctx.stack.github.setFileContent(REPO, BASE_SHA, name, Buffer.from(bytes))
    }
    // The pull request edits a and c; b is untouched.
    put(workspace, 'a.ds.md', dossierText(11))
    put(workspace, 'c.ds.md', dossierText(33))
    ctx.stack.github.setPullRequestFiles(REPO, PR, [
      { filename: 'a.ds.md', status: 'modified' },
      { filename: 'c.ds.md', status: 'modified' },
    ])
    const eventPath = `${workspace}-event.json`
    scratch.push(eventPath)
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        pull_request: { number: PR, base: { sha: BASE_SHA, ref: 'main' } },
      }),
    )
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'verify',
        'trusted-keys-file': 'trusted-keys.txt',
        'provenance-files': BUNDLE,
        'github-token': ctx.stack.github.token,
      },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: ctx.stack.urls.github,
        GITHUB_REPOSITORY: REPO,
      },
    })
    expect(verdicts(run.outputs.report)).toEqual({
      'a.ds.md': ['missing', 'stale', 'WARN'],
      'c.ds.md': ['missing', 'invalid', 'BLOCK'],
    })
    const a = entries(run).find((e) => e.file === 'a.ds.md')
    expect(a).toMatchObject({ code: 'stale-signature', coverage: 'file' })
    expect(a?.message).toContain(
      'changed since it was signed; the signing workflow re-signs it after merge',
    )
    expect(run.outputs['stale-count']).toBe('1')
    expect(run.exitCode).toBe(1)
  })
})
