import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { mapBounded } from '../bounded-pool.js'
import { MAX_DOSSIER_BYTES } from '../dossier/dossier.js'
import { CodedError, messageOf } from '../errors.js'
import { writeFileAtomic } from '../files/atomic-write.js'
import { readFileNoFollow } from '../files/read-regular-file.js'
import { embedSignature, holdsEmbeddedSignature } from '../formats/embedded/write-embedded.js'
import type { DigestKey } from '../formats/writing.js'
import type { FileSignResult } from './sign-files.js'
import type { Signer } from './signer.js'

export interface EmbedFilesOptions {
  workspace: string
  files: readonly string[]
  key: DigestKey & { arn: string }
  signer: Signer
  concurrency: number
  /** ISO-8601, one for the whole run. */
  signedAt: string
  /** Who signed, for people: the repository and run. */
  signedBy: string
  /** Replace an embedded signature by another key instead of refusing the file. */
  replace: boolean
  dryRun?: boolean
  onResult?(result: FileSignResult): void
}

class EmbedRunError extends CodedError<'aborted' | 'write-failed'> {}

/**
 * Write the upstream embedded signature (v2/v3) into each dossier, in place and
 * atomically. Runs before the detached formats, so they cover the file after it.
 */
export async function embedFiles(options: EmbedFilesOptions): Promise<FileSignResult[]> {
  let stop: Error | undefined
  let realWorkspace: Promise<string> | undefined
  return mapBounded(options.files, options.concurrency, async (file) => {
    const result = await embedOne(
      file,
      options,
      () => stop,
      () => (realWorkspace ??= realpath(options.workspace)),
    ).catch((error: unknown): FileSignResult => {
      if (options.signer.stopsRun(error)) stop ??= error as Error
      const code = error instanceof CodedError ? String(error.code) : 'unexpected'
      return {
        file,
        format: 'embedded',
        signatureFile: file,
        status: 'failed',
        error: { code, message: `${file}: ${messageOf(error)}` },
      }
    })
    options.onResult?.(result)
    return result
  })
}

async function embedOne(
  file: string,
  options: EmbedFilesOptions,
  stopped: () => Error | undefined,
  realWorkspace: () => Promise<string>,
): Promise<FileSignResult> {
  const absolute = path.join(options.workspace, file)
  const bytes = await readFileNoFollow(absolute, MAX_DOSSIER_BYTES, {
    realPath: path.join(await realWorkspace(), file),
  })
  if (bytes === undefined) throw new EmbedRunError('write-failed', 'no longer exists')
  const row = (status: FileSignResult['status']): FileSignResult => ({
    file,
    format: 'embedded',
    signatureFile: file,
    status,
  })
  if (options.dryRun)
    return row(holdsEmbeddedSignature(bytes, options.key) ? 'skipped' : 'would-sign')
  const reason = stopped()
  if (reason) {
    throw new EmbedRunError(
      'aborted',
      `not signed: the run stopped after an earlier error (${reason.message})`,
    )
  }
  const result = await embedSignature(bytes, {
    signer: options.signer,
    key: options.key,
    signedAt: options.signedAt,
    signedBy: options.signedBy,
    replace: options.replace,
  })
  if (result.status === 'skipped') return row('skipped')
  try {
    await writeFileAtomic(absolute, result.bytes, { within: await realWorkspace() })
  } catch (error) {
    throw new EmbedRunError(
      'write-failed',
      `cannot write the signed dossier: ${messageOf(error)}`,
      {
        cause: error,
      },
    )
  }
  return row('signed')
}
