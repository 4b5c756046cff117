import { mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { CodedError } from '../errors.js'
import { writeFileAtomic } from './atomic-write.js'

export class WorkspacePathError extends CodedError<'outside-workspace'> {}

/**
 * Write a file the user named by an input (such as `public-key-path`). The folder is
 * created when missing, and its real path must still be inside the workspace, so a
 * symlinked folder cannot carry the write elsewhere.
 */
export async function writeInWorkspace(
  workspace: string,
  absolute: string,
  content: string,
  input: string,
): Promise<void> {
  const folder = path.dirname(absolute)
  await mkdir(folder, { recursive: true })
  const [realFolder, realWorkspace] = await Promise.all([realpath(folder), realpath(workspace)])
  if (realFolder !== realWorkspace && !realFolder.startsWith(`${realWorkspace}${path.sep}`)) {
    throw new WorkspacePathError(
      'outside-workspace',
      `\`${input}\` ${path.relative(workspace, absolute)} resolves outside the workspace through a symbolic link; nothing was written there.`,
    )
  }
  await writeFileAtomic(absolute, content)
}
