/** STS's rule for RoleSessionName, which CloudTrail records on every KMS call. */
const ALLOWED = /[^\w+=,.@-]/g
const MAX = 64

/**
 * The session name: the user's, or one that identifies the repository run
 * (`dossier-sign@OWNER.REPO-RUN_ID-ATTEMPT`), sanitised to what STS accepts. When
 * too long the repository part is shortened, never the run id and attempt.
 */
export function roleSessionName(requested: string, env: NodeJS.ProcessEnv): string {
  if (requested !== '') return fit(requested.replace(ALLOWED, '-'))
  const repository = (env.GITHUB_REPOSITORY || 'local').replace('/', '.').replace(ALLOWED, '-')
  const run = `-${env.GITHUB_RUN_ID || 'run'}-${env.GITHUB_RUN_ATTEMPT || '1'}`.replace(
    ALLOWED,
    '-',
  )
  const prefix = 'dossier-sign@'
  return fit(`${prefix}${repository.slice(0, Math.max(1, MAX - prefix.length - run.length))}${run}`)
}

function fit(name: string): string {
  const cut = name.slice(0, MAX)
  return cut.length >= 2 ? cut : cut.padEnd(2, '-')
}
