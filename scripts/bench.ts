/**
 * `npm run bench`: the action measured side by side with what it replaces or is
 * bounded by, on the local stack. Prints a markdown table (measured vs target,
 * PASS/MISS) and writes .bench/results.json. `npm run bench -- --help` for the flags.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../harness/local-runner.js'
import { startDefaultStack } from '../stack/index.js'
import { benchAdr } from '../bench/adr-baseline.js'
import type { BenchContext } from '../bench/context.js'
import { benchCpu } from '../bench/cpu.js'
import { benchHashing } from '../bench/hashing.js'
import { describeMachine, loadAverage, machineHeader } from '../bench/machine.js'
import { parseOptions, USAGE, UsageError, type BenchName } from '../bench/options.js'
import { benchOutputs } from '../bench/outputs.js'
import { benchProvenance } from '../bench/provenance.js'
import { benchQuota } from '../bench/quota.js'
import { distRevision, revisionLine } from '../bench/revision.js'
import { markdownTable, type BenchResult, type Row } from '../bench/report.js'
import { benchStartup } from '../bench/startup.js'
import { TempDirs } from '../bench/temp-dirs.js'
import { benchVerify } from '../bench/verify.js'

interface Bench {
  title: string
  run(ctx: BenchContext): Promise<BenchResult>
}

const BENCHES: Record<BenchName, Bench> = {
  adr: { title: "vs ADR-004's aws CLI loop", run: benchAdr },
  quota: { title: 'vs the KMS Sign quota', run: benchQuota },
  cpu: { title: 'CPU per signed file', run: benchCpu },
  hash: { title: 'vs the hashing limit', run: benchHashing },
  startup: { title: 'start-up and size', run: benchStartup },
  verify: { title: 'offline verify', run: benchVerify },
  provenance: { title: 'files per KMS call with provenance', run: benchProvenance },
  outputs: { title: 'outputs and summary at 10,000 files', run: benchOutputs },
}

let options
try {
  options = parseOptions(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`bench: ${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}
if (options === 'help') {
  console.log(USAGE)
  process.exit(0)
}

const temp = new TempDirs()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    temp.removeAllSync()
    process.exit(130)
  })
}

const machine = await describeMachine()
const revision = await distRevision()
const startedAt = new Date()
const header = [
  `## dossier-sign benchmark, ${startedAt.toISOString()}${options.quick ? ' (--quick)' : ''}`,
  '',
  machineHeader(machine),
  revisionLine(revision),
].join('\n')
console.log(`${header}\n`)

const stack = await startDefaultStack({})
const ctx: BenchContext = {
  options,
  stack,
  temp,
  progress: (message) => console.error(`  … ${message}`),
}
const rows: Row[] = []
const notes: string[] = []
const results: Record<string, unknown> = {}
let crashed = false
try {
  for (const name of options.only) {
    const bench = BENCHES[name]
    console.error(`${bench.title}`)
    const started = performance.now()
    try {
      const result = await bench.run(ctx)
      rows.push(...result.rows)
      notes.push(...(result.notes ?? []))
      const benchMs = performance.now() - started
      console.error(`  done in ${(benchMs / 1000).toFixed(1)} s`)
      results[name] = { ...result.details, benchMs }
    } catch (error) {
      crashed = true
      const message = error instanceof Error ? error.message : String(error)
      console.error(`  ${name} failed: ${message}`)
      rows.push({
        bench: name,
        what: bench.title,
        measured: `error: ${message.replace(/\s+/g, ' ').slice(0, 120)}`,
        target: '-',
        outcome: 'ERROR',
      })
      results[name] = { error: message }
    }
  }
} finally {
  await stack.stack.stop()
  await temp.removeAll()
}

console.log(markdownTable(rows))
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`)
const tally = (['PASS', 'MISS', 'SKIP', 'ERROR'] as const)
  .map((outcome) => [outcome, rows.filter((r) => r.outcome === outcome).length] as const)
  .filter(([outcome, n]) => n > 0 || outcome === 'PASS' || outcome === 'MISS')
  .map(([outcome, n]) => `${n} ${outcome}`)
const elapsedSeconds = (Date.now() - startedAt.getTime()) / 1000
console.log(
  `\n${tally.join(', ')} in ${(elapsedSeconds / 60).toFixed(1)} min. MB = 10^6 bytes. ` +
    `Load average at the end: ${loadAverage()}.`,
)

const report = {
  startedAt: startedAt.toISOString(),
  machine,
  revision,
  elapsedSeconds,
  loadAverageAtEnd: loadAverage(),
  options,
  rows,
  notes,
  results,
}
const out = path.join(REPO_ROOT, '.bench', 'results.json')
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`)
console.log(`Results: ${path.relative(REPO_ROOT, out)}`)
if (crashed) process.exitCode = 1
