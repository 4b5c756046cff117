import { SIGNATURE_SUFFIXES } from '../formats/registry.js'
import { findWorkspaceFiles, type RefusedPath } from '../files/workspace-files.js'
import type { FilePatterns } from '../files/file-patterns.js'
import { describeShard, inShard, type Shard } from '../files/shard.js'
import type { ActionIo } from './action-io.js'
import { ActionFailure } from './action-failure.js'

export interface MatchedFiles {
  files: string[]
  /** Symlinks and special files that matched: each mode reports them as failed; never touched. */
  refused: RefusedPath[]
  /** Files and refused paths the globs matched in the whole workspace, before the shard's slice. */
  matched: number
}

/**
 * Resolve sign mode's `files` globs and apply the guards that come before any AWS call:
 * nothing matched is a failure (a typo must not look like success: verify mode, which
 * must pass in a repository with no dossiers yet, says so in a notice instead), and more
 * than `max-files` is refused outright (a runaway glob must not sign the world).
 *
 * With `shard: I/N` only the slice I of what matched is kept, refused paths too, so each
 * one is reported by exactly one shard; `max-files` counts the slice. An empty slice is
 * no failure when the globs matched files elsewhere: small trees leave some shards idle.
 */
export async function matchFiles(
  workspace: string,
  patterns: FilePatterns,
  maxFiles: number,
  io: ActionIo,
  shard: Shard = { index: 1, count: 1 },
): Promise<MatchedFiles> {
  const found = await findWorkspaceFiles(workspace, patterns, SIGNATURE_SUFFIXES)
  const matched = found.files.length + found.refused.filter((r) => r.severity === 'error').length
  const files = found.files.filter((f) => inShard(f, shard))
  const refused = found.refused.filter((r) => inShard(r.file, shard))
  for (const r of refused.filter((r) => r.severity === 'warning'))
    io.warning(r.message, { file: r.file })
  const errors = refused.filter((r) => r.severity === 'error')
  if (matched === 0) {
    const tried = [...patterns.include, ...patterns.exclude.map((p) => `!${p}`)].join(', ')
    throw new ActionFailure(
      'no-files',
      `No files matched the \`files\` patterns (${tried}) in ${workspace}. Check the globs (relative to the workspace) and that actions/checkout ran before this step.`,
    )
  }
  if (files.length === 0 && errors.length === 0) {
    io.notice(
      `shard ${describeShard(shard)}: none of the ${matched} matched files fall in this slice; nothing to sign here, and no AWS call was made.`,
      { title: 'dossier-sign: empty shard' },
    )
  }
  if (files.length + errors.length > maxFiles) {
    const where = shard.count > 1 ? ` in shard ${describeShard(shard)}` : ''
    throw new ActionFailure(
      'too-many-files',
      `${files.length + errors.length} files matched${where}, more than \`max-files\` (${maxFiles}); nothing was signed. Narrow the \`files\` globs or raise \`max-files\` if this many is intended.`,
    )
  }
  return { files, refused: errors, matched }
}
