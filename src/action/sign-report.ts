import type { SigningKey } from '../aws/signing-key.js'
import { describeShard, type Shard } from '../files/shard.js'
import type { FileSignResult, SignStatus } from '../sign/sign-files.js'
import { annotateCapped, type ActionIo } from './action-io.js'
import type { FileLink } from './file-links.js'
import { boundedTable, cell, code, leftOutNote, link } from './markdown.js'
import { setBoundedJsonOutput } from './output-budget.js'
import type { ReportPlaces } from './report-file.js'
import type { SignFormat } from './settings.js'

/** The key as a report names it: what a reader (or a merge of shards) compares. */
export interface KeyFacts {
  arn: string
  keySpec: string
  algorithm: string
}

/**
 * What the sign summary says besides the files: narrow facts, so a merge of shard
 * reports (which holds no public key and made no AWS call) writes the same summary.
 */
export interface SignSummaryFacts {
  /** Absent when no KMS call was made: a shard whose slice held no file. */
  key?: KeyFacts
  formats: readonly SignFormat[]
  minisign?: { arn: string; keyIdHex: string }
  roleSessionName?: string
  oidcSubject?: string
  dryRun: boolean
  provenance?: ProvenanceReport
  /** `shard: I/N`; absent or 1/1 when the run was not sharded. */
  shard?: Shard
  /** How many shard reports this summary merges (`mode: merge-reports`). */
  mergedShards?: number
}

/** What the summary, outputs and report file of one sign run say besides the files. */
export interface SignRunFacts extends SignSummaryFacts {
  key?: SigningKey
  /** Files the globs matched before the shard's slice; default: the files in `results`. */
  matched?: number
}

/** One signature (one file and format), as the `signatures` output and report file list it. */
export type SignatureEntry = Pick<
  FileSignResult,
  'file' | 'format' | 'signatureFile' | 'sha256' | 'status' | 'error'
>

/**
 * The sign report file (`report-file`): the run's facts and every signature. A shard's
 * report says which slice it covers, so `mode: merge-reports` can check that the slices
 * of one matrix are all there, once each. A merged report has shard index 0.
 */
export interface SignReportFile {
  report: typeof SIGN_REPORT
  version: typeof SIGN_REPORT_VERSION
  /** `{index: I, count: N}` for `shard: I/N`; `{index: 1, count: 1}` unsharded; index 0: merged. */
  shard: Shard
  /** Files the globs matched in the whole workspace, before slicing (a merge: the largest any shard saw). */
  matched: number
  dryRun: boolean
  /** Null when no KMS call was made (a shard with an empty slice). */
  key: KeyFacts | null
  minisign: { arn: string; keyIdHex: string } | null
  formats: SignFormat[]
  totals: SignTotals
  signatures: SignatureEntry[]
}

export const SIGN_REPORT = 'dossier-sign/sign'
export const SIGN_REPORT_VERSION = 1

/** The run's one provenance attestation (`provenance-path`), as reported. */
export interface ProvenanceReport {
  /** Relative to the workspace. */
  path: string
  status: 'written' | 'would-write' | 'not-written' | 'failed'
  subjects: number
  builderId: string
  /** Where the predicate's facts came from: the OIDC token, the runner environment, or both. */
  source: string
  reason?: string
}

const PROVENANCE_LABEL: Record<ProvenanceReport['status'], string> = {
  written: '✅ written',
  'would-write': '📝 would write',
  'not-written': '⏭️ not written',
  failed: '❌ failed',
}

const PROVENANCE_VERB: Record<ProvenanceReport['status'], string> = {
  written: 'attested',
  'would-write': 'would attest',
  'not-written': 'did not attest',
  failed: 'failed to attest',
}

/** Counts of signatures (one per file and format) by status. */
export type SignTotals = Record<SignStatus, number>

const STATUS_LABEL: Record<SignStatus, string> = {
  signed: '✅ signed',
  skipped: '⏭️ already signed',
  'would-sign': '📝 would sign',
  failed: '❌ failed',
}

const FORMAT_LABEL: Record<SignFormat, string> = {
  embedded: 'embedded',
  sig: '.sig',
  sigstore: '.sigstore.json',
  minisig: '.minisig',
}

/** How many files the entries are of, and how many of those have a failed signature. */
export function fileCounts(entries: readonly Pick<SignatureEntry, 'file' | 'status'>[]): {
  files: number
  failed: number
} {
  const files = new Set(entries.map((e) => e.file)).size
  const failed = new Set(entries.filter((e) => e.status === 'failed').map((e) => e.file)).size
  return { files, failed }
}

export function totalsOf(results: readonly Pick<FileSignResult, 'status'>[]): SignTotals {
  const totals: SignTotals = { signed: 0, skipped: 0, 'would-sign': 0, failed: 0 }
  for (const r of results) totals[r.status]++
  return totals
}

/**
 * The entries of the `signatures` output and the report file: one per file and format,
 * these fields only (a shard's report read back is cut to them too).
 */
export function signatureEntries(results: readonly SignatureEntry[]): SignatureEntry[] {
  return results.map(({ file, format, signatureFile, sha256, status, error }) => ({
    file,
    format,
    signatureFile,
    sha256,
    status,
    error,
  }))
}

function keyFacts(key: KeyFacts): KeyFacts {
  return { arn: key.arn, keySpec: key.keySpec, algorithm: key.algorithm }
}

/**
 * The report file (every signature, full digests), outputs (`signatures` only while it
 * fits its budget), annotations and the job summary of a sign run.
 */
export async function reportSign(
  io: ActionIo,
  results: readonly FileSignResult[],
  facts: SignRunFacts,
  places: ReportPlaces,
): Promise<SignTotals> {
  const totals = totalsOf(results)
  const shard = facts.shard ?? { index: 1, count: 1 }
  const report: SignReportFile = {
    report: SIGN_REPORT,
    version: SIGN_REPORT_VERSION,
    shard: { index: shard.index, count: shard.count },
    matched: facts.matched ?? new Set(results.map((r) => r.file)).size,
    dryRun: facts.dryRun,
    key: facts.key ? keyFacts(facts.key) : null,
    minisign: facts.minisign ?? null,
    formats: [...facts.formats],
    totals,
    signatures: signatureEntries(results),
  }
  io.setOutput('shard', shard.count > 1 ? describeShard(shard) : '')
  if (facts.key) {
    io.setOutput('signing-algorithm', facts.key.algorithm)
    io.setOutput('public-key', facts.key.publicKeyPem)
  }
  if (facts.provenance?.status === 'written') io.setOutput('provenance-path', facts.provenance.path)
  const where = shard.count > 1 ? ` shard ${describeShard(shard)}` : ''
  const verb = facts.dryRun ? 'would sign' : 'signed'
  const status: SignStatus = facts.dryRun ? 'would-sign' : 'signed'
  const files = new Set(results.filter((r) => r.status === status).map((r) => r.file)).size
  const notice = facts.key
    ? `dossier-sign${where} ${verb} ${files} file(s) with ${facts.key.arn} (${facts.key.algorithm}), formats ${formatsOf(facts.formats)}: ` +
      `${totals[status]} signature(s); ${totals.skipped} already held, ${totals.failed} failed.` +
      provenanceNotice(facts.provenance)
    : undefined
  await publishSign(io, report, facts, places, notice)
  return totals
}

/**
 * Write `report` and say it: the outputs both a sign run and a merge of shards set, the
 * failure annotations, the notice (when given) and the job summary.
 */
export async function publishSign(
  io: ActionIo,
  report: SignReportFile,
  facts: SignSummaryFacts,
  places: ReportPlaces,
  notice: string | undefined,
): Promise<void> {
  const results = report.signatures
  const totals = report.totals
  const reportFile = await places.report.write(`${JSON.stringify(report)}\n`)
  io.setOutput('report-file', reportFile)
  io.setOutput('signed-count', String(totals.signed))
  io.setOutput('skipped-count', String(totals.skipped))
  io.setOutput('failed-count', String(totals.failed))
  io.setOutput('key-arn', report.key?.arn ?? '')
  // The report's entries are the output's already (signatureEntries): no second copy.
  setBoundedJsonOutput(io, 'signatures', JSON.stringify(results), results.length, reportFile)

  const failures = results.filter((r) => r.status === 'failed')
  annotateCapped(
    failures,
    (r) =>
      io.error(r.error?.message ?? 'not signed', {
        file: r.file,
        title: 'dossier-sign: not signed',
      }),
    (hidden) =>
      io.error(
        `${hidden} more signatures were not written; the job summary lists the files and ${reportFile} (the \`report-file\` output) every one.`,
        { title: 'dossier-sign: not signed' },
      ),
  )
  if (notice !== undefined)
    io.notice(notice, { title: facts.dryRun ? 'dossier-sign dry run' : 'dossier-sign' })
  await io.appendSummary(signSummary(results, totals, facts, places.links, reportFile))
}

/**
 * Counts first, then the run's facts, then one row per file, failures first. Every
 * value that is not our own words goes through `code`, `cell` or `link` (markdown.ts).
 */
export function signSummary(
  results: readonly SignatureEntry[],
  totals: SignTotals,
  facts: SignSummaryFacts,
  links: FileLink,
  reportFile: string,
): string {
  const byFile = new Map<string, SignatureEntry[]>()
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r])
  // A dry run signs nothing, so its count is what it would sign; a real run never "would".
  const done = facts.dryRun ? `${totals['would-sign']} would sign` : `${totals.signed} signed`
  const title = titleOf(facts)
  const head = [
    `## ${title}: ${done}, ${totals.skipped} already held, ${totals.failed} failed\n`,
    `${byFile.size} file(s), ${results.length} signature(s).\n`,
    ...factLines(facts, reportFile).map((line) => `- ${line}`),
    '',
  ].join('\n')

  const failed = [...byFile.values()].some(failedIn)
  const rows = [...byFile.entries()]
    .sort(([a, ra], [b, rb]) => rank(ra) - rank(rb) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, rows]) => [
      link(code(file), links(file)),
      // The detached rows carry the file's SHA-256 as signed (after any embedding).
      code(
        [...rows]
          .reverse()
          .find((r) => r.sha256 !== undefined)
          ?.sha256?.slice(0, SHORT_DIGEST) ?? '',
      ),
      ...facts.formats.map((format) => {
        const row = rows.find((r) => r.format === format)
        return row ? STATUS_LABEL[row.status] : '—'
      }),
      ...(failed ? [cell(rows.flatMap((r) => (r.error ? [r.error.message] : [])).join('; '))] : []),
    ])
  const header = [
    'File',
    'SHA-256',
    ...facts.formats.map((f) => FORMAT_LABEL[f]),
    ...(failed ? ['Problem'] : []),
  ]
  return boundedTable(head, header, rows, (n) => leftOutNote(n, reportFile))
}

/** `dossier-sign`, which shard or how many merged, and whether it was a dry run. */
function titleOf(facts: SignSummaryFacts): string {
  const scope =
    facts.mergedShards !== undefined
      ? `: ${facts.mergedShards} shards merged`
      : facts.shard && facts.shard.count > 1
        ? ` shard ${describeShard(facts.shard)}`
        : ''
  const dry = facts.dryRun ? `${scope ? ',' : ''} dry run (nothing was signed)` : ''
  return `dossier-sign${scope}${dry}`
}

/** The full digest is in the report file; 12 hex digits tell files apart at a glance. */
const SHORT_DIGEST = 12

/** The run's facts, each a list item: our words around `code()` of every value. */
function factLines(facts: SignSummaryFacts, reportFile: string): string[] {
  return [
    facts.key
      ? `Key: ${code(facts.key.arn)} (${code(facts.key.keySpec)}, ${code(facts.key.algorithm)})`
      : 'Key: none used (no file fell in this shard, so no AWS call was made)',
    ...(facts.minisign
      ? [`minisign key: ${code(facts.minisign.arn)} (key id ${code(facts.minisign.keyIdHex)})`]
      : []),
    `Formats: ${facts.formats.map((f) => code(FORMAT_LABEL[f])).join(', ') || 'none'}`,
    ...provenanceLines(facts.provenance),
    ...identityLines(facts),
    `Report: ${code(reportFile)} (the \`report-file\` output), every signature with its full SHA-256`,
  ]
}

/** Who signed; nobody when an empty shard made no AWS call; each shard's job in a merge. */
function identityLines(facts: SignSummaryFacts): string[] {
  if (facts.mergedShards !== undefined)
    return ["Identity: each shard's job names its own role session in its summary"]
  if (facts.key === undefined) return []
  return [
    facts.roleSessionName
      ? `Identity: role session ${code(facts.roleSessionName)}` +
        (facts.oidcSubject ? `, OIDC subject ${code(facts.oidcSubject)}` : '')
      : 'Identity: ambient AWS credentials (no `role-to-assume`)',
  ]
}

function formatsOf(formats: readonly SignFormat[]): string {
  return formats.length === 0 ? 'none' : formats.join(', ')
}

function provenanceNotice(provenance: ProvenanceReport | undefined): string {
  if (provenance === undefined) return ''
  return ` Provenance: ${PROVENANCE_VERB[provenance.status]} ${provenance.subjects} file(s) in ${provenance.path} (builder ${provenance.builderId}).`
}

/** The attestation's lines: where, how many subjects, who built, whose word. */
function provenanceLines(provenance: ProvenanceReport | undefined): string[] {
  if (provenance === undefined) return []
  return [
    `Provenance: ${PROVENANCE_LABEL[provenance.status]} ${code(provenance.path)}: ${provenance.subjects} subject(s)` +
      (provenance.status === 'written' ? ', one Sign call' : '') +
      (provenance.reason ? ` (${cell(provenance.reason)})` : ''),
    // Our own words (claim and variable names from a fixed table): no escaping needed.
    `Builder: ${code(provenance.builderId)}, facts from ${provenance.source}`,
  ]
}

function failedIn(rows: readonly SignatureEntry[]): boolean {
  return rows.some((r) => r.status === 'failed')
}

// Failures first: they are what a reader of the summary came for.
function rank(rows: readonly SignatureEntry[]): number {
  return failedIn(rows) ? 0 : 1
}
