import { readFile } from 'node:fs/promises'
import { CodedError } from './errors.js'
import { buildTrustStore, type TrustSource } from './trust/trust-store.js'
import type { TrustStore } from './trust/trusted-key.js'

export class TrustSourceError extends CodedError<
  'trusted-keys-unreadable' | 'no-trusted-keys-source'
> {}

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
    let text: Buffer
    try {
      text = await readFile(file.path)
    } catch (error) {
      throw new TrustSourceError(
        'trusted-keys-unreadable',
        `trusted keys file ${file.display} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the \`trusted-keys-file\` path.`,
        { cause: error },
      )
    }
    if (text.length > MAX_TRUST_FILE_BYTES) {
      throw new TrustSourceError(
        'trusted-keys-unreadable',
        `trusted keys file ${file.display} is ${text.length} bytes, more than a trusted-keys file can be (${MAX_TRUST_FILE_BYTES}).`,
      )
    }
    sources.push({ text: text.toString('utf8'), source: file.display })
  }
  if (inline.trim() !== '') sources.push({ text: inline, source: 'trusted-keys input' })
  return buildTrustStore(sources)
}
