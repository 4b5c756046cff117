import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms'
import { fromWebToken } from '@aws-sdk/credential-providers'
import type { Stack } from '../../stack/index.js'

/** The audience AWS expects in a GitHub OIDC token. */
export const STS_AUDIENCE = 'sts.amazonaws.com'

/** Session credentials through the real SDK's web-identity provider and the stack's STS. */
export function webIdentityCredentials(
  stack: Stack,
  roleArn: string,
  options: { token?: string; sessionName?: string; durationSeconds?: number } = {},
) {
  return fromWebToken({
    roleArn,
    webIdentityToken: options.token ?? stack.oidc.mintToken({ aud: STS_AUDIENCE }),
    roleSessionName: options.sessionName ?? 'stack-test',
    durationSeconds: options.durationSeconds,
    clientConfig: { endpoint: stack.urls.sts, region: 'us-east-1', maxAttempts: 1 },
  })
}

/** A real KMS client pointed at the stack; one attempt unless a test is about retries. */
export function kmsClient(
  stack: Stack,
  credentials: KMSClientConfig['credentials'],
  config: Partial<KMSClientConfig> = {},
): KMSClient {
  return new KMSClient({
    region: 'us-east-1',
    endpoint: stack.urls.kms,
    credentials,
    maxAttempts: 1,
    ...config,
  })
}

/** The rejection of an SDK call, reduced to what tests assert on. */
export async function sdkError(
  call: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call
  } catch (error) {
    const { name, message, $metadata } = error as Error & {
      $metadata?: { httpStatusCode?: number }
    }
    return { name, message, status: $metadata?.httpStatusCode }
  }
  throw new Error('expected the call to fail')
}
