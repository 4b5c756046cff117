import { lstat, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import type { FilePatterns } from './file-patterns.js'

/** Directories never walked: git's internals and installed dependencies. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export type RefusalCode =
  | 'symlink'
  | 'symlinked-folder'
  | 'not-regular-file'
  | 'directory'
  | 'name-not-utf8'
  | 'unreadable-folder'

/** What Node puts where a name's bytes are not UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD'

/**
 * A path that matched but will not be touched, with the reason. Symlinks and special
 * files are errors (the user asked for them; `!` excludes them); a directory whose
 * name matched a file pattern is only a warning.
 */
export interface RefusedPath {
  file: string
  code: RefusalCode
  severity: 'error' | 'warning'
  message: string
}

export interface WorkspaceFiles {
  /** Regular files that matched, relative to the workspace with `/` separators, sorted. */
  files: string[]
  refused: RefusedPath[]
}

/**
 * Walk the workspace without following symbolic links and match every entry against
 * the patterns. Matching on lstat results means a symlink can never smuggle a path
 * from outside the workspace into the list: it is refused where it stands.
 */
export async function findWorkspaceFiles(
  workspace: string,
  patterns: FilePatterns,
  /** Names never listed: signature files are no candidates for signing or verifying. */
  skippedSuffixes: readonly string[],
): Promise<WorkspaceFiles> {
  const options = { dot: true, nocomment: true, nonegate: true }
  const include = patterns.include.map((p) => new Minimatch(p, options))
  const exclude = patterns.exclude.map((p) => new Minimatch(p, options))
  const matches = (rel: string): boolean =>
    include.some((m) => m.match(rel)) && !exclude.some((m) => m.match(rel))
  // `docs/**` matches every folder under docs; only a pattern that names files
  // (`**/*.ds.md`) makes a matching directory worth a warning.
  const fileNaming = include.filter((m) => !/^\*+$/.test(m.pattern.split('/').pop() ?? ''))
  const directoryMatches = (rel: string): boolean =>
    fileNaming.some((m) => m.match(rel)) && !exclude.some((m) => m.match(rel))

  const files: string[] = []
  const refused: RefusedPath[] = []
  const walk = async (dirRel: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(workspace, dirRel), { withFileTypes: true })
    } catch (error) {
      // The workspace itself must be readable; a folder below it that is not (left
      // root-owned by an earlier container step, too deep for the OS) is refused where
      // it stands, when a pattern could match inside it, instead of ending the walk.
      if (dirRel === '') throw error
      if (include.some((m) => m.match(dirRel, true)) && !exclude.some((m) => m.match(dirRel))) {
        const why = `is a folder that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), so nothing in it was signed or verified`
        refused.push(refusal(dirRel, 'unreadable-folder', 'error', why))
      }
      return
    }
    for (const entry of entries) {
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`
      if (entry.name.includes(REPLACEMENT_CHARACTER)) {
        // Node reads names as UTF-8: one that is not comes back with U+FFFD and no longer
        // names the entry, so it cannot be opened or walked. Refuse it where it stands
        // instead of failing the whole walk (or later saying the file does not exist).
        const folder = entry.isDirectory()
        const couldMatch = folder
          ? include.some((m) => m.match(rel, true)) && !exclude.some((m) => m.match(rel))
          : matches(rel)
        if (couldMatch) {
          const why = `has a name that is not valid UTF-8, so ${folder ? 'nothing in it can be read' : 'it cannot be opened'}; rename it`
          refused.push(refusal(rel, 'name-not-utf8', 'error', why))
        }
        continue
      }
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(rel)
        if (directoryMatches(rel)) {
          refused.push(refusal(rel, 'directory', 'warning', 'is a directory, not a file'))
        }
        continue
      }
      if (entry.isSymbolicLink() && !matches(rel) && (await isFolderLink(workspace, rel))) {
        // A folder replaced by a link is never walked, so its dossiers would vanish from
        // the check without a word: say so wherever a pattern could match inside it.
        if (include.some((m) => m.match(rel, true)) && !exclude.some((m) => m.match(rel))) {
          const why =
            'is a symbolic link to a folder; links are not followed, so nothing in it was signed or verified'
          refused.push(refusal(rel, 'symlinked-folder', 'warning', why))
        }
        continue
      }
      if (!matches(rel) || skippedSuffixes.some((s) => rel.endsWith(s))) continue
      if (entry.isSymbolicLink()) {
        const why =
          'is a symbolic link; only regular files are signed or verified, so a link cannot lead outside the workspace (exclude it with a `!` pattern)'
        refused.push(refusal(rel, 'symlink', 'error', why))
      } else if (entry.isFile()) {
        files.push(rel)
      } else {
        const why = 'is not a regular file (FIFO, socket or device)'
        refused.push(refusal(rel, 'not-regular-file', 'error', why))
      }
    }
  }
  await lstat(workspace)
  await walk('')
  files.sort()
  refused.sort((a, b) => a.file.localeCompare(b.file))
  return { files, refused }
}

/** Metadata only (stat opens nothing), so a link to a FIFO or a device cannot hang the walk. */
async function isFolderLink(workspace: string, rel: string): Promise<boolean> {
  try {
    return (await stat(path.join(workspace, rel))).isDirectory()
  } catch {
    return false
  }
}

function refusal(
  file: string,
  code: RefusalCode,
  severity: RefusedPath['severity'],
  why: string,
): RefusedPath {
  return { file, code, severity, message: `${file} ${why}; it was not touched.` }
}
