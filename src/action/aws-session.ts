import type { KMSClient } from '@aws-sdk/client-kms'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { OidcClaims } from '../aws/oidc-claims.js'
import { webIdentityCredentials, type TokenSource } from '../aws/web-identity-credentials.js'
import type { ActionIo } from './action-io.js'
import type { AwsSettings } from './settings.js'

/** The real AWS collaborators; tests hand in the same ones pointed at the local stack. */
export interface AwsDependencies {
  io: ActionIo
  tokens: TokenSource
  kmsClient(region: string, credentials?: AwsCredentialIdentityProvider): KMSClient
}

export interface KmsSession {
  kms: KMSClient
  /** Claims of the OIDC token, when the role was assumed with one. */
  claims?: OidcClaims
}

/**
 * A KMS client with the role's credentials (web identity) or the ambient chain. The
 * role is assumed right away, so a trust-policy mismatch fails before any KMS call.
 */
export async function openKmsSession(aws: AwsSettings, deps: AwsDependencies): Promise<KmsSession> {
  const { io } = deps
  if (!aws.roleToAssume) return { kms: deps.kmsClient(aws.region) }
  let claims: OidcClaims | undefined
  const credentials = webIdentityCredentials(
    { ...aws, roleArn: aws.roleToAssume, durationSeconds: aws.roleDurationSeconds },
    deps.tokens,
    { mask: (s) => io.setSecret(s), onClaims: (c) => (claims = c) },
  )
  await credentials()
  io.info(
    `Assumed ${aws.roleToAssume} as session ${aws.roleSessionName} (OIDC subject ${claims?.sub ?? '?'}).`,
  )
  return { kms: deps.kmsClient(aws.region, credentials), claims }
}
