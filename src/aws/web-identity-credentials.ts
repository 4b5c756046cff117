import { fromWebToken } from '@aws-sdk/credential-provider-web-identity'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { AwsError, awsErrorFrom } from './aws-error.js'
import { claimsFromJwt, type OidcClaims } from './oidc-claims.js'
import { withRetry } from './retry-policy.js'
import { stsHint } from './sts-hints.js'
import { awsHttpOptions } from './http-options.js'
import type { ProxyConfig } from './proxy-config.js'

/** Where OIDC tokens come from (the runner's token endpoint in production). */
export interface TokenSource {
  token(audience: string): Promise<string>
}

export interface WebIdentitySettings {
  roleArn: string
  roleSessionName: string
  durationSeconds: number
  audience: string
  /** STS is called in this region (its regional endpoint), the region of the run's keys. */
  region: string
  network: ProxyConfig
  /**
   * The OIDC issuer GitHub's tokens name (`iss`) for this server, for hints when a token
   * cannot be read: github.com's, or `https://HOST/_services/token` on GHES.
   */
  oidcIssuer: string
  /** The inline session policy (STS `Policy`): the session may do only what it and the role allow. */
  policy?: string
}

export interface WebIdentityHooks {
  /** Called with every secret as soon as it exists, so the runner can mask it. */
  mask(secret: string): void
  /** Called with the decoded claims of each token (never the token). */
  onClaims?(claims: OidcClaims): void
}

/**
 * Refresh this long before expiry (a quarter of the lifetime for short sessions), so
 * no request is signed with credentials about to lapse.
 */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000

/**
 * Credentials from STS AssumeRoleWithWebIdentity, shared by every caller until they
 * are about to expire. A refresh fetches a fresh OIDC token, so it never replays a
 * token that has itself expired. STS calls retry only what can succeed later.
 */
export function webIdentityCredentials(
  settings: WebIdentitySettings,
  tokens: TokenSource,
  hooks: WebIdentityHooks,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: Promise<{ credentials: AwsCredentialIdentity; issuedAt: number }> | undefined
  const fresh = ({
    credentials,
    issuedAt,
  }: {
    credentials: AwsCredentialIdentity
    issuedAt: number
  }): boolean => {
    const expires = credentials.expiration?.getTime()
    if (expires === undefined) return true
    const margin = Math.min(REFRESH_BEFORE_EXPIRY_MS, (expires - issuedAt) / 4)
    return expires - now() > margin
  }
  return async (): Promise<AwsCredentialIdentity> => {
    const pending = current
    const cached = await pending?.catch(() => undefined)
    if (cached && fresh(cached)) return cached.credentials
    // Callers that found the same stale value share one refresh.
    if (current === pending) {
      const issuedAt = now()
      current = assumeRole(settings, tokens, hooks).then((credentials) => ({
        credentials,
        issuedAt,
      }))
    }
    return (await (current as NonNullable<typeof current>)).credentials
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
  const provider = fromWebToken({
    roleArn: settings.roleArn,
    roleSessionName: settings.roleSessionName,
    durationSeconds: settings.durationSeconds,
    policy: settings.policy,
    webIdentityToken: token,
    clientConfig: { region: settings.region, ...awsHttpOptions(settings.network) },
  })
  const credentials = await withRetry(
    async () => {
      try {
        return await provider()
      } catch (error) {
        const failure = awsErrorFrom('sts', error, (code, awsMessage) =>
          stsHint(code, awsMessage, settings, claims),
        )
        throw settings.policy === undefined ? failure : sessionPolicyFailure(failure)
      }
    },
    (error) => error instanceof AwsError && error.isTransient,
  )
  hooks.mask(credentials.secretAccessKey)
  if (credentials.sessionToken) hooks.mask(credentials.sessionToken)
  return credentials
}

/** STS refusals of the session policy itself (its packed size, its syntax). */
const POLICY_REFUSALS = new Set([
  'PackedPolicyTooLargeException',
  'MalformedPolicyDocumentException',
  'PackedPolicyTooLarge',
  'MalformedPolicyDocument',
])

/**
 * STS packs session policies into a binary form with its own limit, which a policy under
 * 2,048 characters can still exceed: say that it is the action's session policy, and the
 * way out, rather than a generic AssumeRoleWithWebIdentity failure.
 */
function sessionPolicyFailure(error: AwsError): AwsError {
  if (!POLICY_REFUSALS.has(error.awsCode)) return error
  return new AwsError(
    error.code,
    error.awsCode,
    `AWS STS refused the session policy this action sends to scope the session to its KMS keys (${error.message}). Set \`session-policy: false\` to assume the role without it; the role's own policies then bound the session.`,
    error,
  )
}
