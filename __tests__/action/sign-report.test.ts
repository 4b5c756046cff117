import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { SUMMARY_BUDGET_BYTES } from '../../src/action/markdown.js'
import { OUTPUT_BUDGET_BYTES } from '../../src/action/output-budget.js'
import {
  reportSign,
  signatureEntries,
  type SignatureEntry,
  type SignRunFacts,
} from '../../src/action/sign-report.js'

/** The `signatures` output expected for these results: their entries as a bare JSON array. */
const signaturesJson = (results: readonly SignatureEntry[]) =>
  JSON.stringify(signatureEntries(results))
import type { FileSignResult } from '../../src/sign/sign-files.js'
import { linksOf, markupProblems, tablesOf } from './markdown-reader.js'
import { BLOB, memoryPlaces, recordingIo, REPORT_PATH } from './report-io.js'

const publicKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
const FACTS: SignRunFacts = {
  key: {
    arn: 'arn:aws:kms:us-east-1:123456789012:key/k',
    keySpec: 'ECC_NIST_P256',
    algorithm: 'ECDSA_SHA_256',
    hash: 'sha256',
    publicKey,
    spkiDer: publicKey.export({ type: 'spki', format: 'der' }),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  },
  formats: ['sig', 'sigstore'],
  roleSessionName: 'dossier-sign@o.r-1-1',
  oidcSubject: 'repo:o/r:ref:refs/heads/main',
  dryRun: false,
}

const digest = (file: string): string =>
  Buffer.from(file.padEnd(32, '.')).toString('hex').slice(0, 64)

/** Both formats of one file, with a status each. */
function both(file: string, sig: FileSignResult['status'], sigstore = sig): FileSignResult[] {
  return [
    { file, format: 'sig', signatureFile: `${file}.sig`, sha256: digest(file), status: sig },
    {
      file,
      format: 'sigstore',
      signatureFile: `${file}.sigstore.json`,
      sha256: digest(file),
      status: sigstore,
      ...(sigstore === 'failed' ? { error: { code: 'write-failed', message: 'disk full' } } : {}),
    },
  ]
}

async function sign(results: FileSignResult[], facts: SignRunFacts = FACTS) {
  const { io, said } = recordingIo()
  const totals = await reportSign(io, results, facts, memoryPlaces(said))
  return { said, totals }
}

describe('the sign summary', () => {
  it('gives the counts first, then the run, then one row per file with failures first', async () => {
    const { said } = await sign([
      ...both('a.ds.md', 'signed'),
      ...both('b.ds.md', 'skipped'),
      ...both('c.ds.md', 'signed', 'failed'),
    ])
    const lines = said.summary.split('\n')
    expect(lines[0]).toBe('## dossier-sign: 3 signed, 2 already held, 1 failed')
    expect(lines[2]).toBe('3 file(s), 6 signature(s).')
    const [table, ...others] = tablesOf(said.summary)
    expect(others).toEqual([])
    expect(table?.header).toEqual(['File', 'SHA-256', '.sig', '.sigstore.json', 'Problem'])
    expect(table?.rows.map((r) => r.slice(2))).toEqual([
      ['✅ signed', '❌ failed', 'disk full'],
      ['✅ signed', '✅ signed', ''],
      ['⏭️ already signed', '⏭️ already signed', ''],
    ])
    expect(markupProblems(said.summary)).toEqual([])
  })

  it('never says "would sign" outside a dry run, and has no Problem column without a failure', async () => {
    const { said } = await sign(both('a.ds.md', 'signed'))
    expect(said.summary).not.toContain('would sign')
    expect(tablesOf(said.summary)[0]?.header).toEqual(['File', 'SHA-256', '.sig', '.sigstore.json'])
  })

  it('says what a dry run would sign, and that nothing was signed', async () => {
    const { said } = await sign(both('a.ds.md', 'would-sign'), { ...FACTS, dryRun: true })
    expect(said.summary.split('\n')[0]).toBe(
      '## dossier-sign dry run (nothing was signed): 2 would sign, 0 already held, 0 failed',
    )
    expect(said.summary).not.toMatch(/\d+ signed/)
  })

  it('shows 12 hex digits of each digest, links each file at the commit, and keeps the full digest in the report', async () => {
    const { said } = await sign(both('docs/x (1).ds.md', 'signed'))
    const row = tablesOf(said.summary)[0]?.rows[0] ?? []
    expect(row[1]).toBe(`\`${digest('docs/x (1).ds.md').slice(0, 12)}\``)
    expect(said.summary).not.toContain(digest('docs/x (1).ds.md').slice(0, 13))
    expect(linksOf(said.summary)).toEqual([
      { shown: 'docs/x (1).ds.md', destination: `${BLOB}docs/x%20%281%29.ds.md` },
    ])
    const report = JSON.parse(said.reportFile ?? '{}') as { signatures: Array<{ sha256: string }> }
    expect(report.signatures.map((r) => r.sha256)).toEqual([
      digest('docs/x (1).ds.md'),
      digest('docs/x (1).ds.md'),
    ])
  })

  it('names each fact once: the key, its spec and algorithm, the identity, the report file', async () => {
    const { said } = await sign(both('a.ds.md', 'signed'))
    for (const fact of [
      'arn:aws:kms:us-east-1:123456789012:key/k',
      'ECC_NIST_P256',
      'ECDSA_SHA_256',
      'dossier-sign@o.r-1-1',
      'repo:o/r:ref:refs/heads/main',
      REPORT_PATH,
    ]) {
      expect({ fact, times: said.summary.split(fact).length - 1 }).toEqual({ fact, times: 1 })
    }
    // No table without a header: the facts are list items.
    expect(said.summary).not.toContain('|  |')
  })

  it('stays under its budget at 10,000 files, failures kept first, and says how many were left out', async () => {
    const results = Array.from({ length: 10_000 }, (_, i) =>
      both(`docs/${String(i).padStart(5, '0')}.ds.md`, 'signed', i % 7 === 0 ? 'failed' : 'signed'),
    ).flat()
    const { said } = await sign(results)
    expect(Buffer.byteLength(said.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    const rows = tablesOf(said.summary)[0]?.rows ?? []
    const failed = Math.ceil(10_000 / 7)
    expect(rows.length).toBeGreaterThan(failed)
    expect(rows.slice(0, failed).every((r) => r[3] === '❌ failed')).toBe(true)
    expect(said.summary).toContain(`${10_000 - rows.length} more file(s) are not listed here`)
    expect(said.summary).toContain(`the report file \`${REPORT_PATH}\``)
  })
})

describe('the signatures output and the report file', () => {
  it('are the same list while it fits, errors included', async () => {
    const results = both('a.ds.md', 'signed', 'failed')
    const { said } = await sign(results)
    expect(said.outputs.signatures).toBe(signaturesJson(results))
    const report = JSON.parse(said.reportFile ?? '{}') as { signatures: unknown }
    expect(JSON.stringify(report.signatures)).toBe(signaturesJson(results))
    expect(said.outputs['report-file']).toBe(REPORT_PATH)
    expect(JSON.parse(said.outputs.signatures ?? '')[1]).toEqual({
      file: 'a.ds.md',
      format: 'sigstore',
      signatureFile: 'a.ds.md.sigstore.json',
      sha256: digest('a.ds.md'),
      status: 'failed',
      error: { code: 'write-failed', message: 'disk full' },
    })
  })

  it('keeps a list over 256 KiB in the file only, and the output and a notice say so', async () => {
    const results = Array.from({ length: 5_000 }, (_, i) => both(`d/${i}.ds.md`, 'signed')).flat()
    const { said } = await sign(results)
    const full = signaturesJson(results)
    expect(Buffer.byteLength(full)).toBeGreaterThan(OUTPUT_BUDGET_BYTES)
    expect(JSON.parse(said.reportFile ?? '').signatures).toHaveLength(10_000)
    expect(JSON.parse(said.outputs.signatures ?? '')).toEqual({
      truncated: true,
      entries: 10_000,
      bytes: Buffer.byteLength(full),
      budgetBytes: OUTPUT_BUDGET_BYTES,
      reportFile: REPORT_PATH,
    })
    const notice = said.notices.find(
      ([, t]) => t?.title === 'dossier-sign: signatures output truncated',
    )
    expect(notice?.[0]).toContain(REPORT_PATH)
  })
})

describe('the sign report file', () => {
  it('is an object naming the report, its shard, the key and the totals around the signatures', async () => {
    const results = [...both('a.ds.md', 'signed'), ...both('b.ds.md', 'skipped')]
    const { said } = await sign(results, { ...FACTS, shard: { index: 2, count: 4 }, matched: 9 })
    expect(JSON.parse(said.reportFile ?? '')).toEqual({
      report: 'dossier-sign/sign',
      version: 1,
      shard: { index: 2, count: 4 },
      matched: 9,
      dryRun: false,
      key: {
        arn: 'arn:aws:kms:us-east-1:123456789012:key/k',
        keySpec: 'ECC_NIST_P256',
        algorithm: 'ECDSA_SHA_256',
      },
      minisign: null,
      formats: ['sig', 'sigstore'],
      totals: { signed: 2, skipped: 2, 'would-sign': 0, failed: 0 },
      signatures: JSON.parse(signaturesJson(results)),
    })
    expect(said.outputs.shard).toBe('2/4')
    expect(said.summary.split('\n')[0]).toBe(
      '## dossier-sign shard 2/4: 2 signed, 2 already held, 0 failed',
    )
  })

  it('says shard 1/1 and leaves the `shard` output empty when the run is not sharded', async () => {
    const { said } = await sign(both('a.ds.md', 'signed'))
    expect(JSON.parse(said.reportFile ?? '').shard).toEqual({ index: 1, count: 1 })
    expect(JSON.parse(said.reportFile ?? '').matched).toBe(1)
    expect(said.outputs.shard).toBe('')
  })

  it('reports an empty shard without a key: no KMS call was made', async () => {
    const { said } = await sign([], {
      ...FACTS,
      key: undefined,
      shard: { index: 3, count: 4 },
      matched: 1,
    })
    expect(JSON.parse(said.reportFile ?? '')).toMatchObject({
      shard: { index: 3, count: 4 },
      key: null,
      signatures: [],
      totals: { signed: 0, skipped: 0, 'would-sign': 0, failed: 0 },
    })
    expect(said.outputs['key-arn']).toBe('')
    expect(said.summary).toContain('Key: none used')
    expect(said.summary).not.toContain('Identity')
  })
})
