/**
 * The claims of a GitHub OIDC token. Decoded locally without verification: they are
 * shown to the user (never the token itself) to explain an STS refusal, and only STS
 * decides whether the token is good. Once STS has accepted the token (it checks
 * GitHub's signature), they are GitHub's word on the run: provenance records them.
 */
export interface OidcClaims {
  /** The issuer: github.com's, or `https://HOST/_services/token` on GitHub Enterprise Server. */
  iss?: string
  sub?: string
  aud?: string
  repository?: string
  repositoryId?: string
  repositoryOwnerId?: string
  ref?: string
  sha?: string
  environment?: string
  /** The workflow the run started (`owner/repo/.github/workflows/x.yml@ref`). */
  workflowRef?: string
  /** The workflow file the job runs in: a reusable workflow's own ref when it is one. */
  jobWorkflowRef?: string
  runId?: string
  runAttempt?: string
  eventName?: string
  runnerEnvironment?: string
}

export function claimsFromJwt(token: string): OidcClaims {
  const payload = token.split('.')[1]
  if (payload === undefined) return {}
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (typeof json !== 'object' || json === null) return {}
    const c = json as Record<string, unknown>
    const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
    const aud = Array.isArray(c.aud) ? c.aud.filter((a) => typeof a === 'string').join(',') : c.aud
    return {
      iss: text(c.iss),
      sub: text(c.sub),
      aud: text(aud),
      repository: text(c.repository),
      repositoryId: text(c.repository_id),
      repositoryOwnerId: text(c.repository_owner_id),
      ref: text(c.ref),
      sha: text(c.sha),
      environment: text(c.environment),
      workflowRef: text(c.workflow_ref),
      jobWorkflowRef: text(c.job_workflow_ref),
      runId: text(c.run_id),
      runAttempt: text(c.run_attempt),
      eventName: text(c.event_name),
      runnerEnvironment: text(c.runner_environment),
    }
  } catch {
    return {}
  }
}
