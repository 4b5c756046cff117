import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
import { shardOf } from '../../src/files/shard.js'
import {
  assertDistIsFresh,
  cleanup,
  expectEverySigValid,
  failure,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

const FILES = 200
const SHARDS = 4
const reportOf = (index: number) => `dossier-sign-reports/dossier-sign-report-${index}/report.json`

/** `mode: merge-reports` as the final job runs it: no AWS input, no stack endpoint. */
function merge(workspace: string): Promise<ActionRun> {
  // The runner's temp folder goes with the run: keep the merged report in the workspace.
  return runAction({ workspace, inputs: { mode: 'merge-reports', 'report-path': 'merged.json' } })
}

describe('matrix shards end to end (4 parallel sign jobs, then mode: merge-reports)', () => {
  let ctx: DefaultStack
  let workspace: string
  let small: string
  let files: string[]

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('shards')
    small = await tempWorkspace('shards-small')
    files = await writeDossiers(workspace, FILES)
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace, small)
  })

  it(`signs each of ${FILES} files exactly once across ${SHARDS} parallel shards, and the merge counts them all`, async () => {
    const runs = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        runSign(ctx, workspace, {
          inputs: { shard: `${i + 1}/${SHARDS}`, 'report-path': reportOf(i + 1) },
        }),
      ),
    )
    for (const [i, run] of runs.entries()) {
      expect({ shard: i + 1, exitCode: run.exitCode, error: failure(run) }).toEqual({
        shard: i + 1,
        exitCode: 0,
        error: '',
      })
      const slice = files.filter((f) => shardOf(f, SHARDS) === i + 1)
      expect(slice.length).toBeGreaterThan(0)
      expect(run.outputs.shard).toBe(`${i + 1}/${SHARDS}`)
      expect(run.outputs['signed-count']).toBe(String(slice.length))
      expect(run.summary.split('\n')[0]).toBe(
        `## dossier-sign shard ${i + 1}/${SHARDS}: ${slice.length} signed, 0 already held, 0 failed`,
      )
      const report = JSON.parse(await readFile(path.join(workspace, reportOf(i + 1)), 'utf8'))
      expect(report).toMatchObject({
        report: 'dossier-sign/sign',
        version: 1,
        shard: { index: i + 1, count: SHARDS },
        matched: FILES,
        key: { arn: ctx.key.arn },
      })
      expect(report.signatures.map((s: { file: string }) => s.file)).toEqual(slice)
    }
    expect(await sigFiles(workspace)).toEqual(files.map((f) => `${f}.sig`))
    expectEverySigValid(workspace, files, ctx.key.publicKeyPem)
    const signs = ctx.stack.log.entries.filter((e) => e.service === 'kms' && e.action === 'Sign')
    expect(signs).toHaveLength(FILES)

    const merged = await merge(workspace)
    expect(failure(merged)).toBe('')
    expect(merged.exitCode).toBe(0)
    expect(merged.outputs['signed-count']).toBe(String(FILES))
    expect(merged.outputs['skipped-count']).toBe('0')
    expect(merged.outputs['failed-count']).toBe('0')
    expect(merged.outputs['key-arn']).toBe(ctx.key.arn)
    const listed = JSON.parse(merged.outputs.signatures ?? '[]') as Array<{ file: string }>
    expect(listed.map((s) => s.file)).toEqual(files)
    expect(merged.outputs['report-file']).toBe(path.join(workspace, 'merged.json'))
    const report = JSON.parse(await readFile(path.join(workspace, 'merged.json'), 'utf8'))
    expect(report).toMatchObject({ shard: { index: 0, count: SHARDS }, matched: FILES })
    expect(merged.summary.split('\n')[0]).toBe(
      `## dossier-sign: ${SHARDS} shards merged: ${FILES} signed, 0 already held, 0 failed`,
    )
    // The merge makes no AWS call.
    expect(
      ctx.stack.log.entries.filter((e) => e.service === 'kms' && e.action === 'Sign'),
    ).toHaveLength(FILES)

    // A re-run of one shard finds its slice signed.
    const again = await runSign(ctx, workspace, { inputs: { shard: `2/${SHARDS}` } })
    const slice2 = files.filter((f) => shardOf(f, SHARDS) === 2)
    expect(again.exitCode).toBe(0)
    expect(again.outputs['skipped-count']).toBe(String(slice2.length))
    expect(again.outputs['signed-count']).toBe('0')
    expect(
      ctx.stack.log.entries.filter((e) => e.service === 'kms' && e.action === 'Sign'),
    ).toHaveLength(FILES)

    // A shard whose report never arrived fails the merge, named.
    await rm(path.join(workspace, reportOf(3)))
    const missing = await merge(workspace)
    expect(missing.exitCode).toBe(1)
    expect(failure(missing)).toContain(`shard 3/${SHARDS} has no report`)
    expect(missing.summary).toContain('## dossier-sign failed')
  })

  // The OIDC token is asked for at start-up, before the files are matched (src/index.ts
  // overlaps it with loading the sign code), so only STS and KMS are counted.
  it('makes no STS or KMS call in a shard whose slice is empty, and still writes its report', async () => {
    const [only] = await writeDossiers(small, 1)
    const empty = [1, 2, 3, 4].filter((i) => shardOf(only ?? '', SHARDS) !== i)
    const before = ctx.stack.log.entries.length
    for (const index of empty) {
      const run = await runSign(ctx, small, {
        inputs: { shard: `${index}/${SHARDS}`, 'report-path': reportOf(index) },
      })
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(
        `shard ${index}/${SHARDS}: none of the 1 matched files fall in this slice`,
      )
      expect(run.outputs['signed-count']).toBe('0')
      const report = JSON.parse(await readFile(path.join(small, reportOf(index)), 'utf8'))
      expect(report).toMatchObject({ shard: { index, count: SHARDS }, key: null, signatures: [] })
    }
    const aws = ctx.stack.log.entries
      .slice(before)
      .filter((e) => e.service === 'sts' || e.service === 'kms')
    expect(aws).toEqual([])
    expect(await sigFiles(small)).toEqual([])
  })
})
