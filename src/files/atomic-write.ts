import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  fdatasync,
  fsync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { CodedError } from '../errors.js'
import type { WriteBatch } from './write-batch.js'

export class WorkspacePathError extends CodedError<'outside-workspace'> {}

export interface AtomicWriteOptions {
  /**
   * The real path of the folder (the workspace) the target must stay inside. Its
   * folder's real path is checked before anything is written and again right before
   * the rename, and the temp file is made here, where no swapped folder can move it.
   */
  within?: string
  /**
   * Part of a batch: the first check of the folder is made once per folder (the one
   * right before the rename, which catches a folder swapped for a symlink meanwhile,
   * is still made for every file), and the file's data is flushed with fdatasync (no
   * metadata journal commit per file); the batch fsyncs its folders when it ends.
   */
  batch?: WriteBatch
  /** Runs after the temp file is written, before the last check: a seam for tests that race the rename. */
  beforeRename?: () => Promise<void>
}

const flushData = promisify(fdatasync)
const flushAll = promisify(fsync)

/** Longest file name (bytes) on the file systems runners use. */
const NAME_MAX = 255

/**
 * Write a file so that readers see either the old content or the whole new one,
 * never a prefix: write a temp file, fsync it (fdatasync in a batch, which fsyncs the
 * folders at the end), rename it over the target. A crash mid-write leaves at most a stray `.*.tmp` file, never a
 * torn signature.
 *
 * Every call but the flush is made directly, not through libuv's thread pool: what is
 * written is a signature file or a dossier (kilobytes; at most a few MiB), and each
 * pooled call cost about 35 microseconds more CPU than the call itself (waking a worker
 * and then the loop), so the five of a signature file's write (open, write, close,
 * realpath, rename) were about 7% of the action's CPU per signed file. The flush waits
 * on the disk, so it stays off the event loop.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Buffer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { within, batch } = options
  const folder = path.dirname(target)
  let realFolder = batch?.checked(folder)
  if (realFolder === undefined) {
    realFolder = within === undefined ? folder : realFolderWithin(folder, within, target)
    batch?.remember(folder, realFolder)
  }
  try {
    await writeThenRename(within ?? folder, target, realFolder, content, options)
  } catch (error) {
    // A folder on another file system (a mount inside the workspace) cannot take a
    // rename from the workspace root: make the temp file beside the target instead.
    if (within === undefined || (error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await writeThenRename(realFolder, target, realFolder, content, options)
  }
}

async function writeThenRename(
  tempFolder: string,
  target: string,
  realFolder: string,
  content: string | Buffer,
  options: AtomicWriteOptions,
): Promise<void> {
  const name = path.basename(target)
  const temp = path.join(tempFolder, tempName(name))
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o644,
  )
  try {
    try {
      writeFileSync(fd, content)
      // The data reaches the disk before the name does: after a power loss the target
      // holds the old content or the whole new one, never an empty file.
      await (options.batch === undefined ? flushAll(fd) : flushData(fd))
    } finally {
      closeSync(fd)
    }
    await options.beforeRename?.()
    // The folder may have been swapped for a symlink since the first check (while
    // the file was hashed and signed): look again, as late as we can.
    const { within } = options
    if (within !== undefined) {
      const now = realFolderWithin(path.dirname(target), within, target)
      if (now !== realFolder) {
        throw new WorkspacePathError(
          'outside-workspace',
          `the folder of ${name} changed while it was being written (a symbolic link now leads to ${now}); nothing was written.`,
        )
      }
    }
    renameSync(temp, path.join(realFolder, name))
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {
      // already gone, or never made
    }
    throw error
  }
}

/** The folder's real path, refused unless it is `within` (a real path) or below it. */
function realFolderWithin(folder: string, within: string, target: string): string {
  const real = realpathSync.native(folder)
  if (!isWithin(real, within)) {
    throw new WorkspacePathError(
      'outside-workspace',
      `${path.basename(target)} would be written to ${real}, outside the workspace, through a symbolic link; nothing was written there.`,
    )
  }
  return real
}

export function isWithin(realPath: string, realRoot: string): boolean {
  return realPath === realRoot || realPath.startsWith(`${realRoot}${path.sep}`)
}

/** Random once per process; a counter tells this process's temp files apart (O_EXCL refuses any clash). */
const TEMP_TAG = `${process.pid}.${randomBytes(6).toString('hex')}`
let tempCount = 0

/**
 * `.<name>.<pid>.<random>.<n>.tmp`, the name cut short (at a character boundary) so
 * the temp name fits where the target's own name does.
 */
function tempName(name: string): string {
  const suffix = `.${TEMP_TAG}.${tempCount++}.tmp`
  let room = NAME_MAX - 1 - Buffer.byteLength(suffix)
  let kept = ''
  for (const char of name) {
    room -= Buffer.byteLength(char)
    if (room < 0) break
    kept += char
  }
  return `.${kept}${suffix}`
}
