import type { KMSClient } from '@aws-sdk/client-kms'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { AdaptiveLimit } from '../aws/adaptive-limit.js'
import { AwsError } from '../aws/aws-error.js'
import { KmsCalls, type KmsHint } from '../aws/kms-calls.js'
import { kmsHint } from '../aws/kms-hints.js'
import { minisignKmsHint } from '../aws/minisign-kms-hints.js'
import type { OidcClaims } from '../aws/oidc-claims.js'
import { displayProxy, proxySecrets, type ProxyConfig } from '../aws/proxy-config.js'
import {
  describeOnlyPolicy,
  keyArnOf,
  keyHomeOf,
  sessionPolicyFor,
  SESSION_POLICY_MAX_CHARS,
  type KeyGrant,
  type KeyUse,
} from '../aws/session-policy.js'
import {
  webIdentityCredentials,
  type TokenSource,
  type WebIdentityHooks,
  type WebIdentitySettings,
} from '../aws/web-identity-credentials.js'
import type { ActionIo } from './action-io.js'
import type { AwsSettings, SignSettings } from './settings.js'

/** The real AWS collaborators; tests hand in the same ones pointed at the local stack. */
export interface AwsDependencies {
  io: ActionIo
  tokens: TokenSource
  kmsClient(
    region: string,
    network: ProxyConfig,
    credentials?: AwsCredentialIdentityProvider,
  ): KMSClient
}

export interface KmsSession {
  /** A client in the run's region. */
  kms: KMSClient
  /**
   * A new client with the same credentials in another region: a trusted key's ARN names
   * its own region, and KMS answers for a key only there. The caller destroys it.
   */
  clientIn(region: string): KMSClient
  /** Claims of the OIDC token, when the role was assumed with one. */
  claims?: OidcClaims
}

/** A KMS key the session will use, as the user named it (id, ARN, alias), and what for. */
export interface SessionKey {
  keyId: string
  use: KeyUse
}

/** The keys of a sign run: `kms-key-id` for digests, the minisign key for pure Ed25519. */
export function signRunKeys(settings: SignSettings): SessionKey[] {
  const minisign =
    settings.formats.includes('minisig') && settings.minisignKmsKeyId !== undefined
      ? [{ keyId: settings.minisignKmsKeyId, use: 'sign-ed25519-raw' as const }]
      : []
  return [{ keyId: settings.aws.kmsKeyId, use: 'sign-digest' }, ...minisign]
}

/**
 * A KMS client with the role's credentials (web identity) or the ambient chain. The
 * role is assumed right away, so a trust-policy mismatch fails before any KMS call.
 * With `session-policy` (the default) the session may do only what the run does with
 * `keys`: the role's permissions intersected with an inline session policy.
 */
export async function openKmsSession(
  aws: AwsSettings,
  deps: AwsDependencies,
  keys: readonly SessionKey[],
): Promise<KmsSession> {
  const { io } = deps
  announceProxy(aws.network, io)
  if (!aws.roleToAssume) {
    const clientIn = (region: string) => deps.kmsClient(region, aws.network)
    return { kms: clientIn(aws.region), clientIn }
  }
  let claims: OidcClaims | undefined
  const role: WebIdentitySettings = {
    ...aws,
    roleArn: aws.roleToAssume,
    durationSeconds: aws.roleDurationSeconds,
  }
  const hooks: WebIdentityHooks = {
    mask: (s) => io.setSecret(s),
    onClaims: (c) => (claims = c),
  }
  const policy = aws.sessionPolicy
    ? sessionPolicyFor(await keyGrants(keys, role, deps, hooks))
    : undefined
  const credentials = webIdentityCredentials({ ...role, policy }, deps.tokens, hooks)
  await credentials()
  io.info(
    `Assumed ${aws.roleToAssume} as session ${aws.roleSessionName} (OIDC subject ${claims?.sub ?? '?'}).`,
  )
  io.info(
    policy === undefined
      ? 'session-policy: false: no session policy was sent, so the session may do whatever the role and key policies allow.'
      : `The session may do only this (session policy, ${policy.length} of ${SESSION_POLICY_MAX_CHARS} characters): ${policy}`,
  )
  const clientIn = (region: string) => deps.kmsClient(region, aws.network, credentials)
  return { kms: clientIn(aws.region), clientIn, claims }
}

/** Mask the proxy's password before anything can print it, and say which proxy is used. */
function announceProxy(network: ProxyConfig, io: ActionIo): void {
  for (const secret of proxySecrets(network)) io.setSecret(secret)
  const proxies = [...new Set([network.https, network.http])].filter((p) => p !== undefined)
  if (proxies.length === 0) return
  const bypass = network.noProxy === '' ? '' : `; NO_PROXY: ${network.noProxy}`
  io.info(
    `AWS calls go through the proxy ${proxies.map(displayProxy).join(' and ')} (loopback hosts go direct${bypass}).`,
  )
}

/** Errors about the minisign key name its own input. */
const HINTS: Record<KeyUse, KmsHint> = {
  'sign-digest': kmsHint,
  'sign-ed25519-raw': minisignKmsHint,
  'read-public-key': kmsHint,
}

/**
 * The session policy grants on key ARNs. A key ARN or key id names its key for good; an
 * alias can point anywhere, so it is resolved by DescribeKey first, in a session whose
 * own policy allows DescribeKey and nothing else: no session of the run ever holds more
 * than the scoped one. That costs one more OIDC token and STS call, only for aliases.
 */
async function keyGrants(
  keys: readonly SessionKey[],
  role: WebIdentitySettings,
  deps: AwsDependencies,
  hooks: WebIdentityHooks,
): Promise<KeyGrant[]> {
  const home = keyHomeOf(role.roleArn, role.region)
  const aliases = keys.filter((key) => keyArnOf(key.keyId, home) === undefined)
  const resolved = new Map<string, string>()
  if (aliases.length > 0) {
    const policy = describeOnlyPolicy(home)
    const credentials = webIdentityCredentials({ ...role, policy }, deps.tokens, hooks)
    // Assume the role before the first KMS call: an STS failure then surfaces as itself,
    // retried by the STS policy alone, not again by every KMS retry of DescribeKey.
    await credentials()
    const kms = deps.kmsClient(role.region, role.network, credentials)
    try {
      for (const key of aliases) {
        const calls = new KmsCalls(kms, key.keyId, role.region, HINTS[key.use], {
          limit: new AdaptiveLimit(1),
        })
        const { arn } = await calls.describeKey()
        if (arn === '') {
          throw new AwsError(
            'unexpected',
            'UnexpectedResponse',
            `KMS DescribeKey answered for ${key.keyId} without the key's ARN.`,
          )
        }
        resolved.set(key.keyId, arn)
        deps.io.info(`${key.keyId} is ${arn} (DescribeKey, in a session allowed nothing else).`)
      }
    } finally {
      kms.destroy()
    }
  }
  return keys.map((key) => ({
    arn: keyArnOf(key.keyId, home) ?? (resolved.get(key.keyId) as string),
    use: key.use,
  }))
}
