import { parseArgs } from 'node:util'

/** The measurements, by the names `--only` takes. */
export const BENCH_NAMES = [
  'adr',
  'quota',
  'cpu',
  'hash',
  'startup',
  'verify',
  'provenance',
  'outputs',
] as const
export type BenchName = (typeof BENCH_NAMES)[number]

export interface BenchOptions {
  /** adr: files signed by each method */
  files: number
  /** per-call KMS latency for the adr and quota rows */
  latencyMs: number
  /** quota: the stack throttles Sign above this many calls per second */
  rps: number
  quotaFiles: number
  /** quota: one run per value; empty: the action's default only */
  concurrency: number[]
  /** cpu: files signed in one run at 0 latency */
  cpuFiles: number
  /** hash: size of the large file */
  hashMiB: number
  verifyFiles: number
  /** provenance: files attested in one run with `formats: none` */
  provenanceFiles: number
  /** outputs: files signed then verified by the action, outputs and summary measured */
  outputFiles: number
  startupRuns: number
  only: BenchName[]
  quick: boolean
}

const FULL = {
  files: 200,
  quotaFiles: 1200,
  cpuFiles: 5000,
  hashMiB: 1024,
  verifyFiles: 5000,
  provenanceFiles: 1000,
  outputFiles: 10000,
}
const QUICK = {
  files: 50,
  quotaFiles: 500,
  cpuFiles: 1000,
  hashMiB: 256,
  verifyFiles: 1000,
  provenanceFiles: 200,
  outputFiles: 1000,
}

export const USAGE = `Usage: npm run bench -- [options]

  --quick                 ~1 minute: --files 50 --quota-files 500 --cpu-files 1000 --hash-mib 256 --verify-files 1000 --provenance-files 200 --output-files 1000
  --only LIST             comma-separated subset of ${BENCH_NAMES.join(',')}
  --files N               adr: files signed by the action and by the ADR's aws CLI loop (${FULL.files})
  --latency-ms N          per-call KMS latency for adr and quota (25)
  --rps N                 quota: Sign throttled above N calls/s (100)
  --quota-files N         quota: files signed per run (${FULL.quotaFiles})
  --concurrency LIST      quota: the action's concurrency input, one run each (the action's default)
  --cpu-files N           cpu: files signed in one run at 0 latency, CPU per file (${FULL.cpuFiles})
  --hash-mib N            hash: size of the large random file in MiB (${FULL.hashMiB})
  --verify-files N        verify: signed files checked offline (${FULL.verifyFiles})
  --provenance-files N    provenance: files attested with formats: none in one run (${FULL.provenanceFiles})
  --output-files N        outputs: files signed and verified, outputs and summary sizes (${FULL.outputFiles})
  --startup-runs N        startup: runs, the median is reported (10)
  -h, --help              this text`

export class UsageError extends Error {}

/** Reads the command line; explicit flags win over `--quick`'s sizes. */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  try {
    return optionsFrom(argv)
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message)
    throw error
  }
}

function optionsFrom(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      files: { type: 'string' },
      'latency-ms': { type: 'string' },
      rps: { type: 'string' },
      'quota-files': { type: 'string' },
      concurrency: { type: 'string' },
      'cpu-files': { type: 'string' },
      'hash-mib': { type: 'string' },
      'verify-files': { type: 'string' },
      'provenance-files': { type: 'string' },
      'output-files': { type: 'string' },
      'startup-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return 'help'
  const sizes = values.quick ? QUICK : FULL
  return {
    files: count(values.files, sizes.files, '--files'),
    latencyMs: count(values['latency-ms'], 25, '--latency-ms', 0),
    rps: count(values.rps, 100, '--rps'),
    quotaFiles: count(values['quota-files'], sizes.quotaFiles, '--quota-files'),
    concurrency:
      values.concurrency === undefined
        ? []
        : list(values.concurrency, '--concurrency').map((c) => count(c, 0, '--concurrency')),
    cpuFiles: count(values['cpu-files'], sizes.cpuFiles, '--cpu-files'),
    hashMiB: count(values['hash-mib'], sizes.hashMiB, '--hash-mib'),
    verifyFiles: count(values['verify-files'], sizes.verifyFiles, '--verify-files'),
    provenanceFiles: count(values['provenance-files'], sizes.provenanceFiles, '--provenance-files'),
    outputFiles: count(values['output-files'], sizes.outputFiles, '--output-files'),
    startupRuns: count(values['startup-runs'], 10, '--startup-runs'),
    only: values.only === undefined ? [...BENCH_NAMES] : list(values.only, '--only').map(benchName),
    quick: values.quick,
  }
}

function count(text: string | undefined, fallback: number, flag: string, min = 1): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} wants a whole number of at least ${min}, not "${text}"`)
  }
  return value
}

function list(text: string, flag: string): string[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (items.length === 0) throw new UsageError(`${flag} wants a comma-separated list`)
  return items
}

function benchName(name: string): BenchName {
  if ((BENCH_NAMES as readonly string[]).includes(name)) return name as BenchName
  throw new UsageError(`--only: "${name}" is not one of ${BENCH_NAMES.join(', ')}`)
}
