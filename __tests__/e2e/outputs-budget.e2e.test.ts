// Bounded outputs at scale, and the report file that holds what they cannot: the bundled
// action signs (dry run, on the local stack) and verifies 10,000 files, and its step
// summary and outputs stay under GitHub's limits (1 MiB per summary, 1 MB of outputs per
// job) while the report file lists every file. The signatures verify mode checks are made
// here with a real P-256 key: 10,000 real KMS signatures through the stack take 65-110 s on
// a shared 2-core runner, and real signing at scale is sign.e2e's subject, not this one's.
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { mapBounded } from '../../src/bounded-pool.js'
import { linksOf, markupProblems, tablesOf } from '../action/markdown-reader.js'
import {
  assertDistIsFresh,
  cleanup,
  failure,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

const FILES = 10_000
const MIB = 1024 * 1024
/** GitHub's limit on all of a job's outputs together. */
const JOB_OUTPUTS_LIMIT = 1_000_000
const PUSH_SHA = 'd'.repeat(40)
const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const spki = key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
const HEAD_SHA = 'e'.repeat(40)

/** What the runner stores for a step's outputs: each name and value. */
const outputBytes = (run: ActionRun): number =>
  Object.entries(run.outputs).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
    0,
  )

const notices = (run: ActionRun, title: string): string[] =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`::notice title=${title.replace(/:/g, '%3A')}::`))

describe(`${FILES} files: bounded summary and outputs, a complete report file`, () => {
  let ctx: DefaultStack
  let workspace: string
  let runnerTemp: string
  let files: string[]
  let signed: ActionRun

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('budget')
    runnerTemp = await tempWorkspace('budget-runner-temp')
    files = await writeDossiers(workspace, FILES)
    signed = await runSign(ctx, workspace, {
      inputs: { 'max-files': String(FILES), 'dry-run': 'true' },
      env: { RUNNER_TEMP: runnerTemp, GITHUB_SHA: PUSH_SHA },
    })
    console.log(`sign (dry run): ${FILES} files in ${(signed.durationMs / 1000).toFixed(1)} s`)
    await mapBounded(files, 16, async (file) => {
      const bytes = await readFile(path.join(workspace, file))
      await writeFile(
        path.join(workspace, `${file}.sig`),
        formatSigFile(sign('sha256', bytes, key.privateKey)),
      )
    })
  }, 600_000)
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(...[workspace, runnerTemp].filter(Boolean))
  })

  it('sign: summary < 1 MiB and outputs < 1 MB, the signatures output truncated with a notice', async () => {
    expect(signed.exitCode).toBe(0)
    expect(signed.summary.split('\n')[0]).toBe(
      `## dossier-sign dry run (nothing was signed): ${FILES} would sign, 0 already held, 0 failed`,
    )
    expect(Buffer.byteLength(signed.summary)).toBeLessThan(MIB)
    expect(outputBytes(signed)).toBeLessThan(JOB_OUTPUTS_LIMIT)
    console.log(
      `sign: summary ${Buffer.byteLength(signed.summary)} bytes, outputs ${outputBytes(signed)} bytes`,
    )

    const reportFile = signed.outputs['report-file'] ?? ''
    expect(path.dirname(reportFile)).toBe(runnerTemp)
    expect(JSON.parse(signed.outputs.signatures ?? '')).toEqual({
      truncated: true,
      entries: FILES,
      bytes: expect.any(Number),
      budgetBytes: 256 * 1024,
      reportFile,
    })
    expect(notices(signed, 'dossier-sign: signatures output truncated')).toHaveLength(1)

    const { signatures: report } = JSON.parse(await readFile(reportFile, 'utf8')) as {
      signatures: Array<{ file: string; sha256: string; status: string }>
    }
    expect(report.map((r) => r.file).sort()).toEqual(files)
    expect(report.every((r) => r.status === 'would-sign' && /^[0-9a-f]{64}$/.test(r.sha256))).toBe(
      true,
    )

    const rows = tablesOf(signed.summary)[0]?.rows ?? []
    expect(signed.summary).toContain(`${FILES - rows.length} more file(s) are not listed here`)
    expect(signed.summary).toContain(reportFile)
    expect(markupProblems(signed.summary)).toEqual([])
    expect(linksOf(signed.summary)[0]?.destination).toBe(
      `https://github.com/imboard-ai/dossier-sign/blob/${PUSH_SHA}/${rows[0]?.[0]?.match(/`([^`]+)`/)?.[1]}`,
    )
  })

  it('verify: summary < 1 MiB and outputs < 1 MB, the report output truncated with a notice', async () => {
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'verify',
        'trusted-keys': `${spki} official`,
        'report-path': 'reports/verify.json',
      },
    })
    console.log(`verify: ${FILES} signed files checked in ${(run.durationMs / 1000).toFixed(1)} s`)
    console.log(
      `verify: summary ${Buffer.byteLength(run.summary)} bytes, outputs ${outputBytes(run)} bytes`,
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['verified-count']).toBe(String(FILES))
    expect(Buffer.byteLength(run.summary)).toBeLessThan(MIB)
    expect(outputBytes(run)).toBeLessThan(JOB_OUTPUTS_LIMIT)

    const reportFile = path.join(workspace, 'reports/verify.json')
    expect(run.outputs['report-file']).toBe(reportFile)
    expect(JSON.parse(run.outputs.report ?? '')).toMatchObject({
      truncated: true,
      entries: FILES,
      reportFile,
    })
    expect(notices(run, 'dossier-sign: report output truncated')).toHaveLength(1)
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as Array<{
      file: string
      recommendation: string
    }>
    expect(report).toHaveLength(FILES)
    expect(report.map((r) => r.file)).toEqual(files)
    expect(new Set(report.map((r) => r.recommendation))).toEqual(new Set(['ALLOW']))
    expect(run.summary).toMatch(/^## dossier-sign verify: 0 blocked, 0 warned, 10000 allowed\n/)
    expect(run.summary).toContain('more file(s) are not listed here')
  })
})

describe('report-path, nothing matched, and links on pull requests', () => {
  let ctx: DefaultStack
  let workspace: string
  let outside: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('report-path')
    outside = await tempWorkspace('report-path-outside')
    await writeDossiers(workspace, 3)
    await symlink(outside, path.join(workspace, 'linked'))
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(...[workspace, outside].filter(Boolean))
  })

  it.each([
    ['outside the workspace', '../report.json', 'is outside the workspace'],
    ['through a symlinked folder', 'linked/report.json', 'resolves outside the workspace'],
  ])(
    'sign refuses report-path %s before any Sign call, and writes nothing there',
    async (_, given, why) => {
      ctx.stack.log.clear()
      const run = await runSign(ctx, workspace, { inputs: { 'report-path': given } })
      expect(run.exitCode).toBe(1)
      expect(failure(run)).toContain('`report-path`')
      expect(failure(run)).toContain(why)
      expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
      expect(await readdir(outside)).toEqual([])
    },
  )

  it('verify refuses report-path through a symlinked folder', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'verify', 'report-path': 'linked/deeper/report.json' },
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('`report-path` linked/deeper/report.json resolves outside')
    expect(await readdir(outside)).toEqual([])
  })

  it('verify with nothing matched is a notice, passes, and reports zero', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'verify', files: 'no-such-folder/**/*.ds.md' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /^::notice title=dossier-sign%3A no files matched::No files matched the `files` patterns \(no-such-folder\/\*\*\/\*\.ds\.md\)/m,
    )
    expect(run.stdout).not.toContain('::error')
    expect(run.outputs).toMatchObject({
      'verified-count': '0',
      'unknown-count': '0',
      'unsigned-count': '0',
      'invalid-count': '0',
      'stale-count': '0',
      'blocked-count': '0',
      report: '[]',
    })
    expect(run.summary).toContain('## dossier-sign verify: no files matched')
    expect(run.summary).toContain('No files matched `files` (`no-such-folder/**/*.ds.md`)')
  })

  it('sign with nothing matched still fails', async () => {
    const run = await runSign(ctx, workspace, { inputs: { files: 'no-such-folder/*.ds.md' } })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('No files matched the `files` patterns')
  })

  it("links each file at the pull request's head commit, not the merge commit", async () => {
    const eventPath = path.join(outside, 'event.json')
    await writeFile(
      eventPath,
      JSON.stringify({
        pull_request: { number: 5, base: { sha: 'b'.repeat(40) }, head: { sha: HEAD_SHA } },
      }),
    )
    const run = await runAction({
      workspace,
      // No API call is made: nothing asks for the changed files or the base commit.
      inputs: {
        mode: 'verify',
        'changed-only': 'false',
        'fail-on': 'never',
        'github-token': 'unused',
      },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: 'f'.repeat(40),
      },
    })
    expect(run.exitCode).toBe(0)
    const blob = `https://github.com/imboard-ai/dossier-sign/blob/${HEAD_SHA}/`
    const destinations = linksOf(run.summary).map((l) => l.destination)
    // Every row links at the head commit, the refused `linked` folder's row too.
    expect(destinations.every((d) => d.startsWith(blob))).toBe(true)
    expect(destinations).toEqual(
      expect.arrayContaining(
        ['dossiers/d0001.ds.md', 'dossiers/d0002.ds.md', 'dossiers/nested/d0000.ds.md'].map(
          (f) => `${blob}${f}`,
        ),
      ),
    )
  })

  it('writes the report at report-path in the workspace, folders created', async () => {
    await mkdir(path.join(workspace, 'out'), { recursive: true })
    const run = await runAction({
      workspace,
      inputs: { mode: 'verify', 'report-path': 'out/nested/report.json', 'fail-on': 'never' },
    })
    expect(run.exitCode).toBe(0)
    const file = path.join(workspace, 'out/nested/report.json')
    expect(run.outputs['report-file']).toBe(file)
    expect(await readFile(file, 'utf8')).toBe(`${run.outputs.report}\n`)
  })
})
