import { CodedError, messageOf } from './errors.js'
import { readFileNoFollow } from './files/read-regular-file.js'
import { buildTrustStore, type TrustSource } from './trust/trust-store.js'
import type { TrustStore } from './trust/trusted-key.js'

export class TrustSourceError extends CodedError<'trusted-keys-unreadable'> {}

/** Larger than any sane trusted-keys file; stops a wrong path (a binary, a log) early. */
const MAX_TRUST_FILE_BYTES = 1 << 20

/**
 * The trust store from trusted-keys files and inline entries. A file that cannot be
 * read fails the run: verifying against fewer keys than the user listed would turn
 * good signatures into warnings without saying why.
 */
export async function loadTrust(
  files: readonly { path: string; display: string }[],
  inline: string,
): Promise<TrustStore> {
  const sources: TrustSource[] = []
  for (const file of files) {
    // Bounded and no-follow: the path comes from the repository, which a pull request
    // controls, so a symlink to a FIFO or /dev/zero must not hang or exhaust the step.
    let text: Buffer | undefined
    try {
      text = await readFileNoFollow(file.path, MAX_TRUST_FILE_BYTES)
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
        `trusted keys file ${file.display} does not exist; check the \`trusted-keys-file\` path.`,
      )
    }
    sources.push({ text: text.toString('utf8'), source: file.display })
  }
  if (inline.trim() !== '') sources.push({ text: inline, source: 'trusted-keys input' })
  return buildTrustStore(sources)
}
