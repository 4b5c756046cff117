/** github.com's issuer of Actions OIDC tokens. */
export const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com'

/**
 * The issuer (`iss`) of Actions OIDC tokens on the server the run is on
 * (GITHUB_SERVER_URL): github.com's; `https://token.actions.SUBDOMAIN.ghe.com` on GitHub
 * Enterprise Cloud with data residency; `https://HOST/_services/token` on GitHub
 * Enterprise Server. Only a fallback for hints: the token's own `iss` claim is the truth.
 */
export function oidcIssuerFor(serverUrl: string | undefined): string {
  let host: string
  try {
    host = new URL(serverUrl ?? '').host.toLowerCase()
  } catch {
    return GITHUB_COM_ISSUER
  }
  if (host === 'github.com' || host === 'www.github.com') return GITHUB_COM_ISSUER
  if (host.endsWith('.ghe.com')) return `https://token.actions.${host}`
  return `https://${host}/_services/token`
}

/**
 * IAM names an OIDC provider, and the condition keys of its claims, by the issuer URL
 * without `https://`: `token.actions.githubusercontent.com:sub`,
 * `ghes.example.com/_services/token:sub`.
 */
export function issuerProviderName(issuer: string): string {
  return issuer.replace(/^https?:\/\//i, '').replace(/\/+$/, '')
}
