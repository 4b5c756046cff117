import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { NO_FOLLOW_READ, ReadError } from './read-regular-file.js'

/** Anything that consumes the file's bytes in the same pass as the hash. */
export interface ByteSink {
  update(chunk: Buffer): unknown
}

const CHUNK_BYTES = 1 << 20

/**
 * Hash a file in one streaming pass: constant memory for any size (two chunks in
 * hand), and every sink sees exactly the bytes that were hashed.
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
    throw new ReadError('unreadable', `cannot be opened: ${(error as Error).message}`, {
      cause: error,
    })
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new ReadError('not-regular-file', 'is not a regular file')
    const hashers = hashes.map((h) => createHash(h))
    // Read ahead: the next chunk is read (on libuv's threads) while this one is hashed.
    const readChunk = () => handle.read(Buffer.allocUnsafeSlow(CHUNK_BYTES), 0, CHUNK_BYTES, null)
    let next = readChunk()
    let size = 0
    for (;;) {
      const { bytesRead, buffer } = await next
      if (bytesRead === 0) break
      next = readChunk()
      const chunk = buffer.subarray(0, bytesRead)
      for (const h of hashers) h.update(chunk)
      for (const s of sinks) s.update(chunk)
      size += bytesRead
    }
    return { digests: hashers.map((h) => h.digest()), size }
  } catch (error) {
    if (error instanceof ReadError) throw error
    throw new ReadError('unreadable', `cannot be read: ${(error as Error).message}`, {
      cause: error,
    })
  } finally {
    await handle.close()
  }
}
