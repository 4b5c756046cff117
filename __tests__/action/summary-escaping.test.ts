// Security property of the job summary: nothing that comes from a file (names, key
// identifiers, messages quoting them) renders as HTML or markdown structure. Written
// against reportVerify and reportSign, and against every table and line they write, so
// it keeps holding when columns are added.
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ActionIo } from '../../src/action/action-io.js'
import { cell, code } from '../../src/action/markdown.js'
import { reportSign } from '../../src/action/sign-report.js'
import { reportVerify } from '../../src/action/verify-report.js'
import type { SigningKey } from '../../src/aws/signing-key.js'
import { printable } from '../../src/printable.js'
import type { FileSignResult } from '../../src/sign/sign-files.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { runs } from '../fuzz/fuzz-settings.js'
import { blobLinks } from '../../src/action/file-links.js'
import type { ReportPlaces } from '../../src/action/report-file.js'
import { linksOf, markupProblems, readInline, shownRow, tablesOf } from './markdown-reader.js'

/** An ActionIo that keeps the summary: our own interface, not a mock of @actions/core. */
function summaryIo(): { io: ActionIo; summary: () => string } {
  let summary = ''
  const io: ActionIo = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    setOutput: () => undefined,
    setSecret: () => undefined,
    appendSummary: async (markdown) => void (summary += markdown),
  }
  return { io, summary: () => summary }
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>.ds.md',
  '<details><summary>open me</summary>.ds.md',
  '<script>alert(1)</script>',
  '<https://evil.example>.ds.md',
  'a|b.ds.md',
  'a\\|b.ds.md',
  'a\\\\|b.ds.md',
  '| x | y |',
  'x`y.ds.md',
  'x``y```z.ds.md',
  '`starts and ends`',
  '[click](https://evil.example).ds.md',
  '![pixel](https://evil.example/p.png)',
  '[^1]: footnote',
  '# heading.ds.md',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  '&lt;b&gt; &#60;i&#62; &amp;',
  'line one\nline two.ds.md',
  'crlf\r\n| injected | row |',
  'lone\rcr',
  'sep\u2028line\u2029para\u0085nel\vvt\fff',
  'https://evil.example/path',
  'www.evil.example.ds.md',
  'mail@evil.example',
  '@someone',
  '$x^2$',
  '- item.ds.md',
  '1. item.ds.md',
  '> quote.ds.md',
  '    indented code',
  '```',
  '---',
  'trailing backslash \\',
  'tab\there',
  'esc\u001b[31mred',
  // Link targets: each path segment is percent-encoded, so none of these ends the link,
  // changes its scheme or leaves the repository's blob URL.
  'a)b.ds.md',
  'x](javascript:alert(1)).ds.md',
  'javascript:alert(1)',
  'with space/and (parens).ds.md',
  '<x>(y)/../z.ds.md',
  '?q=1#frag%2e%2e.ds.md',
  'quote\'"!*~.ds.md',
]

/** Text built mostly from what carries structure in markdown, GFM and HTML. */
const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...'<>&"\'`|\\[]()!#*_~$@:/.-+=1 \t\n\r') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'https://',
        'www.',
        '&lt;',
        '&#60;',
        '<img src=x>',
        '<details>',
        '```',
        '---',
        '\u2028',
        '\u0085',
        'é',
        'a',
      ),
    },
  ),
  maxLength: 30,
})

/**
 * The ways a value may be shown: as code (exact, controls escaped), as text (line breaks
 * as spaces), or as code whose backslashes before a `|` show doubled (code() keeps their
 * count odd so no GFM reader splits the cell there).
 */
function shownForms(value: string): string[] {
  const asText = printable(value.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ')).trim()
  const asCode = printable(value)
  return [asCode, asText, asCode.replace(/(\\+)\|/g, '$1$1|')]
}

const hostileReport = (value: string, i: number): FileReport => ({
  file: value,
  integrity: i % 2 === 0 ? 'valid' : 'invalid',
  authenticity: i % 3 === 0 ? 'verified' : 'invalid',
  recommendation: (['ALLOW', 'WARN', 'BLOCK'] as const)[i % 3] ?? 'BLOCK',
  trustedIdentifier: value,
  uncovered: [value],
  message: `${value} says ${value}`,
  line: 3,
  signatures: [
    {
      kind: 'sig',
      status: 'invalid',
      keyIdentifier: value,
      algorithm: value,
      signatureFile: `${value}.sig`,
      message: value,
    },
  ],
})

const SHA = 'c0ffee'.repeat(6).padEnd(40, '0')
const BLOB = `https://github.com/o/r/blob/${SHA}/`
/** Links to the files at SHA, and a report file kept in memory: our own interfaces. */
const places: ReportPlaces = {
  report: { write: async () => '/tmp/run/report <b>.json' },
  links: blobLinks('https://github.com', 'o/r', SHA),
}

async function verifySummary(reports: FileReport[], notes: string[]): Promise<string> {
  const { io, summary } = summaryIo()
  await reportVerify(io, reports, { policy: 'warn', failOn: 'block', notes }, places)
  return summary()
}

const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
const signingKey = (arn: string): SigningKey => ({
  arn,
  keySpec: 'ECC_NIST_P256',
  algorithm: 'ECDSA_SHA_256',
  hash: 'sha256',
  publicKey: key,
  spkiDer: key.export({ type: 'spki', format: 'der' }),
  publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(),
})

async function signSummary(values: string[]): Promise<string> {
  const { io, summary } = summaryIo()
  const results = values.map((value, i): FileSignResult => ({
    file: value,
    format: 'sig',
    signatureFile: `${value}.sig`,
    status: i % 2 === 0 ? 'failed' : 'signed',
    sha256: 'ab'.repeat(32),
    error: i % 2 === 0 ? { code: 'write-failed', message: `cannot write ${value}` } : undefined,
  }))
  await reportSign(
    io,
    results,
    {
      key: signingKey(values[0] ?? 'arn'),
      formats: ['sig'],
      roleSessionName: values[1],
      oidcSubject: values[2],
      dryRun: false,
    },
    places,
  )
  return summary()
}

/**
 * Every table keeps its shape, nothing anywhere renders as markup, and every link leads
 * to one file's blob URL: the path, each segment percent-encoded, shown as its text.
 */
function expectInert(summary: string): void {
  expect(markupProblems(summary)).toEqual([])
  for (const table of tablesOf(summary)) {
    for (const row of table.rows) expect(row).toHaveLength(table.header.length)
  }
  for (const { shown, destination } of linksOf(summary)) {
    expect(destination.startsWith(BLOB)).toBe(true)
    const segments = destination.slice(BLOB.length).split('/')
    expect(segments.every((s) => /^[A-Za-z0-9._~%-]*$/.test(s))).toBe(true)
    expect(shownForms(segments.map(decodeURIComponent).join('/'))).toContain(shown)
  }
}

/** One link per file row, to that file. */
function expectLinked(summary: string, files: readonly string[]): void {
  const targets = linksOf(summary).map(({ destination }) =>
    destination.slice(BLOB.length).split('/').map(decodeURIComponent).join('/'),
  )
  expect(targets.sort()).toEqual([...new Set(files)].sort())
}

/** The table row that shows `value`; it must exist, shown in full, in one row. */
function expectShownInARow(summary: string, value: string): void {
  const rows = tablesOf(summary).flatMap((table) => table.rows.map(shownRow))
  const forms = shownForms(value)
  expect({ value, shown: rows.some((row) => forms.some((form) => row.includes(form))) }).toEqual({
    value,
    shown: true,
  })
}

describe('the verify summary', () => {
  it('shows hostile file names, identifiers and messages as text, one row per file', async () => {
    const reports = HOSTILE.map(hostileReport)
    const summary = await verifySummary(reports, [])
    expectInert(summary)
    expectLinked(summary, HOSTILE)
    const [files] = tablesOf(summary).slice(-1)
    expect(files?.rows).toHaveLength(reports.length)
    for (const value of HOSTILE) expectShownInARow(summary, value)
  })

  it('never lets a line break in a value start a line of its own', async () => {
    const summary = await verifySummary(HOSTILE.map(hostileReport), HOSTILE)
    const lines = summary.split('\n')
    for (const start of ['line two', '| injected', 'cr', 'line', 'para', 'nel', 'vt', 'ff']) {
      expect(lines.filter((line) => line.startsWith(start))).toEqual([])
    }
    expect(summary).not.toMatch(/[\r\v\f\u0085\u2028\u2029]/)
  })

  it('keeps notes that quote file names inert, even at the start of a quote line', async () => {
    const notes = HOSTILE.map((value) => `${value} changed: review it`)
    const summary = await verifySummary([hostileReport('ok.ds.md', 0)], [...HOSTILE, ...notes])
    expectInert(summary)
  })

  it('stays inert for any file name, identifier and message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (values) => {
        const summary = await verifySummary(values.map(hostileReport), values)
        expectInert(summary)
        expect(tablesOf(summary).slice(-1)[0]?.rows).toHaveLength(values.length)
      }),
      runs(200),
    )
  })
})

describe('the sign summary', () => {
  it('shows hostile file names and messages as text, one row per file', async () => {
    const summary = await signSummary(HOSTILE)
    expectInert(summary)
    expectLinked(summary, HOSTILE)
    const [files, ...others] = tablesOf(summary)
    expect(others).toEqual([])
    expect(files?.rows).toHaveLength(HOSTILE.length)
    for (const value of HOSTILE) expectShownInARow(summary, value)
    // The run's facts (key ARN, role session, OIDC subject) are list items, shown as code.
    for (const value of HOSTILE.slice(0, 3)) expect(summary).toContain(code(value))
  })

  it('stays inert for any file name and message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 3, maxLength: 4 }), async (values) => {
        expectInert(await signSummary(values))
      }),
      runs(200),
    )
  })
})

describe('cell and code', () => {
  it.each(HOSTILE)('show %j as itself, with no markup', (value) => {
    for (const rendered of [cell(value), code(value)]) {
      expect(markupProblems(`| ${rendered} |`)).toEqual([])
      expect(markupProblems(`> ${rendered}`)).toEqual([])
    }
    const [asCode, asText] = shownForms(value)
    if (!/\\+\|/.test(value)) expect(readInline(code(value), true).shown).toBe(asCode)
    expect(readInline(cell(value), true).shown).toBe(asText)
    expect(readInline(cell(value), false).shown).toBe(asText)
  })

  it('show any text as itself, with no markup', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const [asCode, asText] = shownForms(value)
        expect(markupProblems(`| ${cell(value)} | ${code(value)} |`)).toEqual([])
        expect(markupProblems(`> ${cell(value)}`)).toEqual([])
        expect(readInline(cell(value), false).shown).toBe(asText)
        if (!/\\+\|/.test(value) && value !== '') {
          expect(readInline(code(value), true).shown).toBe(asCode)
        }
      }),
      runs(1000),
    )
  })
})
