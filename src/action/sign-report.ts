import type { SigningKey } from '../aws/signing-key.js'
import type { FileSignResult, SignStatus } from '../sign/sign-files.js'
import { annotateCapped, type ActionIo } from './action-io.js'
import { cell, code, table } from './markdown.js'
import type { SignFormat } from './settings.js'

/** What the summary says about the run besides the files. */
export interface SignRunFacts {
  key: SigningKey
  formats: readonly SignFormat[]
  minisign?: { arn: string; keyIdHex: string }
  roleSessionName?: string
  oidcSubject?: string
  dryRun: boolean
  provenance?: ProvenanceReport
}

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

export function totalsOf(results: readonly FileSignResult[]): SignTotals {
  const totals: SignTotals = { signed: 0, skipped: 0, 'would-sign': 0, failed: 0 }
  for (const r of results) totals[r.status]++
  return totals
}

/** Outputs, annotations and the job summary of a sign run. */
export async function reportSign(
  io: ActionIo,
  results: readonly FileSignResult[],
  facts: SignRunFacts,
): Promise<SignTotals> {
  const totals = totalsOf(results)
  io.setOutput('signed-count', String(totals.signed))
  io.setOutput('skipped-count', String(totals.skipped))
  io.setOutput('failed-count', String(totals.failed))
  io.setOutput('key-arn', facts.key.arn)
  io.setOutput('signing-algorithm', facts.key.algorithm)
  io.setOutput('public-key', facts.key.publicKeyPem)
  io.setOutput(
    'signatures',
    JSON.stringify(
      results.map(({ file, format, signatureFile, sha256, status }) => ({
        file,
        format,
        signatureFile,
        sha256,
        status,
      })),
    ),
  )

  if (facts.provenance?.status === 'written') io.setOutput('provenance-path', facts.provenance.path)

  const failures = results.filter((r) => r.status === 'failed')
  annotateCapped(
    failures,
    (r) =>
      io.error(r.error?.message ?? 'not signed', {
        file: r.file,
        title: 'dossier-sign: not signed',
      }),
    (hidden) =>
      io.error(`${hidden} more signatures were not written; the job summary lists every file.`, {
        title: 'dossier-sign: not signed',
      }),
  )
  const verb = facts.dryRun ? 'would sign' : 'signed'
  const status: SignStatus = facts.dryRun ? 'would-sign' : 'signed'
  const files = new Set(results.filter((r) => r.status === status).map((r) => r.file)).size
  io.notice(
    `dossier-sign ${verb} ${files} file(s) with ${facts.key.arn} (${facts.key.algorithm}), formats ${formatsOf(facts.formats)}: ` +
      `${totals[status]} signature(s); ${totals.skipped} already held, ${totals.failed} failed.` +
      provenanceNotice(facts.provenance),
    { title: facts.dryRun ? 'dossier-sign dry run' : 'dossier-sign' },
  )
  await io.appendSummary(summaryOf(results, totals, facts))
  return totals
}

/** Every value that is not our own words goes through `code` or `cell` (markdown.ts). */
function summaryOf(
  results: readonly FileSignResult[],
  totals: SignTotals,
  facts: SignRunFacts,
): string {
  const title = facts.dryRun ? 'dossier-sign (dry run: nothing was signed)' : 'dossier-sign'
  const facts_ = [
    ['Key', `${code(facts.key.arn)} (${code(facts.key.keySpec)})`],
    ['Algorithm', code(facts.key.algorithm)],
    ...(facts.minisign
      ? [['minisign key', `${code(facts.minisign.arn)} (key id ${code(facts.minisign.keyIdHex)})`]]
      : []),
    ['Formats', facts.formats.map((f) => code(FORMAT_LABEL[f])).join(', ') || 'none'],
    ...provenanceRows(facts.provenance),
    [
      'Role session',
      facts.roleSessionName ? code(facts.roleSessionName) : 'ambient AWS credentials',
    ],
    ['OIDC subject', facts.oidcSubject ? code(facts.oidcSubject) : '—'],
    [
      'Signatures',
      `${totals.signed} signed, ${totals.skipped} already held, ` +
        (facts.dryRun ? `${totals['would-sign']} would sign, ` : '') +
        `${totals.failed} failed`,
    ],
  ]
  // One row per file, one column per format; failures first.
  const byFile = new Map<string, FileSignResult[]>()
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r])
  const files = [...byFile.entries()].sort(([, a], [, b]) => rank(a) - rank(b))
  const rows = files.map(([file, rows]) => [
    code(file),
    ...facts.formats.map((format) => {
      const row = rows.find((r) => r.format === format)
      return row ? STATUS_LABEL[row.status] : '—'
    }),
    // The detached rows carry the file's SHA-256 as signed (after any embedding).
    code(
      [...rows]
        .reverse()
        .find((r) => r.sha256 !== undefined)
        ?.sha256?.slice(0, 16) ?? '',
    ),
    cell(rows.flatMap((r) => (r.error ? [r.error.message] : [])).join('; ')),
  ])
  // `formats: none`: no per-file signature, so no table unless a file was refused.
  const fileTable =
    rows.length === 0 && facts.formats.length === 0
      ? []
      : [
          '\n### Files\n',
          table(['File', ...facts.formats.map((f) => FORMAT_LABEL[f]), 'SHA-256', 'Problem'], rows),
        ]
  return [`## ${title}\n`, table(['Run', ''], facts_), ...fileTable].join('\n')
}

function formatsOf(formats: readonly SignFormat[]): string {
  return formats.length === 0 ? 'none' : formats.join(', ')
}

function provenanceNotice(provenance: ProvenanceReport | undefined): string {
  if (provenance === undefined) return ''
  return ` Provenance: ${PROVENANCE_VERB[provenance.status]} ${provenance.subjects} file(s) in ${provenance.path} (builder ${provenance.builderId}).`
}

/** The attestation's rows in the Run table: where, how many subjects, who built, whose word. */
function provenanceRows(provenance: ProvenanceReport | undefined): string[][] {
  if (provenance === undefined) return []
  return [
    [
      'Provenance',
      `${PROVENANCE_LABEL[provenance.status]} ${code(provenance.path)}: ${provenance.subjects} subject(s)` +
        (provenance.status === 'written' ? ', one Sign call' : '') +
        (provenance.reason ? ` (${cell(provenance.reason)})` : ''),
    ],
    ['Builder', code(provenance.builderId)],
    // Our own words (claim and variable names from a fixed table): no escaping needed.
    ['Provenance facts from', provenance.source],
  ]
}

// Failures first: they are what a reader of the summary came for.
function rank(rows: readonly FileSignResult[]): number {
  return rows.some((r) => r.status === 'failed') ? 0 : 1
}
