import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { mapBounded } from '../bounded-pool.js'
import { CodedError, messageOf } from '../errors.js'
import { digestFile } from '../files/file-digest.js'
import { writeInWorkspace } from '../files/write-in-workspace.js'
import { builderIdOf, type WorkflowRun } from '../formats/provenance/slsa-predicate.js'
import type { InTotoStatement, Subject } from '../formats/provenance/statement.js'
import { provenanceStatement, signProvenance } from '../formats/provenance/write-provenance.js'
import type { DigestKey, DigestSigner } from '../formats/writing.js'

export interface AttestFilesOptions {
  workspace: string
  /** Every file the run attests, relative to the workspace, `/` separators. */
  files: readonly string[]
  /**
   * Lowercase hex SHA-256 of a file's FINAL bytes where the sign pipeline already read
   * them (after any embedding); the others are hashed here.
   */
  known: ReadonlyMap<string, string>
  run: WorkflowRun
  key: DigestKey
  signer: DigestSigner
  /** Absolute path of the bundle, inside the workspace (`provenance-path`). */
  target: string
  concurrency: number
  /** Build the statement, sign nothing, write nothing. */
  dryRun: boolean
}

/** What a run attested (or, in a dry run, would attest). */
export interface Attestation {
  statement: InTotoStatement
  /** Files hashed here rather than taken from the sign pipeline's results. */
  hashed: number
  builderId: string
  written: boolean
}

export class AttestError extends CodedError<'attest-unreadable' | 'attest-write-failed'> {}

/**
 * The run's one provenance attestation: every file a subject with the SHA-256 of its
 * final bytes, one Sign call for all of them, checked, then written atomically inside
 * the workspace. Hashing streams each file (constant memory), `concurrency` at a time.
 */
export async function attestFiles(options: AttestFilesOptions): Promise<Attestation> {
  let hashed = 0
  let realWorkspace: Promise<string> | undefined
  const subjects = await mapBounded(
    options.files,
    options.concurrency,
    async (file): Promise<Subject> => {
      const known = options.known.get(file)
      if (known !== undefined) return { name: file, digest: { sha256: known } }
      hashed++
      realWorkspace ??= realpath(options.workspace)
      const sha256 = await sha256Of(options.workspace, file, await realWorkspace)
      return { name: file, digest: { sha256 } }
    },
  )
  const statement = provenanceStatement(subjects, options.run)
  const relative = path.relative(options.workspace, options.target).split(path.sep).join('/')
  const attestation = { statement, hashed, builderId: builderIdOf(options.run) }
  if (options.dryRun) return { ...attestation, written: false }
  const bytes = await signProvenance(statement, options.signer, options.key)
  try {
    await writeInWorkspace(
      options.workspace,
      options.target,
      bytes.toString('utf8'),
      'provenance-path',
    )
  } catch (error) {
    throw new AttestError('attest-write-failed', `cannot write ${relative}: ${messageOf(error)}`, {
      cause: error,
    })
  }
  return { ...attestation, written: true }
}

async function sha256Of(workspace: string, file: string, realWorkspace: string): Promise<string> {
  try {
    const { digests } = await digestFile(path.join(workspace, file), ['sha256'], [], {
      realPath: path.join(realWorkspace, file),
    })
    return (digests[0] as Buffer).toString('hex')
  } catch (error) {
    throw new AttestError('attest-unreadable', `${file} ${messageOf(error)}`, { cause: error })
  }
}
