/**
 * "vs the hashing limit": how fast the action gets through a file's bytes, compared with
 * `openssl dgst -sha256` over the same bytes. Each side's time for the large input minus
 * its time for a tiny one, so start-up, OIDC, STS, the key check and the Sign call cancel
 * out and what is left is reading, hashing and checking the bytes.
 * - sign: the action signs one large random file (a `.sig`, no KMS latency) vs one tiny file;
 * - verify: `dossier-sign verify` checks the same bytes as files of at most 16 MiB, the
 *   largest verify mode reads (MAX_DOSSIER_BYTES), each with its `.sig`, vs one tiny one;
 *   openssl hashes those files in one process.
 * Runs alternate (tiny, large, openssl large, openssl tiny) and medians are reported.
 * Peak RSS is read from the action process for a 64 MiB file and for the large one.
 */
import { sign } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../harness/local-runner.js'
import { MAX_DOSSIER_BYTES } from '../src/dossier/dossier.js'
import type { BenchContext } from './context.js'
import { run, runOk } from './processes.js'
import { mb, median, num, outcomeOf, type BenchResult, type Row } from './report.js'
import { expectSigned, signRun, type SignRun } from './sign-run.js'

const TARGET_RATIO = 0.9
const STRETCH_RATIO = 1.1
const TARGET_RSS_BYTES = 150e6
const SMALL_MIB = 64
const TINY_BYTES = 100
/** Runs of each side, alternated; the medians are reported. */
const RUNS = 5
const MiB = 1024 * 1024
const CLI_ENTRY = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

/** Medians of one comparison: each side's large-minus-tiny time. */
interface Comparison {
  bytes: number
  actionMs: number[]
  actionTinyMs: number[]
  opensslMs: number[]
  opensslTinyMs: number[]
}

export async function benchHashing(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('hash')
  const bigMiB = ctx.options.hashMiB
  const tiny = await randomFile(workspace, 'tiny.bin', TINY_BYTES, ctx)
  const small = await randomFile(workspace, `random-${SMALL_MIB}MiB.bin`, SMALL_MIB * MiB, ctx)
  const big = await randomFile(workspace, `random-${bigMiB}MiB.bin`, bigMiB * MiB, ctx)

  ctx.progress(`hash: the action signs the ${SMALL_MIB} MiB file`)
  const smallRun = await signOnce(ctx, workspace, small)

  const signing: Comparison = emptyComparison(bigMiB * MiB)
  const bigRuns: SignRun[] = []
  for (let i = 0; i < RUNS; i++) {
    ctx.progress(
      `hash: sign ${bigMiB} MiB vs ${TINY_BYTES} bytes, and openssl, run ${i + 1} of ${RUNS}`,
    )
    signing.actionTinyMs.push((await signOnce(ctx, workspace, tiny)).durationMs)
    const bigRun = await signOnce(ctx, workspace, big)
    bigRuns.push(bigRun)
    signing.actionMs.push(bigRun.durationMs)
    signing.opensslMs.push(await opensslMs([path.join(workspace, big)]))
    signing.opensslTinyMs.push(await opensslMs([path.join(workspace, tiny)]))
  }

  const verifying = await benchVerifyBytes(ctx, bigMiB)

  const bigRss = Math.max(...bigRuns.map((r) => r.usage.peakRssBytes ?? 0))
  const smallRss = smallRun.usage.peakRssBytes ?? 0
  const rssRow = (mib: number, peak: number): Row => ({
    bench: 'hash',
    what: `peak RSS of the action, one ${mib} MiB file`,
    measured: mb(peak),
    target: `< ${mb(TARGET_RSS_BYTES, 0)}`,
    outcome: outcomeOf(peak > 0 && peak < TARGET_RSS_BYTES),
  })
  const verifyFiles = Math.ceil((bigMiB * MiB) / MAX_DOSSIER_BYTES)
  return {
    rows: [
      ratioRow(
        `sign vs openssl dgst -sha256: one ${bigMiB} MiB random file, action time minus a ${TINY_BYTES}-byte file's`,
        signing,
      ),
      ratioRow(
        `verify vs openssl dgst -sha256: the same ${bigMiB} MiB as ${verifyFiles} signed files of <= 16 MiB, dossier-sign verify time minus one ${TINY_BYTES}-byte file's`,
        verifying,
      ),
      rssRow(SMALL_MIB, smallRss),
      rssRow(bigMiB, bigRss),
    ],
    details: {
      method:
        'each side: median time for the large input minus median time for a tiny one; runs alternated',
      sign: detailsOf(signing),
      verify: { ...detailsOf(verifying), files: verifyFiles },
      actionCpuMs: bigRuns.map((r) => r.usage.cpuMs),
      peakRssBytes: { [`${SMALL_MIB}MiB`]: smallRss, [`${bigMiB}MiB`]: bigRss },
      smallRunMs: smallRun.durationMs,
      rssMethod: 'VmHWM of the action process from /proc/<pid>/status, polled every 5 ms',
    },
  }
}

/** Verify mode reads a file whole, 16 MiB at most: the large input split into such files. */
async function benchVerifyBytes(ctx: BenchContext, bigMiB: number): Promise<Comparison> {
  const { key } = ctx.stack
  const dir = await ctx.temp.make('hash-verify')
  const bytes = bigMiB * MiB
  const files: string[] = []
  await mkdir(path.join(dir, 'big'))
  await mkdir(path.join(dir, 'tiny'))
  ctx.progress(`hash: ${bigMiB} MiB of signed files for verify`)
  for (let at = 0, i = 0; at < bytes; at += MAX_DOSSIER_BYTES, i++) {
    const size = Math.min(MAX_DOSSIER_BYTES, bytes - at)
    files.push(await signedRandomFile(dir, `big/part-${i}.bin`, size, ctx))
  }
  const tiny = await signedRandomFile(dir, 'tiny/tiny.bin', TINY_BYTES, ctx)
  await mkdir(path.join(dir, '.dossier'))
  await writeFile(
    path.join(dir, '.dossier', 'trusted-keys.txt'),
    `${key.publicKeyDer.toString('base64')} bench-key\n`,
  )
  const comparison = emptyComparison(bytes)
  for (let i = 0; i < RUNS; i++) {
    ctx.progress(
      `hash: verify ${bigMiB} MiB vs ${TINY_BYTES} bytes, and openssl, run ${i + 1} of ${RUNS}`,
    )
    comparison.actionTinyMs.push(await verifyMs(dir, 'tiny/*.bin', 1))
    comparison.actionMs.push(await verifyMs(dir, 'big/*.bin', files.length))
    comparison.opensslMs.push(await opensslMs(files.map((f) => path.join(dir, f))))
    comparison.opensslTinyMs.push(await opensslMs([path.join(dir, tiny)]))
  }
  return comparison

  async function signedRandomFile(
    where: string,
    name: string,
    size: number,
    context: BenchContext,
  ): Promise<string> {
    await randomFile(where, name, size, context, false)
    const signature = sign('sha256', await readFile(path.join(where, name)), key.privateKey)
    await writeFile(path.join(where, `${name}.sig`), `${signature.toString('base64')}\n`)
    return name
  }
}

async function verifyMs(cwd: string, files: string, expected: number): Promise<number> {
  const cli = await run(
    process.execPath,
    [CLI_ENTRY, 'verify', '--trusted-keys-file', '.dossier/trusted-keys.txt', '--files', files],
    { cwd },
  )
  const summary = /(\d+) file\(s\): (\d+) blocked, (\d+) warned; (\d+) verified/.exec(cli.stdout)
  if (cli.code !== 0 || Number(summary?.[4]) !== expected) {
    throw new Error(
      `dossier-sign verify exited ${cli.code} and did not verify all ${expected} files: ${summary?.[0] ?? cli.stderr.slice(-300)}`,
    )
  }
  return cli.ms
}

async function opensslMs(files: string[]): Promise<number> {
  return (await runOk('openssl', ['dgst', '-sha256', ...files])).ms
}

function emptyComparison(bytes: number): Comparison {
  return { bytes, actionMs: [], actionTinyMs: [], opensslMs: [], opensslTinyMs: [] }
}

/** Each side's median for the large input minus its median for the tiny one. */
function netOf(c: Comparison): { actionMs: number; opensslMs: number; ratio: number } {
  const actionMs = median(c.actionMs) - median(c.actionTinyMs)
  const opensslMs = median(c.opensslMs) - median(c.opensslTinyMs)
  return { actionMs, opensslMs, ratio: opensslMs / actionMs }
}

function ratioRow(what: string, c: Comparison): Row {
  const { actionMs, opensslMs, ratio } = netOf(c)
  const rate = (ms: number) => num(c.bytes / 1e6 / (ms / 1000))
  return {
    bench: 'hash',
    what,
    measured: `action ${rate(actionMs)} MB/s (${num(actionMs)} ms) vs openssl ${rate(opensslMs)} MB/s (${num(opensslMs)} ms) = ${num(ratio, 2)}x`,
    target: `>= ${TARGET_RATIO}x (stretch ${STRETCH_RATIO}x)`,
    outcome: outcomeOf(ratio >= TARGET_RATIO),
  }
}

function detailsOf(c: Comparison): Record<string, unknown> {
  return { ...c, ...netOf(c) }
}

/** Random content, so nothing (filesystem, page cache) can shortcut the bytes. */
async function randomFile(
  dir: string,
  name: string,
  bytes: number,
  ctx: BenchContext,
  announce = true,
): Promise<string> {
  if (announce) ctx.progress(`hash: writing ${num(bytes)} bytes from /dev/urandom`)
  await runOk('sh', ['-c', `head -c ${bytes} /dev/urandom > "$1"`, 'sh', path.join(dir, name)])
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
