import { describe, expect, it } from '@jest/globals'
import { SUMMARY_BUDGET_BYTES } from '../../src/action/markdown.js'
import { OUTPUT_BUDGET_BYTES } from '../../src/action/output-budget.js'
import { reportJson, reportVerify, type VerifyRunFacts } from '../../src/action/verify-report.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { linksOf, markupProblems, tablesOf } from './markdown-reader.js'
import { BLOB, memoryPlaces, recordingIo, REPORT_PATH } from './report-io.js'

const FACTS: VerifyRunFacts = { policy: 'warn', failOn: 'block', notes: [] }

const blocked = (i: number): FileReport => ({
  file: `d/${String(i).padStart(2, '0')}.ds.md`,
  integrity: 'valid',
  authenticity: 'invalid',
  recommendation: 'BLOCK',
  signatures: [{ kind: 'embedded', status: 'invalid', line: 7 }],
  line: 7,
  message: `file ${i} is tampered`,
})

const allowed = (file: string): FileReport => ({
  file,
  integrity: 'valid',
  authenticity: 'verified',
  recommendation: 'ALLOW',
  coverage: 'frontmatter+body',
  trustedIdentifier: 'team-key',
  signatures: [{ kind: 'sig', status: 'verified', keyIdentifier: 'team-key' }],
  message: `.sig ${file}.sig: signed by team-key`,
})

const warned = (file: string): FileReport => ({
  file,
  integrity: 'valid',
  authenticity: 'unsigned',
  recommendation: 'WARN',
  signatures: [],
  message: 'not signed; sign it',
})

async function verify(reports: FileReport[], facts: VerifyRunFacts = FACTS) {
  const { io, said } = recordingIo()
  const totals = await reportVerify(io, reports, facts, memoryPlaces(said))
  return { said, totals }
}

describe('reportVerify', () => {
  it('annotates 9 BLOCKs by file and line, then one annotation for the rest (the runner shows 10)', async () => {
    const { said, totals } = await verify(Array.from({ length: 14 }, (_, i) => blocked(i)))
    expect(totals.blocked).toBe(14)
    expect(said.errors).toHaveLength(10)
    expect(said.errors[0]).toEqual([
      'file 0 is tampered',
      { file: 'd/00.ds.md', line: 7, title: 'dossier-sign: BLOCK (invalid)' },
    ])
    expect(said.errors[9]?.[0]).toBe(
      `5 more files are BLOCK; the job summary lists them and ${REPORT_PATH} (the \`report-file\` output) every file.`,
    )
    expect(said.summary.match(/⛔ BLOCK/g)).toHaveLength(14)
    expect(said.outputs['blocked-count']).toBe('14')
    expect(JSON.parse(said.outputs.report ?? '[]')[0]).toMatchObject({
      file: 'd/00.ds.md',
      integrity: 'valid',
      authenticity: 'invalid',
      recommendation: 'BLOCK',
      signatures: [{ kind: 'embedded', status: 'invalid' }],
    })
  })

  it('keeps exactly 10 annotations when there are exactly 10', async () => {
    const { said } = await verify(Array.from({ length: 10 }, (_, i) => blocked(i)))
    expect(said.errors.map(([m]) => m)).toEqual(
      Array.from({ length: 10 }, (_, i) => `file ${i} is tampered`),
    )
  })

  it('keeps a table cell intact when a message carries pipes and newlines', async () => {
    const { said } = await verify([{ ...blocked(1), message: 'a | b\nc' }])
    expect(said.summary).toContain('a \\| b c')
  })

  it('writes the report file (the CLI --json bytes) and names it in the report-file output', async () => {
    const reports = [allowed('a.ds.md'), blocked(1)]
    const { said } = await verify(reports)
    expect(said.reportFile).toBe(`${reportJson(reports)}\n`)
    expect(said.outputs['report-file']).toBe(REPORT_PATH)
    expect(said.outputs.report).toBe(reportJson(reports))
    expect(said.notices).toEqual([])
  })
})

describe('the verify summary', () => {
  it('gives the counts first, in one line under the heading, then BLOCK, WARN and ALLOW rows', async () => {
    const { said } = await verify([allowed('a.ds.md'), warned('b.ds.md'), blocked(3)])
    const lines = said.summary.split('\n')
    expect(lines[0]).toBe('## dossier-sign verify: 1 blocked, 1 warned, 1 allowed')
    expect(lines[2]).toBe(
      '3 file(s), policy `warn`: 1 verified, 0 signed by an unknown key, 1 unsigned, 1 invalid, 0 stale; the step fails (`fail-on: block`).',
    )
    const [table, ...others] = tablesOf(said.summary)
    expect(others).toEqual([])
    expect(table?.rows.map((r) => r[0])).toEqual(['⛔ BLOCK', '⚠️ WARN', '✅ ALLOW'])
    expect(markupProblems(said.summary)).toEqual([])
  })

  it('says the step passes when fail-on lets it', async () => {
    const { said } = await verify([warned('b.ds.md')], { ...FACTS, failOn: 'block' })
    expect(said.summary).toContain('the step passes (`fail-on: block`)')
  })

  it('links every file to its blob at the commit, and says nothing twice in an ALLOW row', async () => {
    const { said } = await verify([allowed('docs/a b.ds.md'), blocked(2)])
    expect(linksOf(said.summary).map((l) => l.destination)).toEqual([
      `${BLOB}d/02.ds.md`,
      `${BLOB}docs/a%20b.ds.md`,
    ])
    const row = tablesOf(said.summary)[0]?.rows[1] ?? []
    // The ALLOW row: file once (as the link), key once, no "why" repeating them.
    expect(row.join(' | ').match(/a b\.ds\.md/g)).toHaveLength(1)
    expect(row.join(' | ').match(/team-key/g)).toHaveLength(1)
    expect(row.at(-1)).toBe('')
    // No empty column: provenance only when a file has it.
    expect(tablesOf(said.summary)[0]?.header).not.toContain('Provenance')
  })

  it('says when no files matched, with zero counts and an empty report', async () => {
    const { said } = await verify([], { ...FACTS, nothingMatched: '**/*.ds.md' })
    expect(said.summary).toContain('## dossier-sign verify: no files matched')
    expect(said.summary).toContain('No files matched `files` (`**/*.ds.md`)')
    expect(tablesOf(said.summary)).toEqual([])
    expect(said.outputs.report).toBe('[]')
    expect(said.reportFile).toBe('[]\n')
    expect(said.outputs['blocked-count']).toBe('0')
    expect(said.errors).toEqual([])
  })

  it('stays under its budget at 10,000 files, BLOCKs kept first, and says how many rows were left out and where they are', async () => {
    const reports = Array.from({ length: 10_000 }, (_, i) =>
      i % 10 === 0 ? blocked(i) : allowed(`docs/${String(i).padStart(5, '0')}.ds.md`),
    )
    const { said } = await verify(reports)
    expect(Buffer.byteLength(said.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    const rows = tablesOf(said.summary)[0]?.rows ?? []
    expect(rows.length).toBeGreaterThan(1000)
    expect(rows.length).toBeLessThan(10_000)
    // All 1,000 BLOCKs come before any ALLOW.
    expect(rows.slice(0, 1000).every((r) => r[0] === '⛔ BLOCK')).toBe(true)
    expect(said.summary).toContain(
      `${10_000 - rows.length} more file(s) are not listed here, to keep this summary under 512 KiB`,
    )
    expect(said.summary).toContain(`the report file \`${REPORT_PATH}\``)
    expect(markupProblems(said.summary)).toEqual([])
  })

  it('keeps a report over its output budget in the file, and the output says so', async () => {
    const reports = Array.from({ length: 10_000 }, (_, i) => allowed(`docs/${i}.ds.md`))
    const { said } = await verify(reports)
    const full = reportJson(reports)
    expect(Buffer.byteLength(full)).toBeGreaterThan(OUTPUT_BUDGET_BYTES)
    expect(said.reportFile).toBe(`${full}\n`)
    expect(JSON.parse(said.outputs.report ?? '')).toEqual({
      truncated: true,
      entries: 10_000,
      bytes: Buffer.byteLength(full),
      budgetBytes: OUTPUT_BUDGET_BYTES,
      reportFile: REPORT_PATH,
    })
    expect(said.notices).toHaveLength(1)
    expect(said.notices[0]?.[0]).toContain('The `report` output would be')
    expect(said.notices[0]?.[0]).toContain(REPORT_PATH)
    expect(said.notices[0]?.[1]?.title).toBe('dossier-sign: report output truncated')
  })
})
