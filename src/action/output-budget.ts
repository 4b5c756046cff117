import type { ActionIo } from './action-io.js'

/**
 * GitHub keeps at most 1 MB of outputs per job (all steps together). A per-file JSON
 * output (`report`, `signatures`) is kept whole up to 256 KiB; the other outputs are a
 * few KiB at most, so one step of this action stays near a quarter of the limit and
 * leaves room for the job's other steps.
 */
export const OUTPUT_BUDGET_BYTES = 256 * 1024

/** What a per-file JSON output holds instead of the list when the list is over budget. */
export interface TruncatedOutput {
  truncated: true
  /** How many entries the list has (all of them are in `reportFile`). */
  entries: number
  /** The list's size in bytes, and the budget it went over. */
  bytes: number
  budgetBytes: number
  /** Absolute path of the full report (the `report-file` output). */
  reportFile: string
}

/**
 * Set `name` to `json` (a JSON array of `entries` items) when it fits the budget;
 * otherwise to a TruncatedOutput object, which no reader can take for a short list, and
 * say so in a notice. Never cut silently.
 */
export function setBoundedJsonOutput(
  io: ActionIo,
  name: string,
  json: string,
  entries: number,
  reportFile: string,
  budgetBytes = OUTPUT_BUDGET_BYTES,
): boolean {
  const bytes = Buffer.byteLength(json)
  if (bytes <= budgetBytes) {
    io.setOutput(name, json)
    return false
  }
  const truncated: TruncatedOutput = { truncated: true, entries, bytes, budgetBytes, reportFile }
  io.setOutput(name, JSON.stringify(truncated))
  io.notice(
    `The \`${name}\` output would be ${kib(bytes)} (${entries} entries), over its ${kib(budgetBytes)} budget (GitHub keeps at most 1 MB of outputs per job), so it holds {"truncated": true, ...} instead. The full list is in ${reportFile} (the \`report-file\` output); upload it with actions/upload-artifact to keep it after the job.`,
    { title: `dossier-sign: ${name} output truncated` },
  )
  return true
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`
}
