import { describeShard } from '../files/shard.js'
import type { ActionIo } from './action-io.js'
import { ActionFailure } from './action-failure.js'
import { fileLinks } from './file-links.js'
import { reportFile } from './report-file.js'
import type { MergeSettings } from './settings.js'
import { SIGN_FORMATS } from './settings.js'
import { MergeError, readShardReports, type ShardReport } from './shard-reports.js'
import {
  fileCounts,
  publishSign,
  SIGN_REPORT,
  SIGN_REPORT_VERSION,
  totalsOf,
  type SignReportFile,
} from './sign-report.js'

export interface MergeDependencies {
  io: ActionIo
  env: NodeJS.ProcessEnv
}

/**
 * `mode: merge-reports`: read the sign reports a matrix's shards uploaded, check they
 * are the N slices of one run (each once, one key, no file signed twice), and say the
 * whole run once: outputs, report file and job summary as one unsharded run would.
 * Files only: no AWS call, no token.
 */
export async function runMergeReports(
  settings: MergeSettings,
  { io, env }: MergeDependencies,
): Promise<void> {
  const report = reportFile('merge', settings.workspace, settings.reportPath, env)
  await report.check()
  const shards = await readShardReports(settings.workspace, settings.reports)
  const merged = mergeShardReports(shards, io)
  const { totals, signatures } = merged
  const count = merged.shard.count
  const { files, failed } = fileCounts(signatures)
  io.info(
    `Merging ${shards.map((s) => `${s.file} (${describeShard(s.report.shard)})`).join(', ')}.`,
  )
  await publishSign(
    io,
    merged,
    {
      key: merged.key ?? undefined,
      formats: merged.formats,
      minisign: merged.minisign ?? undefined,
      dryRun: merged.dryRun,
      mergedShards: count,
    },
    { report, links: await fileLinks(env) },
    `dossier-sign: ${count} shards merged: ${merged.dryRun ? `${totals['would-sign']} would sign` : `${totals.signed} signed`}, ${totals.skipped} already held, ${totals.failed} failed (${signatures.length} signature(s) of ${files} file(s)).`,
  )
  if (totals.failed > 0) {
    throw new ActionFailure(
      'files-failed',
      `${failed} of ${files} file(s) were not signed by the shards (${totals.failed} signature(s) not written); each failure is listed in the job summary and annotated in its shard's job.`,
    )
  }
}

/**
 * One report from the N shard reports of one run. Refused: mixed N, a slice missing
 * or reported twice, different keys or dry-run settings, a merged report among them,
 * and a file and format in two reports (the matrix or the globs changed between jobs).
 */
export function mergeShardReports(
  shards: readonly ShardReport[],
  io: Pick<ActionIo, 'warning'>,
): SignReportFile {
  const list = (items: readonly ShardReport[]) =>
    items.map((s) => `${s.file} (${describeShard(s.report.shard)})`).join(', ')
  const merged = shards.filter((s) => s.report.shard.index === 0)
  if (merged.length > 0) {
    throw new MergeError(
      'mixed',
      `${merged.map((s) => s.file).join(', ')} is already a merged report (shard index 0); \`reports\` should match only the shards' own reports.`,
    )
  }
  const counts = new Set(shards.map((s) => s.report.shard.count))
  if (counts.size > 1) {
    throw new MergeError(
      'mixed',
      `The reports split the files into different numbers of shards: ${list(shards)}. Merge the reports of one matrix run only (clear the download folder; the matrix's N must be the same in every job).`,
    )
  }
  const count = shards[0]?.report.shard.count ?? 1
  const byIndex = new Map<number, ShardReport[]>()
  for (const s of shards)
    byIndex.set(s.report.shard.index, [...(byIndex.get(s.report.shard.index) ?? []), s])
  const twice = [...byIndex.values()].filter((items) => items.length > 1)
  if (twice.length > 0) {
    throw new MergeError(
      'duplicate-shards',
      `More than one report for the same shard: ${twice.map(list).join('; ')}. Give each shard's artifact its own name (dossier-sign-report-\${{ matrix.shard }}) and download one run's artifacts only.`,
    )
  }
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i))
  if (absent.length > 0) {
    const names = absent.map((i) => `${i}/${count}`)
    const named =
      names.length === 1
        ? `shard ${names[0]} has`
        : `shards ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} have`
    throw new MergeError(
      'missing-shards',
      `${named} no report: did those jobs fail before writing one? Upload the report with \`if: always()\` in every shard, and run the merge job with \`needs\` on the sign job and \`if: always()\`.`,
    )
  }
  const arns = new Set(shards.flatMap((s) => (s.report.key ? [s.report.key.arn] : [])))
  if (arns.size > 1) {
    throw new MergeError(
      'mixed',
      `The shards signed with different keys: ${shards.map((s) => `${s.file}: ${s.report.key?.arn ?? 'none'}`).join(', ')}. Every shard of a run must use the same \`kms-key-id\`.`,
    )
  }
  if (new Set(shards.map((s) => s.report.dryRun)).size > 1) {
    throw new MergeError(
      'mixed',
      `Some shards ran with \`dry-run\` and some without: ${shards.map((s) => `${s.file}: dry-run ${s.report.dryRun}`).join(', ')}. Give every shard of a run the same \`dry-run\`.`,
    )
  }
  const ordered = [...shards].sort((a, b) => a.report.shard.index - b.report.shard.index)
  const owner = new Map<string, ShardReport>()
  for (const s of ordered) {
    for (const entry of s.report.signatures) {
      const id = `${entry.file}\0${entry.format}`
      const first = owner.get(id)
      if (first !== undefined && first !== s) {
        throw new MergeError(
          'overlap',
          `${entry.file} (${entry.format}) is in the reports of shard ${describeShard(first.report.shard)} (${first.file}) and shard ${describeShard(s.report.shard)} (${s.file}): each file belongs to one shard, so the matrix or the \`files\` globs changed between jobs. Re-run every shard with the same inputs.`,
        )
      }
      owner.set(id, s)
    }
  }
  const matched = new Set(shards.map((s) => s.report.matched))
  if (matched.size > 1) {
    io.warning(
      `The shards matched different numbers of files (${ordered.map((s) => `${describeShard(s.report.shard)}: ${s.report.matched}`).join(', ')}): did they check out different commits? A file added between jobs may have been missed by its shard.`,
    )
  }
  const signatures = ordered
    .flatMap((s) => s.report.signatures)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const formats = new Set(shards.flatMap((s) => s.report.formats))
  const key = shards.find((s) => s.report.key !== null)?.report.key ?? null
  return {
    report: SIGN_REPORT,
    version: SIGN_REPORT_VERSION,
    shard: { index: 0, count },
    matched: Math.max(...matched),
    dryRun: shards[0]?.report.dryRun ?? false,
    key,
    minisign: shards.find((s) => s.report.minisign !== null)?.report.minisign ?? null,
    formats: SIGN_FORMATS.filter((f) => formats.has(f)),
    totals: totalsOf(signatures),
    signatures,
  }
}
