/**
 * "vs the quota": the stack throttles Sign above R calls/s (a token bucket holding one
 * second of calls) and the action signs Q files at its default concurrency (or once per
 * `--concurrency` value). The rate is counted over the signing phase, from the first
 * Sign request to the last successful one, so start-up and the key check do not dilute
 * it; every refused Sign counts against the throttles-per-signature target.
 */
import { readFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import yaml from 'js-yaml'
import { REPO_ROOT } from '../harness/local-runner.js'
import type { RequestLogEntry } from '../stack/index.js'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
import { num, outcomeOf, type BenchResult, type Row } from './report.js'
import { signRun } from './sign-run.js'

const TARGET_FRACTION = 0.95
const TARGET_THROTTLES_PER_SIGNATURE = 0.25

export interface QuotaRun {
  concurrency: number
  exitCode: number | null
  signed: number
  failed: number
  signRequests: number
  throttled: number
  /** successful Sign calls per second over the signing phase */
  signaturesPerSecond: number
  fractionOfQuota: number
  throttlesPerSignature: number
  signingPhaseMs: number
  runMs: number
  /** CPU per file signed: the action process, and this process (the stack) */
  actionCpuMsPerFile?: number
  stackCpuMsPerFile: number
}

export async function benchQuota(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  const { rps, quotaFiles, latencyMs } = ctx.options
  const workspace = await ctx.temp.make('quota')
  await writeDossiers(workspace, quotaFiles)
  stack.kms.faults.clear()
  stack.kms.faults.latencyMs = latencyMs
  stack.kms.faults.throttleAboveRps = rps

  const runs: QuotaRun[] = []
  const concurrencies =
    ctx.options.concurrency.length > 0 ? ctx.options.concurrency : [defaultConcurrency()]
  for (const concurrency of concurrencies) {
    await removeSignatures(path.join(workspace, 'dossiers'))
    await sleep(1100) // let the bucket refill: every run starts with the same burst
    ctx.progress(
      `vs quota: ${quotaFiles} files at concurrency ${concurrency}, Sign throttled above ${rps}/s`,
    )
    stack.log.clear()
    const cpuBefore = process.cpuUsage()
    const run = await signRun(ctx.stack, workspace, {
      concurrency: String(concurrency),
      'max-files': String(quotaFiles),
    })
    const stackCpu = process.cpuUsage(cpuBefore)
    const signs = stack.log.entries.filter((e) => e.service === 'kms' && e.action === 'Sign')
    const rate = signingRate(signs)
    const signed = Number(run.outputs['signed-count'] ?? 0)
    const throttled = signs.filter((e) => e.errorCode === 'ThrottlingException').length
    runs.push({
      concurrency,
      exitCode: run.exitCode,
      signed,
      failed: Number(run.outputs['failed-count'] ?? quotaFiles),
      signRequests: signs.length,
      throttled,
      throttlesPerSignature: throttled / Math.max(1, signed),
      signaturesPerSecond: rate.perSecond,
      fractionOfQuota: rate.perSecond / rps,
      signingPhaseMs: rate.ms,
      runMs: run.durationMs,
      actionCpuMsPerFile: run.usage.cpuMs === undefined ? undefined : run.usage.cpuMs / quotaFiles,
      stackCpuMsPerFile: (stackCpu.user + stackCpu.system) / 1000 / quotaFiles,
    })
  }

  // The bucket starts full, so R calls go through at once: the best rate measurable here.
  const ceiling = quotaFiles > rps ? quotaFiles / ((quotaFiles - rps) / rps) : Infinity
  const rows: Row[] = runs.map((r) => ({
    bench: 'quota',
    what: `throttled quota R=${rps}/s: ${quotaFiles} files, ${latencyMs} ms latency, concurrency ${r.concurrency}`,
    measured:
      `${num(r.signaturesPerSecond)} sig/s = ${num(r.fractionOfQuota * 100)}% of R, ` +
      `${num(r.throttlesPerSignature, 2)} throttled per signature (${r.throttled}), ${r.failed} failed`,
    target: `>= ${TARGET_FRACTION * 100}% of R, <= ${TARGET_THROTTLES_PER_SIGNATURE} throttled per signature, 0 failed`,
    outcome: outcomeOf(
      r.fractionOfQuota >= TARGET_FRACTION &&
        r.throttlesPerSignature <= TARGET_THROTTLES_PER_SIGNATURE &&
        r.failed === 0 &&
        r.exitCode === 0,
    ),
  }))
  return {
    rows,
    details: { rps, quotaFiles, latencyMs, burstCeilingPerSecond: ceiling, runs },
    notes: [
      `vs quota: the stack's bucket starts with ${rps} tokens, so the best measurable rate for ${quotaFiles} files is ${num(ceiling)} sig/s (${num((ceiling / rps) * 100)}% of R).`,
      `vs quota, per concurrency (c: sig/s, failed, throttled, Sign requests, whole run, CPU ms per file in the action + in the stack): ` +
        runs
          .map(
            (r) =>
              `${r.concurrency}: ${num(r.signaturesPerSecond)}, ${r.failed}, ${r.throttled}, ${r.signRequests}, ${num(r.runMs / 1000, 1)} s, ` +
              `${r.actionCpuMsPerFile === undefined ? '?' : num(r.actionCpuMsPerFile, 1)} + ${num(r.stackCpuMsPerFile, 1)}`,
          )
          .join('; '),
    ],
  }
}

/** The `concurrency` default a runner passes when the workflow sets none (action.yml). */
function defaultConcurrency(): number {
  const action = yaml.load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const value = Number(action.inputs.concurrency?.default)
  if (!Number.isInteger(value))
    throw new Error('action.yml has no whole-number `concurrency` default')
  return value
}

/** Successful Sign calls per second from the first Sign request to the last successful one. */
function signingRate(signs: readonly RequestLogEntry[]): { perSecond: number; ms: number } {
  const ok = signs.filter((e) => e.status === 200)
  if (ok.length < 2 || signs.length === 0) return { perSecond: 0, ms: 0 }
  const first = signs.reduce((t, e) => Math.min(t, e.time), Infinity)
  const last = ok.reduce((t, e) => Math.max(t, e.time), -Infinity)
  const ms = Math.max(last - first, 1)
  return { perSecond: ((ok.length - 1) / ms) * 1000, ms }
}

async function removeSignatures(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.sig')) {
      await rm(path.join(entry.parentPath, entry.name))
    }
  }
}
