import type { FileReport } from '../verify/verify-files.js'
import { annotateCapped, type ActionIo } from './action-io.js'
import { cell, code, table } from './markdown.js'
import type { SignaturePolicy } from './settings.js'

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

/** Outputs, annotations (BLOCK as errors, WARN as warnings) and the job summary. */
export async function reportVerify(
  io: ActionIo,
  reports: readonly FileReport[],
  policy: SignaturePolicy,
  notes: readonly string[],
): Promise<VerifyTotals> {
  const totals = verifyTotalsOf(reports)
  io.setOutput('verified-count', String(totals.verified))
  io.setOutput('unknown-count', String(totals.unknown))
  io.setOutput('unsigned-count', String(totals.unsigned))
  io.setOutput('invalid-count', String(totals.invalid))
  io.setOutput('stale-count', String(totals.stale))
  io.setOutput('blocked-count', String(totals.blocked))
  io.setOutput('report', reportJson(reports))

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
        emit(`${hidden} more files are ${level}; the job summary lists every file.`, {
          title: `dossier-sign: ${level}`,
        }),
    )
  }
  await io.appendSummary(summaryOf(reports, totals, policy, notes))
  return totals
}

function summaryOf(
  reports: readonly FileReport[],
  totals: VerifyTotals,
  policy: SignaturePolicy,
  notes: readonly string[],
): string {
  const head =
    `## dossier-sign verify: ${totals.blocked} blocked, ${totals.warned} warned, ` +
    `${totals.files - totals.blocked - totals.warned} allowed\n\n` +
    `${totals.files} file(s), policy \`${policy}\`: ${totals.verified} verified, ${totals.unknown} signed by an unknown key, ` +
    `${totals.unsigned} unsigned, ${totals.invalid} invalid, ${totals.stale} stale.\n`
  const rows = [...reports]
    .sort(
      (a, b) => ORDER[a.recommendation] - ORDER[b.recommendation] || a.file.localeCompare(b.file),
    )
    .map((r) => [
      `${ICON[r.recommendation]} ${r.recommendation}`,
      code(r.file),
      r.integrity,
      r.authenticity,
      cell(r.coverage ?? ''),
      cell(r.signatures.map((s) => `${s.kind}: ${s.status}`).join(', ')) || '—',
      r.trustedIdentifier ? code(r.trustedIdentifier) : '',
      provenanceCell(r.provenance),
      cell(r.message),
    ])
  const extra = notes.length > 0 ? `\n${notes.map((n) => `> ${cell(n)}`).join('\n>\n')}\n` : ''
  return [
    head,
    extra,
    table(
      [
        'Verdict',
        'File',
        'Checksum',
        'Authenticity',
        'Covers',
        'Signatures',
        'Trusted key',
        'Provenance',
        'Why',
      ],
      rows,
    ),
  ].join('\n')
}

/** Who attested the file: the job workflow (owner/repo/path@ref) and the commit it built. */
function provenanceCell(provenance: FileReport['provenance']): string {
  if (provenance === undefined) return ''
  const who = code(provenance.workflow ?? provenance.repository ?? '')
  const commit = provenance.commit ? `at ${code(provenance.commit.slice(0, 12))}` : ''
  return [who, commit].filter(Boolean).join(' ')
}
