import { createVerify } from 'node:crypto'
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import { mapBounded } from '../bounded-pool.js'
import type { Signer, SignerKey } from './signer.js'
import { CodedError, messageOf } from '../errors.js'
import { writeFileAtomic } from '../files/atomic-write.js'
import { isTaggedPayload } from '../dossier/payload.js'
import { digestFile, type ByteSink } from '../files/file-digest.js'
import { readFileNoFollow, ReadError } from '../files/read-regular-file.js'
import { verifyKeyInput } from '../keys/algorithms.js'
import {
  formatSigFile,
  MAX_SIG_FILE_BYTES,
  parseSigFile,
  SIG_SUFFIX,
} from '../formats/sig/sig-file.js'

export type SignStatus = 'signed' | 'skipped' | 'would-sign' | 'failed'

export interface FileSignResult {
  /** Relative to the workspace, `/` separators. */
  file: string
  signatureFile: string
  /** Lowercase hex SHA-256 of the bytes that were signed (or checked). */
  sha256?: string
  status: SignStatus
  error?: { code: string; message: string }
}

export interface SignFilesOptions {
  workspace: string
  /** Regular files relative to the workspace, as found by findWorkspaceFiles. */
  files: readonly string[]
  key: SignerKey
  signer: Signer
  concurrency: number
  /** Check everything, sign nothing, write nothing. */
  dryRun?: boolean
  /** Called once per file as soon as its result is known. */
  onResult?(result: FileSignResult): void
}

export type SignFileErrorCode =
  | 'signature-path-unusable'
  | 'signature-name-too-long'
  | 'embedded-payload-as-file'
  | 'signature-mismatch'
  | 'write-failed'
  | 'aborted'

export class SignFileError extends CodedError<SignFileErrorCode> {}

/**
 * Sign each file's digest and write `<file>.sig` beside it. A file whose `.sig`
 * already verifies for its current bytes is skipped without a KMS call. An error
 * about the key or the caller (denied, disabled, ...) stops new Sign calls: the
 * files not reached are reported as not signed instead of hammering KMS.
 */
export async function signFiles(options: SignFilesOptions): Promise<FileSignResult[]> {
  let stop: Error | undefined
  let realWorkspace: Promise<string> | undefined
  const run: RunState = {
    stopped: () => stop,
    realWorkspace: () => (realWorkspace ??= realpath(options.workspace)),
  }
  return mapBounded(options.files, options.concurrency, async (file) => {
    const result = await signOne(file, options, run).catch((error: unknown) => {
      if (isRunStopping(error, options.signer)) stop ??= error as Error
      return failed(file, error)
    })
    options.onResult?.(result)
    return result
  })
}

/** Enough of a file's start to recognise a v2/v3 payload tag and its newline. */
const PAYLOAD_HEAD_BYTES = 'dossier-signature-v2\n'.length

/** Keeps the first bytes that stream by. */
class HeadSink implements ByteSink {
  private readonly parts: Buffer[] = []
  private kept = 0

  constructor(private readonly limit: number) {}

  update(chunk: Buffer): void {
    if (this.kept >= this.limit) return
    const part = chunk.subarray(0, this.limit - this.kept)
    this.parts.push(Buffer.from(part))
    this.kept += part.length
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts)
  }
}

/** What the files of one run share. */
interface RunState {
  /** the error that stopped new Sign calls, if any */
  stopped(): Error | undefined
  /** where every `.sig` must land, resolved once */
  realWorkspace(): Promise<string>
}

async function signOne(
  file: string,
  options: SignFilesOptions,
  run: RunState,
): Promise<FileSignResult> {
  const { key } = options
  const absolute = path.join(options.workspace, file)
  const signatureFile = `${file}${SIG_SUFFIX}`
  await assertSignatureNameFits(`${absolute}${SIG_SUFFIX}`, file)
  const existing = await readExistingSignature(`${absolute}${SIG_SUFFIX}`, signatureFile)

  // One pass over the bytes feeds the hashes and both verifiers, so the bytes we
  // check, sign and verify are the same bytes, read once.
  const fresh = createVerify(key.hash)
  const previous = existing ? createVerify(key.hash) : undefined
  const head = new HeadSink(PAYLOAD_HEAD_BYTES)
  const sinks: ByteSink[] = previous ? [fresh, previous, head] : [fresh, head]
  const hashes = key.hash === 'sha256' ? ['sha256'] : ['sha256', key.hash]
  const { digests } = await digestFile(absolute, hashes, sinks)
  if (isTaggedPayload(head.bytes())) {
    // A whole-file signature over these bytes would also be an embedded v2/v3 signature
    // of some dossier; verify mode refuses such a .sig, so none is made.
    throw new SignFileError(
      'embedded-payload-as-file',
      `${file} starts like an embedded signature's payload ("dossier-signature-v2/v3"), so a signature over it could stand for a dossier's; it is not signed. Rename or re-create the file.`,
    )
  }
  const sha256 = (digests[0] as Buffer).toString('hex')
  const digest = digests[digests.length - 1] as Buffer
  const keyInput = verifyKeyInput(key.algorithm, key.publicKey)

  if (existing && previous?.verify(keyInput, existing)) {
    return { file, signatureFile, sha256, status: 'skipped' }
  }
  if (options.dryRun) return { file, signatureFile, sha256, status: 'would-sign' }
  const reason = run.stopped()
  if (reason) {
    throw new SignFileError(
      'aborted',
      `not signed: the run stopped after an earlier error (${reason.message})`,
    )
  }
  const signature = await options.signer.sign(digest)
  // Never write what we have not checked: a signature that fails here means KMS
  // signed with another key or other bytes, and the whole run is suspect.
  if (!fresh.verify(keyInput, signature)) {
    throw new SignFileError(
      'signature-mismatch',
      `KMS returned a signature that does not verify under the key's public key; nothing was written for ${file}.`,
    )
  }
  try {
    await writeFileAtomic(`${absolute}${SIG_SUFFIX}`, formatSigFile(signature), {
      within: await run.realWorkspace(),
    })
  } catch (error) {
    throw new SignFileError('write-failed', `cannot write ${signatureFile}: ${messageOf(error)}`, {
      cause: error,
    })
  }
  return { file, signatureFile, sha256, status: 'signed' }
}

/**
 * A dossier whose name is near the file system's limit (255 bytes on Linux) leaves
 * no room for `<name>.sig`. Ask the file system, which knows its own limit, before
 * any KMS call is spent on a signature that could never be written.
 */
async function assertSignatureNameFits(absolute: string, file: string): Promise<void> {
  try {
    await lstat(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENAMETOOLONG') return
    const bytes = Buffer.byteLength(path.basename(absolute))
    throw new SignFileError(
      'signature-name-too-long',
      `${file} cannot be signed: its signature file would need a ${bytes}-byte name, longer than the file system allows for one name, so no ${SIG_SUFFIX} can exist beside it; shorten the file's name.`,
      { cause: error },
    )
  }
}

/** The current `.sig`, if it is a regular file that parses; a symlink or a FIFO there is refused. */
async function readExistingSignature(
  absolute: string,
  relative: string,
): Promise<Buffer | undefined> {
  let content: Buffer | undefined
  try {
    content = await readFileNoFollow(absolute, MAX_SIG_FILE_BYTES)
  } catch (error) {
    if (
      error instanceof ReadError &&
      (error.code === 'symlink' || error.code === 'not-regular-file')
    ) {
      throw new SignFileError(
        'signature-path-unusable',
        `${relative} exists and is not a regular file (a symlink, a directory or a FIFO); remove it so the signature can be written.`,
      )
    }
    return undefined // too large or unreadable: it will be replaced by a good one
  }
  if (content === undefined) return undefined
  try {
    return parseSigFile(content)
  } catch {
    return undefined // malformed: it will be replaced by a good one
  }
}

/** The signer's own rule, and ours: a signature that does not verify makes the run suspect. */
function isRunStopping(error: unknown, signer: Signer): boolean {
  if (error instanceof SignFileError) return error.code === 'signature-mismatch'
  return signer.stopsRun(error)
}

function failed(file: string, error: unknown): FileSignResult {
  const code = error instanceof CodedError ? String(error.code) : 'unexpected'
  const message = error instanceof ReadError ? `${file} ${error.message}` : messageOf(error)
  return { file, signatureFile: `${file}${SIG_SUFFIX}`, status: 'failed', error: { code, message } }
}
