/**
 * Row 3, "vs the hashing limit": the action signs one large random file with no KMS
 * latency, and the whole run (start-up, OIDC, STS and KMS included; nothing is
 * subtracted) is compared with `openssl dgst -sha256` over the same file. Peak RSS
 * is read from the action process for a 64 MiB file and for the large one.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { BenchContext } from './context.js'
import { runOk } from './processes.js'
import { mb, median, num, outcomeOf, type BenchResult, type Row } from './report.js'
import { expectSigned, signRun, type SignRun } from './sign-run.js'

const TARGET_RATIO = 0.8
const TARGET_RSS_BYTES = 150e6
const SMALL_MIB = 64
/** Runs of each side over the large file; the median is reported. */
const RUNS = 3
const MiB = 1024 * 1024

export async function benchHashing(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('hash')
  const bigMiB = ctx.options.hashMiB
  const small = await randomFile(workspace, SMALL_MIB, ctx)
  const big = await randomFile(workspace, bigMiB, ctx)

  ctx.progress(`hash: the action signs the ${SMALL_MIB} MiB file`)
  const smallRun = await signOnce(ctx, workspace, small)

  const opensslMs: number[] = []
  const actionRuns: SignRun[] = []
  for (let i = 0; i < RUNS; i++) {
    ctx.progress(`hash: ${bigMiB} MiB, openssl dgst and the action, run ${i + 1} of ${RUNS}`)
    opensslMs.push((await runOk('openssl', ['dgst', '-sha256', path.join(workspace, big)])).ms)
    actionRuns.push(await signOnce(ctx, workspace, big))
  }
  const bytes = bigMiB * MiB
  const opensslRate = bytes / (median(opensslMs) / 1000)
  const actionMs = median(actionRuns.map((r) => r.durationMs))
  const actionRate = bytes / (actionMs / 1000)
  const ratio = actionRate / opensslRate
  const bigRss = Math.max(...actionRuns.map((r) => r.usage.peakRssBytes ?? 0))
  const smallRss = smallRun.usage.peakRssBytes ?? 0

  const rssRow = (mib: number, peak: number): Row => ({
    bench: 'hash',
    what: `peak RSS of the action, one ${mib} MiB file`,
    measured: mb(peak),
    target: `< ${mb(TARGET_RSS_BYTES, 0)}`,
    outcome: outcomeOf(peak > 0 && peak < TARGET_RSS_BYTES),
  })
  return {
    rows: [
      {
        bench: 'hash',
        what: `vs openssl dgst -sha256: one ${bigMiB} MiB random file, whole action run`,
        measured: `action ${num(actionRate / 1e6)} MB/s (${num(actionMs)} ms) vs openssl ${num(opensslRate / 1e6)} MB/s = ${num(ratio, 2)}x`,
        target: `>= ${TARGET_RATIO}x`,
        outcome: outcomeOf(ratio >= TARGET_RATIO),
      },
      rssRow(SMALL_MIB, smallRss),
      rssRow(bigMiB, bigRss),
    ],
    details: {
      bigFileBytes: bytes,
      opensslMs,
      opensslMBps: opensslRate / 1e6,
      actionMs: actionRuns.map((r) => r.durationMs),
      actionCpuMs: actionRuns.map((r) => r.usage.cpuMs),
      actionMBps: actionRate / 1e6,
      ratio,
      peakRssBytes: { [`${SMALL_MIB}MiB`]: smallRss, [`${bigMiB}MiB`]: bigRss },
      smallRunMs: smallRun.durationMs,
      rssMethod: 'VmHWM of the action process from /proc/<pid>/status, polled every 5 ms',
    },
  }
}

/** Random content, so nothing (filesystem, page cache) can shortcut the bytes. */
async function randomFile(dir: string, mib: number, ctx: BenchContext): Promise<string> {
  const name = `random-${mib}MiB.bin`
  ctx.progress(`hash: writing ${mib} MiB from /dev/urandom`)
  await runOk('sh', ['-c', `head -c ${mib * MiB} /dev/urandom > "$1"`, 'sh', path.join(dir, name)])
  return name
}

/** Sign the one file from scratch (its old .sig removed), watching the process's RSS. */
async function signOnce(ctx: BenchContext, workspace: string, file: string): Promise<SignRun> {
  await rm(path.join(workspace, `${file}.sig`), { force: true })
  ctx.stack.stack.log.clear()
  const run = await signRun(ctx.stack, workspace, { files: file })
  expectSigned(run, 1)
  return run
}
