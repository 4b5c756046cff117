import type { FileReport } from '../verify/verify-files.js'
import { annotateCapped, type ActionIo } from './action-io.js'
import type { FileLink } from './file-links.js'
import { boundedTable, cell, code, leftOutNote, link } from './markdown.js'
import { setBoundedJsonOutput } from './output-budget.js'
import type { ReportPlaces } from './report-file.js'
import type { FailOn, SignaturePolicy } from './settings.js'

export interface VerifyTotals {
  files: number
  verified: number
  unknown: number
  unsigned: number
  invalid: number
  stale: number
  blocked: number
  warned: number
}

export function verifyTotalsOf(reports: readonly FileReport[]): VerifyTotals {
  const count = (p: (r: FileReport) => boolean): number => reports.filter(p).length
  return {
    files: reports.length,
    verified: count((r) => r.authenticity === 'verified'),
    unknown: count((r) => r.authenticity === 'signed_unknown'),
    unsigned: count((r) => r.authenticity === 'unsigned'),
    invalid: count((r) => r.authenticity === 'invalid' || r.integrity === 'invalid'),
    stale: count((r) => r.authenticity === 'stale'),
    blocked: count((r) => r.recommendation === 'BLOCK'),
    warned: count((r) => r.recommendation === 'WARN'),
  }
}

/** The `report` output and the CLI's `--json`: one object per file. */
export function reportJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      integrity: r.integrity,
      authenticity: r.authenticity,
      recommendation: r.recommendation,
      coverage: r.coverage,
      uncovered: r.uncovered,
      trustedIdentifier: r.trustedIdentifier,
      provenance: r.provenance,
      code: r.code,
      message: r.message,
      signatures: r.signatures.map((s) => ({
        kind: s.kind,
        status: s.status,
        coverage: s.coverage,
        keyIdentifier: s.keyIdentifier,
        algorithm: s.algorithm,
        signatureFile: s.signatureFile,
        line: s.line,
        code: s.code,
        message: s.message,
      })),
    })),
  )
}

const ICON: Record<FileReport['recommendation'], string> = { BLOCK: '⛔', WARN: '⚠️', ALLOW: '✅' }
const ORDER: Record<FileReport['recommendation'], number> = { BLOCK: 0, WARN: 1, ALLOW: 2 }

/** What fails the step, per `fail-on`. */
const FAILS: Record<FailOn, (t: VerifyTotals) => boolean> = {
  block: (t) => t.blocked > 0,
  warn: (t) => t.blocked + t.warned > 0,
  never: () => false,
}

export function failsStep(totals: VerifyTotals, failOn: FailOn): boolean {
  return FAILS[failOn](totals)
}

/** What the summary says about the check besides the files. */
export interface VerifyRunFacts {
  policy: SignaturePolicy
  failOn: FailOn
  /** Said once for the whole check (trust from the base commit, a changed trusted-keys file...). */
  notes: readonly string[]
  /** Set when the `files` globs matched nothing at all: the globs, as given. */
  nothingMatched?: string
}

/** Notes shown in the summary, each cut to a length: the log and annotations have them whole. */
const NOTES_SHOWN = 20
const NOTE_CHARS = 2000

/**
 * The report file (every file), outputs (`report` only while it fits its budget),
 * annotations (BLOCK as errors, WARN as warnings) and the job summary.
 */
export async function reportVerify(
  io: ActionIo,
  reports: readonly FileReport[],
  facts: VerifyRunFacts,
  places: ReportPlaces,
): Promise<VerifyTotals> {
  const totals = verifyTotalsOf(reports)
  const json = reportJson(reports)
  // The same bytes as the CLI's `--json`, which prints one line.
  const reportFile = await places.report.write(`${json}\n`)
  io.setOutput('report-file', reportFile)
  io.setOutput('verified-count', String(totals.verified))
  io.setOutput('unknown-count', String(totals.unknown))
  io.setOutput('unsigned-count', String(totals.unsigned))
  io.setOutput('invalid-count', String(totals.invalid))
  io.setOutput('stale-count', String(totals.stale))
  io.setOutput('blocked-count', String(totals.blocked))
  setBoundedJsonOutput(io, 'report', json, reports.length, reportFile)

  for (const [level, emit] of [
    ['BLOCK', io.error.bind(io)],
    ['WARN', io.warning.bind(io)],
  ] as const) {
    annotateCapped(
      reports.filter((r) => r.recommendation === level),
      (r) =>
        emit(r.message, {
          file: r.file,
          line: r.line,
          title: `dossier-sign: ${level} (${r.authenticity})`,
        }),
      (hidden) =>
        emit(
          `${hidden} more files are ${level}; the job summary lists them and ${reportFile} (the \`report-file\` output) every file.`,
          { title: `dossier-sign: ${level}` },
        ),
    )
  }
  await io.appendSummary(summaryOf(reports, totals, facts, places.links, reportFile))
  return totals
}

/**
 * Counts first, then notes, then one row per file, BLOCK first, then WARN, then ALLOW.
 * Every value that is not our own words goes through `code`, `cell` or `link`.
 */
function summaryOf(
  reports: readonly FileReport[],
  totals: VerifyTotals,
  facts: VerifyRunFacts,
  links: FileLink,
  reportFile: string,
): string {
  const fails = failsStep(totals, facts.failOn)
  const counts =
    facts.nothingMatched === undefined
      ? `## dossier-sign verify: ${totals.blocked} blocked, ${totals.warned} warned, ` +
        `${totals.files - totals.blocked - totals.warned} allowed\n\n` +
        `${totals.files} file(s), policy \`${facts.policy}\`: ${totals.verified} verified, ${totals.unknown} signed by an unknown key, ` +
        `${totals.unsigned} unsigned, ${totals.invalid} invalid, ${totals.stale} stale; ` +
        `the step ${fails ? 'fails' : 'passes'} (\`fail-on: ${facts.failOn}\`).\n`
      : `## dossier-sign verify: no files matched\n\n` +
        `No files matched \`files\` (${code(facts.nothingMatched)}): nothing was verified, and the step passes.\n`
  const shownNotes = facts.notes.slice(0, NOTES_SHOWN).map((n) => `> ${cell(cut(n))}`)
  const more = facts.notes.length - shownNotes.length
  const notes =
    shownNotes.length === 0
      ? ''
      : `\n${shownNotes.join('\n>\n')}\n${more > 0 ? `\n${more} more note(s) are in the log.\n` : ''}`
  const head = `${counts}${notes}\nReport: ${code(reportFile)} (the \`report-file\` output).\n`

  const withProvenance = reports.some((r) => r.provenance !== undefined)
  const rows = [...reports]
    .sort(
      (a, b) =>
        ORDER[a.recommendation] - ORDER[b.recommendation] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    )
    .map((r) => [
      `${ICON[r.recommendation]} ${r.recommendation}`,
      link(code(r.file), links(r.file)),
      r.authenticity,
      cell(r.signatures.map((s) => `${s.kind}: ${s.status}`).join(', ')) || '—',
      cell(r.coverage ?? ''),
      r.trustedIdentifier ? code(r.trustedIdentifier) : '',
      ...(withProvenance ? [provenanceCell(r.provenance)] : []),
      // An ALLOW's message only repeats its key and coverage, already in their columns.
      r.recommendation === 'ALLOW' ? '' : cell(r.message),
    ])
  const header = [
    'Verdict',
    'File',
    'Authenticity',
    'Signatures',
    'Covers',
    'Trusted key',
    ...(withProvenance ? ['Provenance'] : []),
    'Why',
  ]
  return boundedTable(head, header, rows, (n) => leftOutNote(n, reportFile))
}

function cut(note: string): string {
  const chars = [...note]
  return chars.length <= NOTE_CHARS ? note : `${chars.slice(0, NOTE_CHARS).join('')}…`
}

/** Who attested the file: the job workflow (owner/repo/path@ref) and the commit it built. */
function provenanceCell(provenance: FileReport['provenance']): string {
  if (provenance === undefined) return ''
  const who = code(provenance.workflow ?? provenance.repository ?? '')
  const commit = provenance.commit ? `at ${code(provenance.commit.slice(0, 12))}` : ''
  return [who, commit].filter(Boolean).join(' ')
}
