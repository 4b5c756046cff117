import { createHash } from 'node:crypto'
import { lstatSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { mapBounded } from '../bounded-pool.js'
import { isTaggedPayload } from '../dossier/payload.js'
import { CodedError, messageOf } from '../errors.js'
import { writeFileAtomic } from '../files/atomic-write.js'
import { digestFile, type ByteSink } from '../files/file-digest.js'
import { WriteBatch } from '../files/write-batch.js'
import { ReadError } from '../files/read-regular-file.js'
import { FileSignatureCheck } from '../keys/file-signature-check.js'
import { DETACHED_FORMATS, type DetachedKind } from '../formats/registry.js'
import {
  readExistingSignatureFile,
  type DigestKey,
  type ExistingSignature,
  type FileFacts,
  type MessageKey,
  type WriterKeys,
} from '../formats/writing.js'
import type { MessageSigner, Signer } from './signer.js'

export type SignStatus = 'signed' | 'skipped' | 'would-sign' | 'failed'

/** One signature of one file: a row of the `signatures` output. */
export interface FileSignResult {
  /** Relative to the workspace, `/` separators. */
  file: string
  format: SignatureFormat
  /** Where the signature lives: the signature file, or the file itself (embedded). */
  signatureFile: string
  /** Lowercase hex SHA-256 of the bytes that were signed (or checked). */
  sha256?: string
  status: SignStatus
  error?: { code: string; message: string }
}

/** Every format sign mode writes: the detached kinds and the upstream embedded signature. */
export type SignatureFormat = DetachedKind | 'embedded'

/** The minisign half of a run: a pure Ed25519 key that signs messages, and what it says. */
export interface MinisignSigning {
  signer: MessageSigner
  keyId: Buffer
  publicKey: MessageKey['publicKey']
  /** The trusted comment for one file (provenance: path, repository, run...). */
  trustedComment(file: string): Buffer
}

export interface SignFilesOptions {
  workspace: string
  /** Regular files relative to the workspace, as found by findWorkspaceFiles. */
  files: readonly string[]
  /** The detached formats to write, in the registry's order. */
  formats: readonly DetachedKind[]
  key: DigestKey
  signer: Signer
  /** Needed when `formats` holds `minisig`. */
  minisign?: MinisignSigning
  concurrency: number
  /** Check everything, sign nothing, write nothing. */
  dryRun?: boolean
  /** Called once per signature as soon as its result is known. */
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
 * Write every requested detached signature beside each file. One pass over the bytes
 * feeds every hash and every check; `.sig` and `.sigstore.json` share one Sign call (both
 * are the key's signature over the file's digest); a signature that already holds for
 * the file's current bytes under this key is kept without a call. An error about the key
 * or the caller (denied, disabled, ...) stops new Sign calls: the files not reached are
 * reported as not signed instead of hammering KMS.
 */
export async function signFiles(options: SignFilesOptions): Promise<FileSignResult[]> {
  let stop: Error | undefined
  let realWorkspace: Promise<string> | undefined
  const run: RunState = {
    stopped: () => stop,
    stop: (error, signer) => {
      if (isRunStopping(error, signer)) stop ??= error as Error
    },
    realWorkspace: () => (realWorkspace ??= realpath(options.workspace)),
    writes: new WriteBatch(),
  }
  const perFile = await mapBounded(options.files, options.concurrency, async (file) => {
    const results = await signOne(file, options, run).catch((error: unknown) => {
      run.stop(error, options.signer)
      return options.formats.map((format) => failed(file, format, error))
    })
    for (const result of results) options.onResult?.(result)
    return results
  })
  await run.writes.sync()
  return perFile.flat()
}

/** What the files of one run share. */
interface RunState {
  /** the error that stopped new Sign calls, if any */
  stopped(): Error | undefined
  stop(error: unknown, signer: Signer | MessageSigner): void
  /** where every signature must land, resolved once */
  realWorkspace(): Promise<string>
  /** every signature file of the run, one batch of atomic writes */
  writes: WriteBatch
}

/** Enough of a file's start to recognise a v2/v3 payload tag and its newline. */
const PAYLOAD_HEAD_BYTES = 'dossier-signature-v2\n'.length

/** The detached kinds signed by one signature over the file's digest. */
const DIGEST_SIGNED: readonly DetachedKind[] = ['sig', 'sigstore']

async function signOne(
  file: string,
  options: SignFilesOptions,
  run: RunState,
): Promise<FileSignResult[]> {
  const { key, formats } = options
  const absolute = path.join(options.workspace, file)
  // One lstat per signature file answers both "can its name exist?" and "is one there
  // to read?": most runs sign new files, and then nothing is opened.
  const present: DetachedKind[] = []
  for (const kind of formats) {
    if (signatureFileIsThere(`${absolute}${DETACHED_FORMATS[kind].suffix}`, file)) {
      present.push(kind)
    }
  }
  const keys: WriterKeys = { digest: key, message: messageKeyOf(options.minisign) }
  const existing = new Map<DetachedKind, ExistingSignature>()
  for (const kind of present) {
    const { suffix, writer } = DETACHED_FORMATS[kind]
    const content = await readExistingSignatureFile(
      `${absolute}${suffix}`,
      `${file}${suffix}`,
      writer.maxBytes,
    )
    const found = content === undefined ? undefined : writer.existing(content, keys)
    if (found) existing.set(kind, found)
  }

  // One pass over the bytes feeds the hashes, the checks of what exists and the check of
  // the new signature, so the bytes we check, sign and verify are the same bytes.
  const needsDigestSignature = formats.some((kind) => DIGEST_SIGNED.includes(kind))
  const fresh = needsDigestSignature
    ? new FileSignatureCheck(key.algorithm, key.publicKey)
    : undefined
  const head = new HeadSink(PAYLOAD_HEAD_BYTES)
  const blake2b = formats.includes('minisig') ? createHash('blake2b512') : undefined
  const sinks: ByteSink[] = [head, ...(fresh ? [fresh] : []), ...(blake2b ? [blake2b] : [])]
  for (const found of existing.values()) sinks.push(found)
  const hashes = key.hash === 'sha256' ? ['sha256'] : ['sha256', key.hash]
  const { digests } = await digestFile(absolute, hashes, sinks, {
    realPath: path.join(await run.realWorkspace(), file),
  })
  if (isTaggedPayload(head.bytes())) {
    // A whole-file signature over these bytes would also be an embedded v2/v3 signature
    // of some dossier; verify mode refuses such a .sig, so none is made.
    throw new SignFileError(
      'embedded-payload-as-file',
      `${file} starts like a signed payload of another protocol (an embedded v2/v3 payload "dossier-signature-v2/v3", or a DSSE "DSSEv1 " encoding), so a signature over it could stand for a dossier's or an attestation's; it is not signed. Rename or re-create the file.`,
    )
  }
  const facts: FileFacts = {
    file,
    sha256: (digests[0] as Buffer).toString('hex'),
    digest: digests[digests.length - 1] as Buffer,
    blake2b512: blake2b?.digest(),
  }
  const needed: DetachedKind[] = []
  for (const kind of formats) if (!(await existing.get(kind)?.holds(facts))) needed.push(kind)
  const row = (format: DetachedKind, status: SignStatus): FileSignResult => ({
    file,
    format,
    signatureFile: `${file}${DETACHED_FORMATS[format].suffix}`,
    sha256: facts.sha256,
    status,
  })
  const results = new Map<DetachedKind, FileSignResult>(
    formats.filter((kind) => !needed.includes(kind)).map((kind) => [kind, row(kind, 'skipped')]),
  )
  if (options.dryRun) {
    for (const kind of needed) results.set(kind, row(kind, 'would-sign'))
    return formats.map((kind) => results.get(kind) as FileSignResult)
  }

  const digestKinds = needed.filter((kind) => DIGEST_SIGNED.includes(kind))
  if (digestKinds.length > 0) {
    const outcome = await attempt(run, options.signer, async () => {
      assertNotStopped(run)
      const signature = await options.signer.sign(facts.digest)
      // Never write what we have not checked: a signature that fails here means KMS
      // signed with another key or other bytes, and the whole run is suspect.
      if (!(await fresh?.verify(signature, facts.digest))) {
        throw new SignFileError(
          'signature-mismatch',
          `KMS returned a signature that does not verify under the key's public key; nothing was written for ${file}.`,
        )
      }
      return signature
    })
    for (const kind of digestKinds) {
      results.set(
        kind,
        outcome.ok
          ? await writeSignature(kind, absolute, facts, run, () =>
              digestWriterOf(kind)(outcome.value, facts, key),
            )
          : failed(file, kind, outcome.error, facts.sha256),
      )
    }
  }
  if (needed.includes('minisig')) {
    const messageKey = keys.message
    const write = DETACHED_FORMATS.minisig.writer.fromMessageKey
    const outcome = await attempt(run, options.minisign?.signer ?? options.signer, async () => {
      if (messageKey === undefined || write === undefined) {
        throw new Error('minisig needs `minisign-kms-key-id`')
      }
      assertNotStopped(run)
      return write(facts, messageKey)
    })
    results.set(
      'minisig',
      outcome.ok
        ? await writeSignature('minisig', absolute, facts, run, async () => outcome.value)
        : failed(file, 'minisig', outcome.error, facts.sha256),
    )
  }
  return formats.map((kind) => results.get(kind) as FileSignResult)
}

function messageKeyOf(minisign: MinisignSigning | undefined): MessageKey | undefined {
  if (minisign === undefined) return undefined
  return {
    keyId: minisign.keyId,
    publicKey: minisign.publicKey,
    signMessage: (message) => minisign.signer.signMessage(message),
    trustedComment: (file) => minisign.trustedComment(file),
  }
}

function digestWriterOf(kind: DetachedKind) {
  const write = DETACHED_FORMATS[kind].writer.fromDigestSignature
  if (write === undefined) throw new Error(`${kind} is not signed over a digest`)
  return write
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

/** Run one signing step; a failure is recorded (and may stop the run), not thrown. */
async function attempt<T>(
  run: RunState,
  signer: Signer | MessageSigner,
  step: () => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await step() }
  } catch (error) {
    run.stop(error, signer)
    return { ok: false, error }
  }
}

function assertNotStopped(run: RunState): void {
  const reason = run.stopped()
  if (reason) {
    throw new SignFileError(
      'aborted',
      `not signed: the run stopped after an earlier error (${reason.message})`,
    )
  }
}

async function writeSignature(
  kind: DetachedKind,
  absolute: string,
  facts: FileFacts,
  run: RunState,
  content: () => Promise<Buffer | string> | Buffer | string,
): Promise<FileSignResult> {
  const signatureFile = `${facts.file}${DETACHED_FORMATS[kind].suffix}`
  try {
    const bytes = await content()
    try {
      await writeFileAtomic(`${absolute}${DETACHED_FORMATS[kind].suffix}`, bytes, {
        within: await run.realWorkspace(),
        batch: run.writes,
      })
    } catch (error) {
      throw new SignFileError(
        'write-failed',
        `cannot write ${signatureFile}: ${messageOf(error)}`,
        { cause: error },
      )
    }
    return { file: facts.file, format: kind, signatureFile, sha256: facts.sha256, status: 'signed' }
  } catch (error) {
    return failed(facts.file, kind, error, facts.sha256)
  }
}

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

/**
 * Whether something is at a signature file's path (anything but "nothing": the read
 * that follows refuses what is not a regular file). A dossier whose name is near the
 * file system's limit (255 bytes on Linux) leaves no room for its signature file: ask
 * the file system, which knows its own limit, before any KMS call is spent on a
 * signature that could never be written. A direct call, like the signature file's write
 * (see writeFileAtomic): a pooled lstat costs more CPU in wake-ups than the lstat itself.
 */
function signatureFileIsThere(absolute: string, file: string): boolean {
  try {
    // "nothing there" answers without building an error (most runs sign new files)
    return lstatSync(absolute, { throwIfNoEntry: false }) !== undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    if (code !== 'ENAMETOOLONG') return true
    const bytes = Buffer.byteLength(path.basename(absolute))
    throw new SignFileError(
      'signature-name-too-long',
      `${file} cannot be signed: its signature file would need a ${bytes}-byte name, longer than the file system allows for one name, so it cannot exist beside it; shorten the file's name.`,
      { cause: error },
    )
  }
}

/** The signer's own rule, and ours: a signature that does not verify makes the run suspect. */
function isRunStopping(error: unknown, signer: Signer | MessageSigner): boolean {
  if (error instanceof SignFileError) return error.code === 'signature-mismatch'
  return signer.stopsRun(error)
}

function failed(
  file: string,
  format: DetachedKind,
  error: unknown,
  sha256?: string,
): FileSignResult {
  const code = error instanceof CodedError ? String(error.code) : 'unexpected'
  const message = error instanceof ReadError ? `${file} ${error.message}` : messageOf(error)
  return {
    file,
    format,
    signatureFile: `${file}${DETACHED_FORMATS[format].suffix}`,
    ...(sha256 === undefined ? {} : { sha256 }),
    status: 'failed',
    error: { code, message },
  }
}
