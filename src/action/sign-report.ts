import type { SigningKey } from '../aws/signing-key.js'
import type { FileSignResult, SignStatus } from '../sign/sign-files.js'
import { annotateCapped, type ActionIo } from './action-io.js'
import { cell, code, table } from './markdown.js'

/** What the summary says about the run besides the files. */
export interface SignRunFacts {
  key: SigningKey
  roleSessionName?: string
  oidcSubject?: string
  dryRun: boolean
}

export type SignTotals = Record<SignStatus, number>

const STATUS_LABEL: Record<SignStatus, string> = {
  signed: '✅ signed',
  skipped: '⏭️ already signed',
  'would-sign': '📝 would sign',
  failed: '❌ failed',
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
      results.map(({ file, signatureFile, sha256, status }) => ({
        file,
        signatureFile,
        sha256,
        status,
      })),
    ),
  )

  const failures = results.filter((r) => r.status === 'failed')
  annotateCapped(
    failures,
    (r) =>
      io.error(r.error?.message ?? 'not signed', {
        file: r.file,
        title: 'dossier-sign: not signed',
      }),
    (hidden) =>
      io.error(`${hidden} more files were not signed; the job summary lists every file.`, {
        title: 'dossier-sign: not signed',
      }),
  )
  const verb = facts.dryRun ? 'would sign' : 'signed'
  const count = facts.dryRun ? totals['would-sign'] : totals.signed
  io.notice(
    `dossier-sign ${verb} ${count} file(s) with ${facts.key.arn} (${facts.key.algorithm}); ` +
      `${totals.skipped} already signed, ${totals.failed} failed.`,
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
    [
      'Role session',
      facts.roleSessionName ? code(facts.roleSessionName) : 'ambient AWS credentials',
    ],
    ['OIDC subject', facts.oidcSubject ? code(facts.oidcSubject) : '—'],
    [
      'Files',
      `${totals.signed} signed, ${totals.skipped} already signed, ` +
        `${totals['would-sign']} would sign, ${totals.failed} failed`,
    ],
  ]
  const ordered = [...results].sort((a, b) => rank(a) - rank(b))
  const rows = ordered.map((r) => [
    code(r.file),
    STATUS_LABEL[r.status],
    r.sha256 ? code(r.sha256) : '',
    cell(r.error?.message ?? ''),
  ])
  return [
    `## ${title}\n`,
    table(['', ''], facts_),
    '\n### Files\n',
    table(['File', 'Status', 'SHA-256', 'Problem'], rows),
  ].join('\n')
}

// Failures first: they are what a reader of the summary came for.
function rank(r: FileSignResult): number {
  return r.status === 'failed' ? 0 : 1
}
