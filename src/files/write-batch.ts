import { open } from 'node:fs/promises'

/**
 * Many atomic writes made as one batch (a sign run's signature files): each folder's
 * real path is checked once, not once per file, and each file's data is flushed with
 * fdatasync before its rename while the folders are fsynced once at the end, instead
 * of a full fsync per file.
 *
 * What that keeps: a run killed at any moment (SIGKILL, a cancelled job) never leaves a
 * torn file, because each file appears by an atomic rename of a complete temp file;
 * and after a machine crash a signature file holds its old content or the whole new
 * one, never an empty one, because its data was on disk before its name changed. What
 * the end-of-run folder sync adds: the new names themselves survive a crash.
 */
export class WriteBatch {
  private readonly folders = new Map<string, string>()

  /** The real path a folder was checked to have, if it was. */
  checked(folder: string): string | undefined {
    return this.folders.get(folder)
  }

  remember(folder: string, realFolder: string): void {
    this.folders.set(folder, realFolder)
  }

  /** fsync every folder written to, so the new names are on disk. */
  async sync(): Promise<void> {
    for (const folder of new Set(this.folders.values())) {
      let handle
      try {
        handle = await open(folder, 'r')
      } catch {
        continue // Windows cannot open a folder; its renames are journaled by NTFS itself.
      }
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
  }
}
