/**
 * The claims of a GitHub OIDC token that explain an STS refusal. Decoded locally
 * without verification: they are shown to the user (never the token itself), and
 * only STS decides whether the token is good.
 */
export interface OidcClaims {
  sub?: string
  aud?: string
  repository?: string
  ref?: string
  environment?: string
  jobWorkflowRef?: string
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
      sub: text(c.sub),
      aud: text(aud),
      repository: text(c.repository),
      ref: text(c.ref),
      environment: text(c.environment),
      jobWorkflowRef: text(c.job_workflow_ref),
    }
  } catch {
    return {}
  }
}
