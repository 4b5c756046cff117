import { describe, expect, it } from '@jest/globals'
import { claimsFromJwt } from '../../src/aws/oidc-claims.js'
import { issuerProviderName, oidcIssuerFor } from '../../src/aws/oidc-issuer.js'
import { stsHint } from '../../src/aws/sts-hints.js'
import type { WebIdentitySettings } from '../../src/aws/web-identity-credentials.js'

const GHES = 'https://ghes.example.com/_services/token'

const settings = (oidcIssuer: string): WebIdentitySettings => ({
  roleArn: 'arn:aws:iam::123456789012:role/github-dossier-oidc',
  roleSessionName: 's',
  durationSeconds: 900,
  audience: 'sts.amazonaws.com',
  region: 'us-east-1',
  network: { noProxy: '' },
  oidcIssuer,
})

describe('the OIDC issuer on github.com, GHE.com and GitHub Enterprise Server', () => {
  it.each<[string | undefined, string]>([
    ['https://github.com', 'https://token.actions.githubusercontent.com'],
    [undefined, 'https://token.actions.githubusercontent.com'],
    ['https://octo.ghe.com', 'https://token.actions.octo.ghe.com'],
    ['https://ghes.example.com', GHES],
    ['https://ghes.example.com:8443/', 'https://ghes.example.com:8443/_services/token'],
  ])('GITHUB_SERVER_URL %s issues from %s', (server, issuer) => {
    expect(oidcIssuerFor(server)).toBe(issuer)
  })

  it('names IAM condition keys by the issuer without its scheme', () => {
    expect(issuerProviderName(GHES)).toBe('ghes.example.com/_services/token')
    expect(issuerProviderName('https://token.actions.githubusercontent.com/')).toBe(
      'token.actions.githubusercontent.com',
    )
  })

  it("reads the token's iss claim", () => {
    const payload = Buffer.from(JSON.stringify({ iss: GHES, sub: 'repo:o/r:ref:refs/heads/main' }))
    expect(claimsFromJwt(`e30.${payload.toString('base64url')}.sig`).iss).toBe(GHES)
  })

  it("STS hints name the token's issuer, not github.com's, on GHES", () => {
    const claims = { iss: GHES, sub: 'repo:o/r:ref:refs/heads/main', aud: 'sts.amazonaws.com' }
    const denied = stsHint('sts-access-denied', 'AccessDenied: no', settings(GHES), claims)
    expect(denied).toContain('ghes.example.com/_services/token:sub')
    expect(denied).toContain('ghes.example.com/_services/token:aud')
    expect(denied).not.toContain('githubusercontent')
    const invalid = stsHint('sts-invalid-token', 'InvalidIdentityToken: no', settings(GHES), claims)
    expect(invalid).toContain(`IAM OIDC provider with the URL ${GHES}`)
    expect(invalid).not.toContain('githubusercontent')
  })

  it('falls back to the server URL when the token carries no issuer', () => {
    const hint = stsHint('sts-access-denied', 'AccessDenied: no', settings(GHES), { sub: 'x' })
    expect(hint).toContain('ghes.example.com/_services/token:sub')
  })
})
