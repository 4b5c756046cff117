import { CodedError, messageOf } from '../errors.js'
import { readFileNoFollow } from '../files/read-regular-file.js'
import { buildTrustStore, type TrustSource } from '../trust/trust-store.js'
import type { TrustStore } from '../keys/trusted-key.js'

export class TrustSourceError extends CodedError<'trusted-keys-unreadable'> {}

/** Larger than any sane trusted-keys file; stops a wrong path (a binary, a log) early. */
export const MAX_TRUST_FILE_BYTES = 1 << 20

/** A trusted-keys file: absolute path, and the workspace-relative name messages show. */
export interface TrustFile {
  path: string
  display: string
}

/** Where trusted-keys files are read: the checkout, or the pull request's base commit. */
export interface TrustFileReader {
  read(file: TrustFile): Promise<Buffer | undefined>
  /** How to fix a file that is missing from this place. */
  missingHint: string
}

/**
 * The checkout. Bounded and no-follow: the path comes from the repository, which a pull
 * request controls, so a symlink to a FIFO or /dev/zero must not hang or exhaust the step.
 */
export const WORKSPACE_TRUST_FILES: TrustFileReader = {
  read: (file) => readFileNoFollow(file.path, MAX_TRUST_FILE_BYTES),
  missingHint: 'check the `trusted-keys-file` path',
}

/**
 * The trust store from trusted-keys files and inline entries. A file that cannot be
 * read fails the run: verifying against fewer keys than the user listed would turn
 * good signatures into warnings without saying why.
 */
export async function loadTrust(
  files: readonly TrustFile[],
  inline: string,
  reader: TrustFileReader = WORKSPACE_TRUST_FILES,
): Promise<TrustStore> {
  const sources: TrustSource[] = []
  for (const file of files) {
    let text: Buffer | undefined
    try {
      text = await reader.read(file)
    } catch (error) {
      throw new TrustSourceError(
        'trusted-keys-unreadable',
        `trusted keys file ${file.display} ${messageOf(error)}; check the \`trusted-keys-file\` path (a regular file of at most ${MAX_TRUST_FILE_BYTES} bytes).`,
        { cause: error },
      )
    }
    if (text === undefined) {
      throw new TrustSourceError(
        'trusted-keys-unreadable',
        `trusted keys file ${file.display} does not exist; ${reader.missingHint}.`,
      )
    }
    if (text.length > MAX_TRUST_FILE_BYTES) {
      throw new TrustSourceError(
        'trusted-keys-unreadable',
        `trusted keys file ${file.display} is larger than ${MAX_TRUST_FILE_BYTES} bytes; check the \`trusted-keys-file\` path.`,
      )
    }
    sources.push({ text: text.toString('utf8'), source: file.display })
  }
  if (inline.trim() !== '') sources.push({ text: inline, source: 'trusted-keys input' })
  return buildTrustStore(sources)
}
