import path from 'node:path'
import { checkIntegrity, type IntegrityCheck } from '../dossier/checksum.js'
import { MAX_DOSSIER_BYTES, parseDossier, type Dossier } from '../dossier/dossier.js'
import { DossierError } from '../dossier/dossier-error.js'
import { mapBounded } from '../bounded-pool.js'
import { messageOf } from '../errors.js'
import { BufferPool } from '../files/buffer-pool.js'
import { readFileNoFollow, ReadError, type ReadErrorCode } from '../files/read-regular-file.js'
import { verifyEmbedded } from '../formats/embedded/verify-embedded.js'
import type { SignatureCheck } from '../trust/signature-check.js'
import type { Policy } from '../trust/policy.js'
import type { TrustStore } from '../keys/trusted-key.js'
import { verdictOf, type FileProblem, type Verdict } from '../trust/verdict.js'
import { staleChecks } from './stale-signatures.js'
import { detachedSignatures } from './detached-signatures.js'
import {
  attestedSignatures,
  type AttestedSignature,
  type ProvenanceFacts,
  type ProvenanceIndex,
} from './provenance/attested-file.js'

export interface VerifyFilesOptions {
  /** Absolute. */
  workspace: string
  /** Absolute paths, already resolved and checked to be regular files inside the workspace. */
  files: string[]
  trust: TrustStore
  policy: Policy
  /** Default: readFileNoFollow. Resolves undefined when the file is absent. */
  readFile?: (path: string) => Promise<Buffer | undefined>
  /**
   * The base branch's version of a file a pull request changes (workspace-relative path),
   * undefined when it has none. Given, a signature that does not verify the file as it is
   * but verifies its base version is `stale`, not `invalid`.
   */
  baseVersion?: (relative: string) => Promise<Buffer | undefined>
  /** Checked provenance bundles, by the paths they list: each listing bundle is a check. */
  provenance?: ProvenanceIndex
}

/** The verdict on one file, in the vocabulary of formats.md 4. */
export interface FileReport extends Verdict {
  /** Relative to the workspace, '/' separators. */
  file: string
  /** Every signature found: embedded, and each detached file present. */
  signatures: SignatureCheck[]
  /** Where to annotate: the embedded signature's line, when known. */
  line?: number
  /** The run a provenance bundle says made the file, when one verified it. */
  provenance?: ProvenanceFacts
}

/** What follows a read refusal; "symlinks are not followed" would mislead under a size cap. */
const FILE_TYPE_HINT = '; only regular files are read, symlinks are not followed'
const READ_HINTS: Record<ReadErrorCode, string> = {
  symlink: FILE_TYPE_HINT,
  'not-regular-file': FILE_TYPE_HINT,
  'file-too-large': '; a dossier this large is refused unread, so nothing in it is verified',
  'file-missing': '',
  unreadable: '',
}

const CONCURRENCY = 8
/** Bytes of files being verified at once: two of the largest, or many small ones. */
const READ_BUDGET_BYTES = 2 * (MAX_DOSSIER_BYTES + 1)
const DOSSIER_SUFFIX = '.ds.md'

/** Verify every file, `CONCURRENCY` at a time; reports come back in input order. */
export async function verifyFiles(options: VerifyFilesOptions): Promise<FileReport[]> {
  const buffers = new BufferPool(CONCURRENCY, READ_BUDGET_BYTES)
  return mapBounded(options.files, CONCURRENCY, (file) => verifyFile(file, options, buffers))
}

/** One file's report. Never throws: anything unexpected becomes an `error` report. */
export async function verifyFile(
  file: string,
  options: Omit<VerifyFilesOptions, 'files'>,
  buffers?: BufferPool,
): Promise<FileReport> {
  const relative = path.relative(options.workspace, file).split(path.sep).join('/')
  const readFile = options.readFile ?? ((f: string) => readFileNoFollow(f, MAX_DOSSIER_BYTES))
  // Only the file itself is read into a pooled buffer, given back once its report is
  // made (a report holds no bytes: strings and codes only), or its read failed.
  let lent: Buffer | undefined
  const borrow = async (capacity: number) => (lent = await (buffers as BufferPool).take(capacity))
  const readDossier =
    options.readFile ??
    ((f: string) =>
      readFileNoFollow(f, MAX_DOSSIER_BYTES, buffers ? { bufferFor: borrow } : undefined))
  try {
    const bytes = await readDossier(file)
    if (bytes === undefined) throw new ReadError('file-missing', 'does not exist')
    const detached = await detachedSignatures(file, relative, readFile)
    const attested = attestedSignatures(relative, options.provenance)
    const recheckable = [...detached, ...attested]
    const signatures = recheckable.map((found) => found.check(bytes, options.trust))
    const { dossier, problem } = dossierOf(bytes, relative, recheckable.length > 0)
    const integrity: IntegrityCheck = dossier
      ? checkIntegrity(dossier.checksum, dossier.body)
      : { integrity: 'missing', message: 'is not a dossier' }
    const embedded = dossier && verifyEmbedded(dossier, options.trust)
    if (embedded) signatures.unshift(embedded)
    if (options.baseVersion && integrity.integrity !== 'invalid' && hasInvalid(signatures)) {
      const base = await options.baseVersion(relative).catch(() => undefined)
      if (base !== undefined) {
        const stale = staleChecks(signatures, base, dossier, recheckable, options.trust)
        signatures.splice(0, signatures.length, ...stale)
      }
    }
    const verdict = verdictOf(integrity, signatures, options.policy, problem)
    const provenance =
      verdict.authenticity === 'verified' ? attestedFacts(attested, signatures) : undefined
    return {
      file: relative,
      ...verdict,
      signatures,
      line: embedded?.line,
      ...(provenance ? { provenance } : {}),
    }
  } catch (error) {
    const unreadable = error instanceof ReadError
    return {
      file: relative,
      integrity: 'missing',
      authenticity: 'error',
      recommendation: 'BLOCK',
      signatures: [],
      message: unreadable
        ? `${error.message}${READ_HINTS[error.code]}`
        : `could not be verified: ${messageOf(error)}`,
      code: unreadable ? error.code : 'verify-failed',
    }
  } finally {
    if (lent !== undefined) buffers?.give(lent)
  }
}

/**
 * A file that is not a dossier is fine when a detached signature speaks for it, unless it
 * is named `.ds.md`: upstream reads such a file as a dossier or not at all, and a detached
 * signature must not turn other signed bytes (an embedded v1 signature's body, say) into
 * an allowed "dossier" that is none. One that opens a frontmatter it cannot close or
 * parse is a broken dossier, never a plain file.
 */
function dossierOf(
  bytes: Buffer,
  relative: string,
  hasDetached: boolean,
): { dossier?: Dossier; problem?: FileProblem } {
  try {
    return { dossier: parseDossier(bytes) }
  } catch (error) {
    if (!(error instanceof DossierError)) throw error
    const plainFile = !relative.endsWith(DOSSIER_SUFFIX)
    if (hasDetached && plainFile) return {}
    const message =
      error.code === 'not-a-dossier'
        ? plainFile
          ? `${error.message} and has no detached signature; add one (.sig, .sigstore.json, .minisig) or leave the file out of \`files\``
          : `is named ${DOSSIER_SUFFIX} but ${error.message}, so it is not a dossier whatever signs it; give it a frontmatter or another name`
        : `is a broken dossier: ${error.message}; fix its frontmatter and re-sign it`
    return { problem: { code: error.code, message } }
  }
}

/** The first bundle that verified the file, for the report. */
function attestedFacts(
  attested: readonly AttestedSignature[],
  checks: readonly SignatureCheck[],
): ProvenanceFacts | undefined {
  const verified = checks.find((c) => c.kind === 'provenance' && c.status === 'verified')
  return attested.find((a) => a.signatureFile === verified?.signatureFile)?.facts
}

function hasInvalid(checks: readonly SignatureCheck[]): boolean {
  return checks.some((check) => check.status === 'invalid')
}
