import { REPO_ROOT } from '../harness/local-runner.js'
import { run } from './processes.js'

/** Which build was measured: figures are only comparable for the same dist/. */
export interface Revision {
  commit: string
  /** dist/ differs from that commit (a local rebuild, or someone's work in progress) */
  distModified: boolean
}

export async function distRevision(): Promise<Revision | undefined> {
  const head = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).catch(
    () => undefined,
  )
  if (head?.code !== 0) return undefined
  const status = await run('git', ['status', '--porcelain', '--', 'dist'], { cwd: REPO_ROOT })
  return { commit: head.stdout.trim(), distModified: status.stdout.trim() !== '' }
}

export function revisionLine(revision: Revision | undefined): string {
  if (!revision) return 'dist/: not a git checkout'
  return `dist/ of commit ${revision.commit}${revision.distModified ? ' with local changes' : ''}`
}
