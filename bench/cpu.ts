/**
 * "CPU per signed file": the action signs N files against the stack with no latency and
 * no throttling, and the CPU time (user + system) of its process, read from /proc while
 * it runs, is divided by N. Start-up is included (a one-file run is measured too, to
 * say how much of the figure it is). The median of RUNS runs is reported, with the
 * floors under it (bench/cpu-floors.ts): one Sign call through the SDK alone, and the
 * data flush of one signature file.
 */
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../harness/local-runner.js'
import type { BenchContext } from './context.js'
import type { Floors, FloorsRequest } from './cpu-floors.js'
import { writeDossiers } from './dossiers.js'
import { runOk } from './processes.js'
import { median, num, outcomeOf, type BenchResult } from './report.js'
import { expectSigned, signRun } from './sign-run.js'

const TARGET_MS_PER_FILE = 1
const RUNS = 3

export async function benchCpu(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  const files = ctx.options.cpuFiles
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('cpu')
  await writeDossiers(workspace, files)
  const single = await ctx.temp.make('cpu-one')
  await writeDossiers(single, 1)

  const perFile: number[] = []
  const startup: number[] = []
  for (let i = 0; i < RUNS; i++) {
    ctx.progress(`cpu: ${files} files at 0 latency, run ${i + 1} of ${RUNS}`)
    await removeSignatures(workspace)
    const run = await signRun(ctx.stack, workspace, { 'max-files': String(files) })
    expectSigned(run, files)
    perFile.push(cpuMs(run.usage.cpuMs) / files)
    await removeSignatures(single)
    const one = await signRun(ctx.stack, single)
    expectSigned(one, 1)
    startup.push(cpuMs(one.usage.cpuMs))
  }
  const measured = median(perFile)
  const startupMs = median(startup)
  ctx.progress('cpu: the floors, in a process of their own')
  const floors = await measureFloors(ctx, Math.min(files, 2000))
  const floorSum = floors.sdkMsPerCall + floors.flushMsPerFile + startupMs / files
  return {
    rows: [
      {
        bench: 'cpu',
        what: `CPU per signed file: ${num(files)} files at 0 latency, whole action process (median of ${RUNS})`,
        measured: `${num(measured, 2)} ms (min ${num(Math.min(...perFile), 2)}, max ${num(Math.max(...perFile), 2)})`,
        target: `<= ${TARGET_MS_PER_FILE} ms`,
        outcome: outcomeOf(measured <= TARGET_MS_PER_FILE),
      },
      {
        bench: 'cpu',
        what: 'floor under the row above: one Sign call through the unmodified SDK KMS client alone, concurrency 32',
        measured: `${num(floors.sdkMsPerCall, 2)} ms`,
        target: '-',
        outcome: 'INFO',
      },
      {
        bench: 'cpu',
        what: 'floor under the row above: the data flush (fdatasync) before a signature file is renamed into place',
        measured: `${num(floors.flushMsPerFile, 2)} ms`,
        target: '-',
        outcome: 'INFO',
      },
    ],
    details: { files, runs: perFile, startupCpuMs: startup, floors },
    notes: [
      `cpu: a one-file run costs ${num(startupMs)} ms of CPU (start-up, STS, the key check), ` +
        `${num(startupMs / files, 2)} ms of each file's figure; without it, ${num(measured - startupMs / files, 2)} ms per file.`,
      `cpu: the SDK call, the flush and the start-up share alone come to ${num(floorSum, 2)} ms per file; ` +
        `the rest of the action (hashing, the check of each signature, the writes, the log, the pacing) ${num(measured - floorSum, 2)} ms.`,
    ],
  }
}

/** Runs bench/cpu-floors.ts as a child against the stack, as its IAM user. */
async function measureFloors(ctx: BenchContext, calls: number): Promise<Floors> {
  const { stack, key, user } = ctx.stack
  const endpoint = stack.env().AWS_ENDPOINT_URL_KMS
  if (endpoint === undefined) throw new Error('the stack names no KMS endpoint')
  const request: FloorsRequest = {
    kmsEndpoint: endpoint,
    accessKeyId: user.accessKeyId,
    secretAccessKey: user.secretAccessKey,
    keyArn: key.arn,
    calls,
    dir: await ctx.temp.make('cpu-floors'),
  }
  const done = await runOk(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'cpu-floors.ts'), JSON.stringify(request)],
    { cwd: REPO_ROOT },
  )
  return JSON.parse(done.stdout.trim().split('\n').pop() ?? '') as Floors
}

function cpuMs(value: number | undefined): number {
  if (value === undefined) throw new Error('the CPU time of the action process could not be read')
  return value
}

async function removeSignatures(workspace: string): Promise<void> {
  for (const entry of await readdir(workspace, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.sig')) {
      await rm(path.join(entry.parentPath, entry.name))
    }
  }
}
