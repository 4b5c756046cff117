import { fromWebToken } from '@aws-sdk/credential-providers'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { awsErrorFrom } from './aws-error.js'
import { claimsFromJwt, type OidcClaims } from './oidc-claims.js'
import { stsHint } from './sts-hints.js'

/** Where OIDC tokens come from (the runner's token endpoint in production). */
export interface TokenSource {
  token(audience: string): Promise<string>
}

export interface WebIdentitySettings {
  roleArn: string
  roleSessionName: string
  durationSeconds: number
  audience: string
  region: string
}

export interface WebIdentityHooks {
  /** Called with every secret as soon as it exists, so the runner can mask it. */
  mask(secret: string): void
  /** Called with the decoded claims of each token (never the token). */
  onClaims?(claims: OidcClaims): void
}

/** Refresh this long before expiry, so no request is signed with credentials about to lapse. */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000

/**
 * Credentials from STS AssumeRoleWithWebIdentity, shared by every caller until they
 * are about to expire. A refresh fetches a fresh OIDC token, so it never replays a
 * token that has itself expired.
 */
export function webIdentityCredentials(
  settings: WebIdentitySettings,
  tokens: TokenSource,
  hooks: WebIdentityHooks,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined
  const fresh = (c: AwsCredentialIdentity): boolean =>
    c.expiration === undefined || c.expiration.getTime() - now() > REFRESH_BEFORE_EXPIRY_MS
  return async (): Promise<AwsCredentialIdentity> => {
    const pending = current
    const cached = await pending?.catch(() => undefined)
    if (cached && fresh(cached)) return cached
    // Callers that found the same stale value share one refresh.
    if (current === pending) current = assumeRole(settings, tokens, hooks)
    return current as Promise<AwsCredentialIdentity>
  }
}

async function assumeRole(
  settings: WebIdentitySettings,
  tokens: TokenSource,
  hooks: WebIdentityHooks,
): Promise<AwsCredentialIdentity> {
  const token = await tokens.token(settings.audience)
  hooks.mask(token)
  const claims = claimsFromJwt(token)
  hooks.onClaims?.(claims)
  try {
    const credentials = await fromWebToken({
      roleArn: settings.roleArn,
      roleSessionName: settings.roleSessionName,
      durationSeconds: settings.durationSeconds,
      webIdentityToken: token,
      clientConfig: { region: settings.region },
    })()
    hooks.mask(credentials.secretAccessKey)
    if (credentials.sessionToken) hooks.mask(credentials.sessionToken)
    return credentials
  } catch (error) {
    throw awsErrorFrom('sts', error, (code, awsMessage) =>
      stsHint(code, awsMessage, settings, claims),
    )
  }
}
