import { lstat, mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { isWithin, WorkspacePathError, writeFileAtomic } from './atomic-write.js'

export { WorkspacePathError }

/**
 * Write a file the user named by an input (such as `public-key-path`). Missing
 * folders are created only after the nearest existing one is shown to lie inside the
 * workspace (a symlinked folder could lead anywhere), one level at a time, each
 * checked again once made; the write itself re-checks right before its rename.
 */
export async function writeInWorkspace(
  workspace: string,
  absolute: string,
  content: string,
  input: string,
): Promise<void> {
  const realWorkspace = await realpath(workspace)
  const refuse = (cause?: unknown) =>
    new WorkspacePathError(
      'outside-workspace',
      `\`${input}\` ${path.relative(workspace, absolute)} resolves outside the workspace through a symbolic link; nothing was written there.`,
      { cause },
    )
  const assertWithin = async (folder: string): Promise<void> => {
    const real = await realpath(folder).catch((error: unknown) => {
      throw refuse(error) // a dangling or looping link: it leads nowhere we can check
    })
    if (!isWithin(real, realWorkspace)) throw refuse()
  }

  const missing: string[] = []
  let existing = path.dirname(absolute)
  while (!(await exists(existing))) {
    missing.unshift(existing)
    existing = path.dirname(existing)
  }
  await assertWithin(existing)
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    })
    await assertWithin(folder)
  }
  try {
    await writeFileAtomic(absolute, content, { within: realWorkspace })
  } catch (error) {
    throw error instanceof WorkspacePathError ? refuse(error) : error
  }
}

/** Whether anything (a symlink too) is at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
