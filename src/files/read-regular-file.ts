import { constants, readlinkSync, realpathSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { CodedError, messageOf } from '../errors.js'

export type ReadErrorCode =
  'symlink' | 'not-regular-file' | 'file-too-large' | 'file-missing' | 'unreadable'

export class ReadError extends CodedError<ReadErrorCode> {}

/**
 * How every file of the workspace is opened: O_NOFOLLOW refuses a symlink swapped in
 * after the walk (nothing may point elsewhere), O_NONBLOCK keeps a FIFO from blocking
 * the open (regular files ignore the flag).
 */
export const NO_FOLLOW_READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

/**
 * Refuses an open file that is not the one at `realPath` (the workspace's real path and
 * the file's walked name): O_NOFOLLOW refuses a link in the file's own place, but the
 * folders above it are followed, and one swapped for a link after the walk leads to
 * another file. Where the open file is: Linux names it in /proc/self/fd, which no rename
 * or link swap made after the open can change. Elsewhere the path is resolved again
 * after the open, which leaves a swap made and undone between the two calls unseen.
 */
export function assertOpenedAt(fd: number, file: string, realPath: string): void {
  let where
  try {
    where = readlinkSync(`/proc/self/fd/${fd}`)
  } catch {
    where = realpathSync.native(file)
  }
  if (where !== realPath) {
    throw new ReadError(
      'symlink',
      `was reached through a symbolic link (a folder above it now leads to ${where}); it was not read`,
    )
  }
}

export interface ReadOptions {
  /** Where the bytes go: a new buffer unless a pool lends one. */
  bufferFor?: (capacity: number) => Buffer | Promise<Buffer>
  /** The file opened must be the one at this real path (see assertOpenedAt). */
  realPath?: string
}

/**
 * Read a whole file, refusing symlinks, anything but a regular file, and more than
 * `maxBytes`. Resolves undefined when nothing is there, or nothing can be (a name too long).
 * The bytes are read into `bufferFor(capacity)` and handed back as a view of the bytes
 * read, never of what the buffer held before.
 */
export async function readFileNoFollow(
  file: string,
  maxBytes: number,
  { bufferFor = Buffer.allocUnsafeSlow, realPath }: ReadOptions = {},
): Promise<Buffer | undefined> {
  let handle
  try {
    handle = await open(file, NO_FOLLOW_READ)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // ENAMETOOLONG: no file can have that name (a 252-byte dossier's `.sig`), so none is there.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined
    if (code === 'ELOOP')
      throw new ReadError('symlink', 'is a symbolic link; it is not followed', { cause: error })
    throw new ReadError('unreadable', `cannot be opened: ${messageOf(error)}`, { cause: error })
  }
  try {
    if (realPath !== undefined) assertOpenedAt(handle.fd, file, realPath)
    const stat = await handle.stat()
    if (!stat.isFile()) throw new ReadError('not-regular-file', 'is not a regular file')
    // Refused unread when stat already says it is too large; the cap below still holds
    // for a file that grows while it is read.
    if (stat.size > maxBytes) throw tooLarge(maxBytes)
    // One byte of room past what stat promised, so growth since stat is noticed.
    const capacity = stat.size + 1
    const buffer = await bufferFor(capacity)
    let size = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, size, capacity - size, null)
      size += bytesRead
      if (bytesRead === 0 || size === capacity) break
    }
    if (size > maxBytes) throw tooLarge(maxBytes)
    if (size === capacity) throw new ReadError('unreadable', 'changed while it was being read')
    return buffer.subarray(0, size)
  } finally {
    await handle.close()
  }
}

function tooLarge(maxBytes: number): ReadError {
  return new ReadError('file-too-large', `is larger than ${maxBytes} bytes`)
}
