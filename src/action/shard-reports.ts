import path from 'node:path'
import { CodedError, messageOf } from '../errors.js'
import type { FilePatterns } from '../files/file-patterns.js'
import { readFileNoFollow, ReadError } from '../files/read-regular-file.js'
import { findWorkspaceFiles } from '../files/workspace-files.js'
import type { SignStatus } from '../sign/sign-files.js'
import { SIGN_FORMATS, type SignFormat } from './settings.js'
import {
  SIGN_REPORT,
  SIGN_REPORT_VERSION,
  signatureEntries,
  type SignatureEntry,
  type SignReportFile,
  type SignTotals,
} from './sign-report.js'

export class MergeError extends CodedError<
  | 'no-reports'
  | 'unreadable'
  | 'too-large'
  | 'malformed'
  | 'foreign'
  | 'mixed'
  | 'missing-shards'
  | 'duplicate-shards'
  | 'overlap'
> {}

/**
 * A shard's report holds one entry of a few hundred bytes per signature: 64 MiB is
 * some 200,000 signatures, far past what one job signs, and keeps a stray file (a
 * build artifact the glob caught) from being read whole into memory.
 */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024

/** A sign report read from the workspace, and where it was (relative, `/` separators). */
export interface ShardReport {
  file: string
  report: SignReportFile
}

/**
 * Every file the `reports` globs match, read and checked to be a sign report. Any path
 * that is not a readable, well-formed report fails the merge and is named: a merge
 * that skipped a file would undercount what the shards did.
 */
export async function readShardReports(
  workspace: string,
  patterns: FilePatterns,
  maxBytes = MAX_REPORT_BYTES,
): Promise<ShardReport[]> {
  const { files, refused } = await findWorkspaceFiles(workspace, patterns, [])
  const bad = refused.filter((r) => r.severity === 'error')
  if (bad.length > 0) {
    throw new MergeError(
      'unreadable',
      `\`reports\` matched paths that are not read as reports: ${bad.map((r) => r.message.replace(/\.+$/, '')).join('; ')}. Only regular files are read: download the artifacts into a plain folder.`,
    )
  }
  if (files.length === 0) {
    const tried = [...patterns.include, ...patterns.exclude.map((p) => `!${p}`)].join(', ')
    throw new MergeError(
      'no-reports',
      `No report matched \`reports\` (${tried}) in ${workspace}. Download the shards' reports first (actions/download-artifact with \`pattern: dossier-sign-report-*\` and \`path: dossier-sign-reports\`), and upload them in each shard with \`if: always()\`.`,
    )
  }
  const reports: ShardReport[] = []
  for (const file of files) {
    const text = await readCapped(path.join(workspace, file), file, maxBytes)
    reports.push({ file, report: parseSignReport(text, file) })
  }
  return reports
}

/**
 * Read as every workspace file is (O_NOFOLLOW: a report swapped for a link after the
 * walk is refused, not followed), and refused unread when over `maxBytes`.
 */
async function readCapped(absolute: string, file: string, maxBytes: number): Promise<string> {
  let bytes: Buffer | undefined
  try {
    bytes = await readFileNoFollow(absolute, maxBytes)
  } catch (error) {
    if (error instanceof ReadError && error.code === 'file-too-large') {
      throw new MergeError(
        'too-large',
        `Report ${file} is over the ${maxBytes}-byte limit for one shard's report; it is not a dossier-sign report, or \`reports\` matched the wrong file (narrow the globs).`,
        { cause: error },
      )
    }
    throw new MergeError('unreadable', `Report ${file} ${messageOf(error)}.`, { cause: error })
  }
  if (bytes === undefined) throw new MergeError('unreadable', `Report ${file} is gone.`)
  return bytes.toString('utf8')
}

const STATUSES: readonly SignStatus[] = ['signed', 'skipped', 'would-sign', 'failed']
const REPORT_KEYS = [
  'report',
  'version',
  'shard',
  'matched',
  'dryRun',
  'key',
  'minisign',
  'formats',
  'totals',
  'signatures',
]

/**
 * Parse one report strictly: every field the merge relies on must be there with its
 * type, and the totals must count the signatures listed. `file` names it in errors.
 */
export function parseSignReport(text: string, file: string): SignReportFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new MergeError(
      'malformed',
      `Report ${file} is not JSON (${(error as Error).message}); was the upload cut short?`,
      { cause: error },
    )
  }
  if (!isObject(value) || value.report !== SIGN_REPORT) {
    throw new MergeError(
      'foreign',
      `${file} is not a dossier-sign sign report (no "report": "${SIGN_REPORT}"); \`reports\` should match only the files the sign shards wrote (their \`report-file\` output).`,
    )
  }
  if (value.version !== SIGN_REPORT_VERSION) {
    throw new MergeError(
      'foreign',
      `Report ${file} has version ${JSON.stringify(value.version)}; this action reads version ${SIGN_REPORT_VERSION}. Use the same dossier-sign version in the sign jobs and the merge job.`,
    )
  }
  const malformed = (what: string) =>
    new MergeError('malformed', `Report ${file} is malformed: ${what}.`)
  const missing = REPORT_KEYS.filter((k) => !(k in value))
  if (missing.length > 0) throw malformed(`it has no ${missing.map((k) => `"${k}"`).join(', ')}`)
  const { shard, matched, dryRun, key, minisign, formats, totals, signatures } = value
  if (!isObject(shard) || !isCount(shard.count) || !isCount(shard.index, 0)) {
    throw malformed('"shard" is not {"index": I, "count": N}')
  }
  if (shard.count < 1 || shard.index > shard.count) {
    throw malformed(`"shard" ${shard.index}/${shard.count} is not I/N with 1 <= I <= N`)
  }
  if (!isCount(matched)) throw malformed('"matched" is not a count')
  if (typeof dryRun !== 'boolean') throw malformed('"dryRun" is not true or false')
  if (key !== null && !isStrings(key, ['arn', 'keySpec', 'algorithm'])) {
    throw malformed('"key" is neither null nor {"arn", "keySpec", "algorithm"}')
  }
  if (minisign !== null && !isStrings(minisign, ['arn', 'keyIdHex'])) {
    throw malformed('"minisign" is neither null nor {"arn", "keyIdHex"}')
  }
  if (!Array.isArray(formats) || !formats.every(isFormat)) {
    throw malformed(`"formats" is not a list of ${SIGN_FORMATS.join(', ')}`)
  }
  if (!Array.isArray(signatures)) throw malformed('"signatures" is not a list')
  const entries = signatureEntries(
    signatures.map((entry, i) => {
      const why = entryProblem(entry)
      if (why !== undefined) throw malformed(`signature ${i + 1} ${why}`)
      return entry as SignatureEntry
    }),
  )
  if (!isObject(totals) || !STATUSES.every((s) => isCount(totals[s]))) {
    throw malformed(`"totals" does not count ${STATUSES.join(', ')}`)
  }
  const counted = STATUSES.filter((s) => entries.filter((e) => e.status === s).length !== totals[s])
  if (counted.length > 0) {
    throw malformed(`"totals" disagrees with the signatures listed (${counted.join(', ')})`)
  }
  return {
    report: SIGN_REPORT,
    version: SIGN_REPORT_VERSION,
    shard: { index: shard.index, count: shard.count },
    matched,
    dryRun,
    key: key === null ? null : { arn: key.arn, keySpec: key.keySpec, algorithm: key.algorithm },
    minisign: minisign === null ? null : { arn: minisign.arn, keyIdHex: minisign.keyIdHex },
    formats,
    totals: totals as SignTotals,
    signatures: entries,
  }
}

function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'is not an object'
  if (typeof entry.file !== 'string' || entry.file === '') return 'has no "file"'
  if (!isFormat(entry.format)) return 'has no known "format"'
  if (typeof entry.signatureFile !== 'string') return 'has no "signatureFile"'
  if (entry.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(String(entry.sha256))) {
    return 'has a "sha256" that is not 64 hex digits'
  }
  if (!(STATUSES as readonly unknown[]).includes(entry.status)) return 'has no known "status"'
  if (entry.error !== undefined && !isStrings(entry.error, ['code', 'message'])) {
    return 'has an "error" that is not {"code", "message"}'
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown, min = 0): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min
}

function isStrings<K extends string>(value: unknown, keys: K[]): value is Record<K, string> {
  return isObject(value) && keys.every((k) => typeof value[k] === 'string')
}

function isFormat(value: unknown): value is SignFormat {
  return (SIGN_FORMATS as readonly unknown[]).includes(value)
}
