import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Every temp directory the benchmark makes, removed at the end or on Ctrl-C. */
export class TempDirs {
  private readonly dirs = new Set<string>()

  async make(name: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), `dossier-sign-bench-${name}-`))
    this.dirs.add(dir)
    return dir
  }

  async remove(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true })
    this.dirs.delete(dir)
  }

  async removeAll(): Promise<void> {
    await Promise.all([...this.dirs].map((dir) => this.remove(dir)))
  }

  /** For signal handlers, where nothing asynchronous will run. */
  removeAllSync(): void {
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true })
    this.dirs.clear()
  }
}
