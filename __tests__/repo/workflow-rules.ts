import yaml from 'js-yaml'
import type { WorkflowFile } from './workflow-files.js'

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /^# v\d+(?:\.\d+)*(?:\s|$)/
const USES_LINE = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/

/**
 * Each `uses:` that is not this repository's own (`./...`) must name a full commit SHA
 * and say its version in a comment, so a moved tag cannot change what runs and
 * Dependabot can still update it. Lines are read as text (YAML drops comments), and
 * counted against the parsed file so no `uses:` escapes the line pattern. A commented-out
 * step (a job a maintainer is told to enable) must be pinned too.
 */
export function pinProblems(text: string): string[] {
  const problems: string[] = []
  const read = (lines: string[]) =>
    lines.flatMap((line) => {
      const match = USES_LINE.exec(line)
      return match ? [{ ref: match[1] as string, comment: match[2] ?? '' }] : []
    })
  const all = text.split('\n')
  const used = read(all.filter((l) => !/^\s*#/.test(l)))
  const commented = read(all.flatMap((l) => /^\s*#(.*)$/.exec(l)?.slice(1, 2) ?? []))
  for (const { ref, comment } of [...used, ...commented]) {
    if (ref.startsWith('./')) continue
    if (!PINNED.test(ref)) problems.push(`${ref}: not owner/repo[/path]@<40-hex commit SHA>`)
    else if (!VERSION_COMMENT.test(comment)) problems.push(`${ref}: no "# vX.Y.Z" comment`)
  }
  const parsed = yaml.load(text) as WorkflowFile
  const parsedCount = Object.values(parsed.jobs ?? {}).reduce(
    (n, job) => n + (job.uses ? 1 : 0) + (job.steps ?? []).filter((s) => s.uses).length,
    0,
  )
  if (parsedCount !== used.length) {
    problems.push(`${parsedCount} uses in the workflow, ${used.length} read as lines`)
  }
  return problems
}

/** Jobs that get the repository's default token permissions. */
export function jobsWithoutPermissions(workflow: WorkflowFile): string[] {
  if (workflow.permissions !== undefined) return []
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.permissions === undefined)
    .map(([name]) => name)
}
