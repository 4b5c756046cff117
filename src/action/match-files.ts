import { SIGNATURE_SUFFIXES } from '../formats/registry.js'
import { findWorkspaceFiles, type RefusedPath } from '../files/workspace-files.js'
import type { FilePatterns } from '../files/file-patterns.js'
import type { ActionIo } from './action-io.js'
import { ActionFailure } from './action-failure.js'

export interface MatchedFiles {
  files: string[]
  /** Symlinks and special files that matched: each mode reports them as failed; never touched. */
  refused: RefusedPath[]
}

/**
 * Resolve the `files` globs and apply the guards that come before any AWS call:
 * nothing matched is a failure (a typo must not look like success), and more than
 * `max-files` is refused outright (a runaway glob must not sign the world; verify
 * passes Infinity).
 */
export async function matchFiles(
  workspace: string,
  patterns: FilePatterns,
  maxFiles: number,
  io: ActionIo,
): Promise<MatchedFiles> {
  const { files, refused } = await findWorkspaceFiles(workspace, patterns, SIGNATURE_SUFFIXES)
  for (const r of refused.filter((r) => r.severity === 'warning'))
    io.warning(r.message, { file: r.file })
  const errors = refused.filter((r) => r.severity === 'error')
  if (files.length === 0 && errors.length === 0) {
    const tried = [...patterns.include, ...patterns.exclude.map((p) => `!${p}`)].join(', ')
    throw new ActionFailure(
      'no-files',
      `No files matched the \`files\` patterns (${tried}) in ${workspace}. Check the globs (relative to the workspace) and that actions/checkout ran before this step.`,
    )
  }
  if (files.length + errors.length > maxFiles) {
    throw new ActionFailure(
      'too-many-files',
      `${files.length + errors.length} files matched, more than \`max-files\` (${maxFiles}); nothing was signed. Narrow the \`files\` globs or raise \`max-files\` if this many is intended.`,
    )
  }
  return { files, refused: errors }
}
