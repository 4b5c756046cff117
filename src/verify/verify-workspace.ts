import { SIGNATURE_SUFFIXES } from '../formats/registry.js'
import path from 'node:path'
import { CodedError } from '../errors.js'
import type { FilePatterns } from '../files/file-patterns.js'
import { findWorkspaceFiles, type RefusedPath } from '../files/workspace-files.js'
import type { Policy } from '../trust/policy.js'
import type { TrustStore } from '../keys/trusted-key.js'
import { verdictOf } from '../trust/verdict.js'
import { verifyFiles, type FileReport } from './verify-files.js'
import {
  loadProvenance,
  withAttestedPaths,
  type BundleFailure,
  type ProvenanceOptions,
} from './provenance/load-provenance.js'

export class VerifyWorkspaceError extends CodedError<'no-files'> {}

export interface VerifyWorkspaceOptions {
  /** Absolute. */
  workspace: string
  patterns: FilePatterns
  trust: TrustStore
  policy: Policy
  /**
   * Check only these workspace-relative paths (a pull request's changes); undefined
   * checks every matching file. A symlinked folder on the way to one of them is reported.
   */
  only?: ReadonlySet<string>
  /** The base branch's version of a file, for the `stale` verdict (pull requests only). */
  baseVersion?: (relative: string) => Promise<Buffer | undefined>
  /** Provenance bundles that may verify the files they list (`provenance-files`, `expected-*`). */
  provenance?: ProvenanceOptions
}

export interface WorkspaceVerification {
  /** One per checked file and per refused path, sorted by path. */
  reports: FileReport[]
  /** Matched folders named like files: worth a warning, not a verdict. */
  warnings: RefusedPath[]
  /** Paths the patterns matched before `only` narrowed them. */
  matched: number
  /** Said once for the whole check, e.g. that `provenance-files` matched nothing. */
  notes: string[]
}

/** Refusals that stand for content nothing verified, judged like unsigned content. */
const UNVERIFIED_LINKS: ReadonlySet<string> = new Set(['symlink', 'symlinked-folder'])

/**
 * The verify check, as the action and the CLI both run it: match the globs, narrow to
 * `only`, verify each file, and turn every refused path into a report so nothing that
 * matched is left out silently. Nothing matched at all is an error (a typo in `files`
 * must not look like a pass).
 */
export async function verifyWorkspace(
  options: VerifyWorkspaceOptions,
): Promise<WorkspaceVerification> {
  const { files, refused } = await findWorkspaceFiles(
    options.workspace,
    options.patterns,
    SIGNATURE_SUFFIXES,
  )
  const warnings = refused.filter((r) => r.severity === 'warning' && !UNVERIFIED_LINKS.has(r.code))
  const reportable = refused.filter((r) => r.severity === 'error' || UNVERIFIED_LINKS.has(r.code))
  if (files.length === 0 && reportable.length === 0) {
    const tried = [
      ...options.patterns.include,
      ...options.patterns.exclude.map((p) => `!${p}`),
    ].join(', ')
    throw new VerifyWorkspaceError(
      'no-files',
      `No files matched the \`files\` patterns (${tried}) in ${options.workspace}. Check the globs (relative to the workspace) and that actions/checkout ran before this step.`,
    )
  }
  const provenance =
    options.provenance &&
    (await loadProvenance(options.workspace, options.provenance, options.trust))
  const only =
    options.only && provenance
      ? await withAttestedPaths(options.only, provenance, options.baseVersion)
      : options.only
  const selected = only === undefined ? files : files.filter((f) => only.has(f))
  const refusedSelected =
    only === undefined ? reportable : reportable.filter((r) => touches(r, only))
  const checked = await verifyFiles({
    workspace: options.workspace,
    files: selected.map((f) => path.join(options.workspace, f)),
    trust: options.trust,
    policy: options.policy,
    baseVersion: options.baseVersion,
    provenance: provenance?.index,
  })
  const reports = [
    ...refusedSelected.map((r) => refusalReport(r, options.policy)),
    ...(provenance?.failures ?? []).map((f) => bundleFailureReport(f, options.policy)),
    ...checked,
  ]
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return {
    reports,
    warnings,
    matched: files.length + reportable.length,
    notes: provenance?.notes ?? [],
  }
}

/** A bundle that says nothing about any file still blocks: it is a broken signature. */
function bundleFailureReport({ file, check }: BundleFailure, policy: Policy): FileReport {
  const verdict = verdictOf({ integrity: 'missing', message: '' }, [check], policy)
  return { file, ...verdict, signatures: [check] }
}

/** A refused path is in the selection when it, or a path below it (a linked folder), is. */
function touches(refusal: RefusedPath, only: ReadonlySet<string>): boolean {
  if (only.has(refusal.file)) return true
  const prefix = `${refusal.file}/`
  return refusal.code === 'symlinked-folder' && [...only].some((p) => p.startsWith(prefix))
}

/**
 * A link is content nothing verified: it warns, and strict blocks it, like an unsigned
 * file. Other refusals (a FIFO, an unreadable folder) are errors and block.
 */
function refusalReport(refusal: RefusedPath, policy: Policy): FileReport {
  const problem = {
    code: refusal.code,
    message: refusal.message,
    authenticity: UNVERIFIED_LINKS.has(refusal.code) ? ('unsigned' as const) : ('error' as const),
  }
  const verdict = verdictOf({ integrity: 'missing', message: '' }, [], policy, problem)
  return { file: refusal.file, ...verdict, signatures: [] }
}
