import { KMSClient } from '@aws-sdk/client-kms'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { awsHttpOptions } from './http-options.js'
import type { ProxyConfig } from './proxy-config.js'

/**
 * The KMS client the action signs with. The endpoint is the SDK's to resolve from the
 * region and the environment: partition (aws, aws-cn, aws-us-gov), AWS_USE_FIPS_ENDPOINT,
 * AWS_ENDPOINT_URL_KMS / AWS_ENDPOINT_URL (VPC interface endpoints, local stand-ins).
 */
export function kmsClientFor(
  region: string,
  network: ProxyConfig,
  credentials?: AwsCredentialIdentityProvider,
): KMSClient {
  // cacheMiddleware: the middleware stack is resolved once per command class, not once
  // per Sign call (about a tenth of the action's CPU per signed file); we add no
  // per-command middleware, the one thing it rules out.
  return new KMSClient({ region, credentials, ...awsHttpOptions(network), cacheMiddleware: true })
}
