import { generateKeyPairSync } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../src/action/action-failure.js'
import { runMergeReports } from '../../src/action/merge-reports.js'
import { MAX_REPORT_BYTES, MergeError, parseSignReport } from '../../src/action/shard-reports.js'
import { reportSign, type SignRunFacts } from '../../src/action/sign-report.js'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { shardOf } from '../../src/files/shard.js'
import type { FileSignResult } from '../../src/sign/sign-files.js'
import { tablesOf } from './markdown-reader.js'
import { memoryPlaces, recordingIo } from './report-io.js'

const publicKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
const ARN = 'arn:aws:kms:us-east-1:123456789012:key/k'
const key = (arn = ARN): SignRunFacts['key'] => ({
  arn,
  keySpec: 'ECC_NIST_P256',
  algorithm: 'ECDSA_SHA_256',
  hash: 'sha256',
  publicKey,
  spkiDer: publicKey.export({ type: 'spki', format: 'der' }),
  publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
})
const FILES = Array.from({ length: 20 }, (_, i) => `docs/d${String(i).padStart(2, '0')}.ds.md`)
const sha = (file: string) => Buffer.from(file.padEnd(32, '.')).toString('hex').slice(0, 64)

interface ShardOptions {
  count?: number
  files?: string[]
  arn?: string
  dryRun?: boolean
  status?: (file: string) => FileSignResult['status']
}

/** What a sign run of shard `index` writes, made by the sign report code itself. */
async function shardReport(index: number, options: ShardOptions = {}): Promise<string> {
  const count = options.count ?? 4
  const files = (options.files ?? FILES).filter((f) => shardOf(f, count) === index)
  const results: FileSignResult[] = files.map((file) => {
    const status = options.status?.(file) ?? (options.dryRun ? 'would-sign' : 'signed')
    return {
      file,
      format: 'sig',
      signatureFile: `${file}.sig`,
      sha256: sha(file),
      status,
      ...(status === 'failed' ? { error: { code: 'write-failed', message: 'disk full' } } : {}),
    }
  })
  const { io, said } = recordingIo()
  await reportSign(
    io,
    results,
    {
      key: files.length === 0 ? undefined : key(options.arn),
      formats: ['sig'],
      dryRun: options.dryRun ?? false,
      shard: { index, count },
      matched: (options.files ?? FILES).length,
    },
    memoryPlaces(said),
  )
  return said.reportFile ?? ''
}

let workspace: string
let runnerTemp: string
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-merge-'))
  runnerTemp = await mkdtemp(path.join(tmpdir(), 'dossier-sign-merge-temp-'))
})
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
  await rm(runnerTemp, { recursive: true, force: true })
})

async function put(rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(workspace, rel)), { recursive: true })
  await writeFile(path.join(workspace, rel), text)
}

async function putShards(indexes: number[], options: ShardOptions = {}): Promise<void> {
  for (const i of indexes) {
    await put(`dossier-sign-reports/dossier-sign-report-${i}/r.json`, await shardReport(i, options))
  }
}

async function merge(reports = 'dossier-sign-reports/**/*.json') {
  const { io, said } = recordingIo()
  const run = runMergeReports(
    { mode: 'merge-reports', workspace, reports: parseFilePatterns(reports, 'reports') },
    { io, env: { RUNNER_TEMP: runnerTemp } },
  )
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  )
  return { said, error: error as (Error & { code?: string }) | undefined }
}

describe('mode: merge-reports', () => {
  it('merges the N shard reports into one report, the outputs and one summary', async () => {
    await putShards([1, 2, 3, 4])
    const { said, error } = await merge()
    expect(error).toBeUndefined()
    expect(said.outputs['signed-count']).toBe(String(FILES.length))
    expect(said.outputs['skipped-count']).toBe('0')
    expect(said.outputs['failed-count']).toBe('0')
    expect(said.outputs['key-arn']).toBe(ARN)
    const signatures = JSON.parse(said.outputs.signatures ?? '') as Array<{ file: string }>
    expect(signatures.map((s) => s.file)).toEqual(FILES)
    const file = said.outputs['report-file'] ?? ''
    expect(path.dirname(file)).toBe(runnerTemp)
    const merged = JSON.parse(await readFile(file, 'utf8'))
    expect(merged).toMatchObject({
      report: 'dossier-sign/sign',
      version: 1,
      shard: { index: 0, count: 4 },
      matched: FILES.length,
      dryRun: false,
      key: { arn: ARN, keySpec: 'ECC_NIST_P256', algorithm: 'ECDSA_SHA_256' },
      formats: ['sig'],
      totals: { signed: FILES.length, skipped: 0, 'would-sign': 0, failed: 0 },
    })
    expect(merged.signatures).toEqual(signatures)
    expect(said.summary.split('\n')[0]).toBe(
      `## dossier-sign: 4 shards merged: ${FILES.length} signed, 0 already held, 0 failed`,
    )
    expect(tablesOf(said.summary)[0]?.rows).toHaveLength(FILES.length)
  })

  it('merges a shard whose slice was empty (no key, no signature)', async () => {
    const files = ['only/one.ds.md']
    const count = 4
    await putShards([1, 2, 3, 4], { files, count })
    const { said, error } = await merge()
    expect(error).toBeUndefined()
    expect(said.outputs['signed-count']).toBe('1')
    expect(said.outputs['key-arn']).toBe(ARN)
  })

  it('fails when a shard recorded a failed signature, after writing the summary', async () => {
    await putShards([1, 2, 3, 4], { status: (f) => (f === FILES[3] ? 'failed' : 'signed') })
    const { said, error } = await merge()
    expect(error).toBeInstanceOf(ActionFailure)
    expect(error?.code).toBe('files-failed')
    expect(error?.message).toContain(`1 of ${FILES.length} file(s) were not signed by the shards`)
    expect(said.outputs['failed-count']).toBe('1')
    expect(said.summary).toContain('1 failed')
  })

  it.each<[number[], string]>([
    [[1, 3], 'shards 2/4 and 4/4 have no report: did those jobs fail before writing one?'],
    [[1, 2, 4], 'shard 3/4 has no report'],
  ])('names the missing shards (%j present)', async (present, message) => {
    await putShards(present)
    const { error } = await merge()
    expect(error).toBeInstanceOf(MergeError)
    expect(error?.code).toBe('missing-shards')
    expect(error?.message).toContain(message)
    expect(error?.message).toContain('`if: always()`')
  })

  it('refuses two reports of the same shard, naming both files', async () => {
    await putShards([1, 2, 3, 4])
    await put('dossier-sign-reports/again/r.json', await shardReport(2))
    const { error } = await merge()
    expect(error?.code).toBe('duplicate-shards')
    expect(error?.message).toContain('dossier-sign-reports/again/r.json (2/4)')
    expect(error?.message).toContain('dossier-sign-reports/dossier-sign-report-2/r.json (2/4)')
  })

  it('refuses reports of different shard counts', async () => {
    await putShards([1, 2, 3, 4])
    await put('dossier-sign-reports/three/r.json', await shardReport(1, { count: 3 }))
    const { error } = await merge()
    expect(error?.code).toBe('mixed')
    expect(error?.message).toContain('different numbers of shards')
    expect(error?.message).toContain('dossier-sign-reports/three/r.json (1/3)')
  })

  it('refuses shards signed with different keys, or with and without dry-run', async () => {
    await putShards([1, 2, 3])
    await put('dossier-sign-reports/x/r.json', await shardReport(4, { arn: `${ARN}2` }))
    expect((await merge()).error?.message).toContain('The shards signed with different keys')
    await put('dossier-sign-reports/x/r.json', await shardReport(4, { dryRun: true }))
    expect((await merge()).error?.message).toContain('Some shards ran with `dry-run`')
  })

  it('refuses a file and format in two shards: the matrix or the globs changed between jobs', async () => {
    await putShards([1, 2, 3])
    // Shard 4's report, claiming a file of shard 1 too.
    const four = JSON.parse(await shardReport(4))
    const stolen = FILES.find((f) => shardOf(f, 4) === 1) ?? ''
    four.signatures.push({
      file: stolen,
      format: 'sig',
      signatureFile: `${stolen}.sig`,
      status: 'signed',
    })
    four.totals.signed++
    await put('dossier-sign-reports/4/r.json', JSON.stringify(four))
    const { error } = await merge()
    expect(error?.code).toBe('overlap')
    expect(error?.message).toContain(`${stolen} (sig) is in the reports of shard 1/4`)
    expect(error?.message).toContain('shard 4/4 (dossier-sign-reports/4/r.json)')
  })

  it('refuses a merged report among the shard reports', async () => {
    await putShards([1, 2, 3, 4])
    const first = await merge()
    await put(
      'dossier-sign-reports/merged.json',
      await readFile(first.said.outputs['report-file'] ?? '', 'utf8'),
    )
    const { error } = await merge()
    expect(error?.message).toContain('dossier-sign-reports/merged.json is already a merged report')
  })

  it.each<[string, string, string]>([
    ['{"report": "dossier-sign/sign", ', 'malformed', 'is not JSON'],
    ['[{"file": "a.ds.md"}]', 'foreign', 'is not a dossier-sign sign report'],
    ['{"report": "dossier-sign/verify"}', 'foreign', 'is not a dossier-sign sign report'],
    ['{"report": "dossier-sign/sign", "version": 2}', 'foreign', 'has version 2'],
    ['{"report": "dossier-sign/sign", "version": 1}', 'malformed', 'it has no "shard"'],
  ])('names a file that is not a sign report: %s', async (text, code, message) => {
    await putShards([1, 2, 3, 4])
    await put('dossier-sign-reports/zz/bad.json', text)
    const { error } = await merge()
    expect(error?.code).toBe(code)
    expect(error?.message).toContain('dossier-sign-reports/zz/bad.json')
    expect(error?.message).toContain(message)
  })

  it('checks every field it relies on: entries, totals, shard', async () => {
    // Fields as a damaged or foreign file could hold them, not as the types say.
    interface Loose {
      signatures: Array<Record<string, unknown>>
      totals: Record<string, number>
      shard: unknown
      key: unknown
    }
    const good = JSON.parse(await shardReport(1)) as Loose
    const entry = (r: Loose): Record<string, unknown> => r.signatures[0] ?? {}
    const cases: Array<[(r: Loose) => void, string]> = [
      [(r) => (entry(r).status = 'maybe'), 'signature 1 has no known "status"'],
      [(r) => (entry(r).sha256 = 'abc'), 'signature 1 has a "sha256" that is not 64 hex'],
      [(r) => (entry(r).format = 'pgp'), 'signature 1 has no known "format"'],
      [
        (r) => void (r.totals.signed = (r.totals.signed ?? 0) + 1),
        '"totals" disagrees with the signatures listed (signed)',
      ],
      [(r) => (r.shard = { index: 5, count: 4 }), '"shard" 5/4 is not I/N'],
      [(r) => (r.key = 'k'), '"key" is neither null nor'],
    ]
    for (const [spoil, message] of cases) {
      const report = structuredClone(good)
      spoil(report)
      await put('dossier-sign-reports/1/r.json', JSON.stringify(report))
      const { error } = await merge()
      expect({ message, code: error?.code, text: error?.message }).toEqual({
        message,
        code: 'malformed',
        text: expect.stringContaining(message),
      })
    }
  })

  it(`refuses a report over ${MAX_REPORT_BYTES} bytes without reading it`, async () => {
    await putShards([1, 2, 3, 4])
    const big = path.join(workspace, 'dossier-sign-reports/huge.json')
    await writeFile(big, '')
    await truncate(big, MAX_REPORT_BYTES + 1) // sparse: no 64 MiB written
    const { error } = await merge()
    expect(error?.code).toBe('too-large')
    expect(error?.message).toContain('dossier-sign-reports/huge.json')
  })

  it('refuses a symbolic link among the reports, and says when nothing matched', async () => {
    await putShards([1, 2, 3, 4])
    await symlink('/etc/hostname', path.join(workspace, 'dossier-sign-reports/link.json'))
    const linked = await merge()
    expect(linked.error?.code).toBe('unreadable')
    expect(linked.error?.message).toContain('dossier-sign-reports/link.json is a symbolic link')
    const none = await merge('elsewhere/*.json')
    expect(none.error?.code).toBe('no-reports')
    expect(none.error?.message).toContain('No report matched `reports` (elsewhere/*.json)')
  })
})

describe('parseSignReport', () => {
  it('keeps only the fields a signature entry has: nothing else read back reaches the merge', () => {
    const entry = { file: 'a.ds.md', format: 'sig', signatureFile: 'a.ds.md.sig', status: 'signed' }
    const text = JSON.stringify({
      report: 'dossier-sign/sign',
      version: 1,
      shard: { index: 1, count: 2 },
      matched: 1,
      dryRun: false,
      key: null,
      minisign: null,
      formats: ['sig'],
      totals: { signed: 1, skipped: 0, 'would-sign': 0, failed: 0 },
      signatures: [{ ...entry, note: '<img src=x>' }],
    })
    expect(parseSignReport(text, 'r.json').signatures).toEqual([entry])
  })
})
