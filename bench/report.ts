import type { BenchName } from './options.js'

/** PASS/MISS against a target; INFO has no target; SKIP could not be measured here; ERROR broke. */
export type Outcome = 'PASS' | 'MISS' | 'INFO' | 'SKIP' | 'ERROR'

export interface Row {
  bench: BenchName
  what: string
  measured: string
  target: string
  outcome: Outcome
}

/** What one benchmark hands back: its table rows and every raw figure behind them. */
export interface BenchResult {
  rows: Row[]
  details: Record<string, unknown>
  /** one-line remarks printed under the table */
  notes?: string[]
}

export function outcomeOf(pass: boolean): Outcome {
  return pass ? 'PASS' : 'MISS'
}

export function markdownTable(rows: readonly Row[]): string {
  const header = ['#', 'Benchmark', 'Measured', 'Target', 'Result']
  const body = rows.map((r, i) => [String(i + 1), r.what, r.measured, r.target, r.outcome])
  const widths = header.map((h, c) =>
    Math.max(h.length, ...body.map((cells) => (cells[c] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] as number)).join(' | ')} |`
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n')
}

/** Fixed decimals, with thousands separators for big figures. */
export function num(value: number, decimals = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
}

/** Bytes as MB (10^6), the unit of every throughput and memory figure printed. */
export function mb(bytes: number, decimals = 1): string {
  return `${num(bytes / 1e6, decimals)} MB`
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
