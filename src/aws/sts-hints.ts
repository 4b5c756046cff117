import type { AwsErrorCode } from './aws-error.js'
import type { OidcClaims } from './oidc-claims.js'
import { issuerProviderName } from './oidc-issuer.js'
import type { WebIdentitySettings } from './web-identity-credentials.js'

const SUB_FORMS =
  'repo:ORG/REPO:ref:refs/heads/BRANCH, repo:ORG/REPO:ref:refs/tags/TAG, ' +
  'repo:ORG/REPO:environment:NAME, repo:ORG/REPO:pull_request; repositories created after ' +
  '2026-07-15 use the immutable form repo:ORG@ORG_ID/REPO@REPO_ID:...'

/** A message for an STS failure that says which claim or setting to check. */
export function stsHint(
  code: AwsErrorCode,
  awsMessage: string,
  settings: WebIdentitySettings,
  claims: OidcClaims,
): string {
  const token = `the token has sub "${claims.sub ?? '?'}" and aud "${claims.aud ?? '?'}"`
  const role = `role-to-assume ${settings.roleArn}`
  // GitHub Enterprise Server issues from https://HOST/_services/token, not github.com's.
  const issuer = claims.iss ?? settings.oidcIssuer
  const provider = issuerProviderName(issuer)
  switch (code) {
    case 'sts-access-denied':
      return (
        `AWS STS refused to let this workflow assume ${role} (${awsMessage}). ` +
        `The role's trust policy must match the GitHub OIDC token: ${token}. ` +
        `Check the condition on ${provider}:sub (forms: ${SUB_FORMS}) ` +
        `and on ${provider}:aud, and that the role ARN is right.`
      )
    case 'sts-invalid-token':
      return (
        `AWS STS rejected the GitHub OIDC token for ${role} (${awsMessage}); ${token}. ` +
        `Check that the account has an IAM OIDC provider with the URL ${issuer} (the token's issuer) ` +
        `whose audience list contains "${settings.audience}" (the \`audience\` input), and that ` +
        `role-session-name and role-duration-seconds are valid for the role.`
      )
    case 'sts-expired-token':
      return `The GitHub OIDC token expired before AWS STS accepted it (${awsMessage}). Re-run the job; if it repeats, check the runner's clock.`
    case 'sts-rejected-claim':
      return `AWS STS rejected a claim of the GitHub OIDC token for ${role} (${awsMessage}); ${token}. Check the OIDC provider's configuration.`
    case 'sts-unavailable':
    case 'network':
      return `AWS STS could not be reached or could not reach GitHub's OIDC issuer (${awsMessage}). This is usually transient: re-run the job.`
    default:
      return `AssumeRoleWithWebIdentity for ${role} failed (${awsMessage}).`
  }
}
