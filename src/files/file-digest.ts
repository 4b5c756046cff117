import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { CodedError } from '../errors.js'
import { NO_FOLLOW_READ } from './read-regular-file.js'

/** Anything that consumes the file's bytes in the same pass as the hash. */
export interface ByteSink {
  update(chunk: Buffer): unknown
}

export class FileReadError extends CodedError<'not-regular-file' | 'unreadable'> {}

const CHUNK_BYTES = 1 << 20

/**
 * Hash a file in one streaming pass with a reused buffer: constant memory for any
 * size, and every sink sees exactly the bytes that were hashed.
 */
export async function digestFile(
  file: string,
  hashes: readonly string[],
  sinks: readonly ByteSink[] = [],
): Promise<{ digests: Buffer[]; size: number }> {
  let handle
  try {
    handle = await open(file, NO_FOLLOW_READ)
  } catch (error) {
    throw new FileReadError('unreadable', `cannot be opened: ${(error as Error).message}`, {
      cause: error,
    })
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new FileReadError('not-regular-file', 'is not a regular file')
    const hashers = hashes.map((h) => createHash(h))
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    let size = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      for (const h of hashers) h.update(chunk)
      for (const s of sinks) s.update(chunk)
      size += bytesRead
    }
    return { digests: hashers.map((h) => h.digest()), size }
  } catch (error) {
    if (error instanceof FileReadError) throw error
    throw new FileReadError('unreadable', `cannot be read: ${(error as Error).message}`, {
      cause: error,
    })
  } finally {
    await handle.close()
  }
}
