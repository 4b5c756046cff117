import path from 'node:path'
import { CodedError, messageOf } from '../../errors.js'
import type { FilePatterns } from '../../files/file-patterns.js'
import { readFileNoFollow, ReadError } from '../../files/read-regular-file.js'
import { findWorkspaceFiles } from '../../files/workspace-files.js'
import type { TrustStore } from '../../keys/trusted-key.js'
import type { SignatureCheck } from '../../trust/signature-check.js'
import type { ProvenanceIndex } from './attested-file.js'
import { MAX_PROVENANCE_BUNDLE_BYTES, parseProvenanceBundle } from './bundle-reader.js'
import type { ExpectedProvenance } from './expected-provenance.js'
import { statementFrom } from './statement.js'
import { verifyProvenanceBundle, type AttestedBundle } from './verify-bundle.js'

/** `provenance-files` and the `expected-*` policy. */
export interface ProvenanceOptions {
  /** Globs in the workspace; a pattern outside it was refused when parsed. */
  patterns: FilePatterns
  expected: ExpectedProvenance
}

export interface LoadedProvenance {
  index: ProvenanceIndex
  /** Every bundle read, relative paths, sorted. */
  bundles: readonly AttestedBundle[]
  /** Bundles that matched but say nothing about any file (unreadable, a link): each blocks. */
  failures: BundleFailure[]
  /** For the summary: matches that are no bundle, or no match at all. */
  notes: string[]
}

/** A matched bundle that could not be read: its path, and the `error` check it stands for. */
export interface BundleFailure {
  file: string
  check: SignatureCheck
}

/**
 * Find, read (no-follow, bounded) and check every bundle `provenance-files` matches, once
 * for all the files each lists. A bundle that is a link, or cannot be read as one, is a
 * failure of its own: the files it might have listed fall back to their other signatures.
 */
export async function loadProvenance(
  workspace: string,
  options: ProvenanceOptions,
  trust: TrustStore,
): Promise<LoadedProvenance> {
  // No suffix is skipped: a bundle may well be named `*.sigstore.json`.
  const { files, refused } = await findWorkspaceFiles(workspace, options.patterns, [])
  const failures: BundleFailure[] = []
  const notes: string[] = []
  for (const refusal of refused) {
    if (refusal.severity === 'error') {
      failures.push(failed(refusal.file, refusal.code, refusal.message))
    } else {
      notes.push(`\`provenance-files\`: ${refusal.message}`)
    }
  }
  const bundles: AttestedBundle[] = []
  for (const file of files) {
    try {
      const bytes = await readBundle(workspace, file)
      bundles.push(verifyProvenanceBundle(bytes, file, trust, options.expected))
    } catch (error) {
      const code = error instanceof CodedError ? String(error.code) : 'provenance-unreadable'
      failures.push(failed(file, code, `${file} ${messageOf(error)}`))
    }
  }
  if (files.length === 0 && failures.length === 0) {
    notes.push(
      `\`provenance-files\` (${options.patterns.include.join(', ')}) matched no file in the workspace, so no file was verified through provenance; check the globs.`,
    )
  }
  return { index: indexOf(bundles), bundles, failures, notes }
}

/**
 * Changed-only, for bundles: a pull request that changes a bundle gets every file it
 * lists, and every file its base version listed (read unverified), checked, so it can
 * neither drop a file from the check nor vouch for one unseen.
 */
export async function withAttestedPaths(
  only: ReadonlySet<string>,
  loaded: LoadedProvenance,
  baseVersion?: (relative: string) => Promise<Buffer | undefined>,
): Promise<ReadonlySet<string>> {
  const widened = new Set(only)
  const changed = [...loaded.bundles.map((b) => b.file), ...loaded.failures.map((f) => f.file)]
  for (const file of changed.filter((f) => only.has(f))) {
    for (const name of loaded.bundles.find((b) => b.file === file)?.subjects.keys() ?? []) {
      widened.add(name)
    }
    const base = await baseVersion?.(file).catch(() => undefined)
    for (const name of pathsListedIn(base)) widened.add(name)
  }
  return widened
}

function pathsListedIn(bytes: Buffer | undefined): string[] {
  if (bytes === undefined) return []
  try {
    return [...statementFrom(parseProvenanceBundle(bytes).payload).subjects.keys()]
  } catch {
    return []
  }
}

async function readBundle(workspace: string, file: string): Promise<Buffer> {
  const bytes = await readFileNoFollow(path.join(workspace, file), MAX_PROVENANCE_BUNDLE_BYTES)
  if (bytes === undefined) throw new ReadError('file-missing', 'disappeared while it was read')
  return bytes
}

function indexOf(bundles: readonly AttestedBundle[]): ProvenanceIndex {
  const index = new Map<string, AttestedBundle[]>()
  for (const bundle of bundles) {
    for (const name of bundle.subjects.keys()) {
      const listed = index.get(name)
      if (listed === undefined) index.set(name, [bundle])
      else listed.push(bundle)
    }
  }
  return index
}

function failed(file: string, code: string, message: string): BundleFailure {
  const check: SignatureCheck = {
    kind: 'provenance',
    status: 'error',
    signatureFile: file,
    code,
    message: `${message}; as a provenance bundle (\`provenance-files\`) it verifies nothing it may list: fix it or the globs, or re-run the signing workflow.`,
  }
  return { file, check }
}
