/**
 * "CPU per signed file": the action signs N files against the stack with no latency and
 * no throttling, and the CPU time (user + system) of its process, read from /proc while
 * it runs, is divided by N. Start-up is included (a one-file run is measured too, to
 * say how much of the figure it is). The median of RUNS runs is reported.
 */
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
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
  return {
    rows: [
      {
        bench: 'cpu',
        what: `CPU per signed file: ${num(files)} files at 0 latency, whole action process (median of ${RUNS})`,
        measured: `${num(measured, 2)} ms (min ${num(Math.min(...perFile), 2)}, max ${num(Math.max(...perFile), 2)})`,
        target: `<= ${TARGET_MS_PER_FILE} ms`,
        outcome: outcomeOf(measured <= TARGET_MS_PER_FILE),
      },
    ],
    details: { files, runs: perFile, startupCpuMs: startup },
    notes: [
      `cpu: a one-file run costs ${num(startupMs)} ms of CPU (start-up, STS, the key check), ` +
        `${num(startupMs / files, 2)} ms of each file's figure; without it, ${num(measured - startupMs / files, 2)} ms per file.`,
    ],
  }
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
