import { CodedError } from '../errors.js'
import { isKmsKeyArn } from '../keys/kms-arn.js'

/** What a run does with one KMS key, and so all its session may do with that key. */
export type KeyUse = 'sign-digest' | 'sign-ed25519-raw' | 'read-public-key'

/** One key of the run, by resolved key ARN (never an alias: the policy grants on keys). */
export interface KeyGrant {
  arn: string
  use: KeyUse
}

/** Where KMS looks up an alias or a bare key id: the caller's partition and account, the run's region. */
export interface KeyHome {
  partition: string
  region: string
  account: string
}

/** STS refuses an inline session policy longer than this (plain text, before its own packing). */
export const SESSION_POLICY_MAX_CHARS = 2048

export class SessionPolicyError extends CodedError<'session-policy-too-long' | 'no-keys'> {}

interface Statement {
  Sid: string
  Effect: 'Allow'
  Action: string | string[]
  Resource: string | string[]
  Condition?: { StringEquals: Record<string, string> }
}

/**
 * The inline session policy (STS `Policy`) for a run: only the calls the run makes,
 * only on its keys. A session gets the intersection of this and the role's policies,
 * so a role allowed more cannot use it inside the action. Compact JSON, checked
 * against the 2,048 characters STS accepts.
 */
export function sessionPolicyFor(grants: readonly KeyGrant[]): string {
  if (grants.length === 0) throw new SessionPolicyError('no-keys', 'a session policy needs a key')
  const keysFor = (...uses: KeyUse[]) =>
    unique(grants.filter((g) => uses.includes(g.use)).map((g) => g.arn))
  const signing = keysFor('sign-digest', 'sign-ed25519-raw')
  const statements = [
    allow('ReadSigningKeys', ['kms:DescribeKey', 'kms:GetPublicKey'], signing),
    allow(
      'ReadPublicKeys',
      'kms:GetPublicKey',
      keysFor('read-public-key').filter((arn) => !signing.includes(arn)),
    ),
    allow('SignDigestsOnly', 'kms:Sign', keysFor('sign-digest'), { 'kms:MessageType': 'DIGEST' }),
    // Pure Ed25519 (minisign) signs only RAW messages: RAW is held to that one algorithm.
    allow('SignPureEd25519Only', 'kms:Sign', keysFor('sign-ed25519-raw'), {
      'kms:MessageType': 'RAW',
      'kms:SigningAlgorithm': 'ED25519_SHA_512',
    }),
  ].filter((s): s is Statement => s !== undefined)
  const policy = policyText(statements)
  if (policy.length > SESSION_POLICY_MAX_CHARS) {
    throw new SessionPolicyError(
      'session-policy-too-long',
      `The session policy for this run's ${unique(grants.map((g) => g.arn)).length} KMS key(s) is ${policy.length} characters, over the 2,048 AWS STS accepts for an inline session policy. Pin fewer KMS key ARNs in one step (list a key's public key as base64 SPKI instead of its ARN), or set \`session-policy: false\` to let the role's own policies alone bound the session.`,
    )
  }
  return policy
}

/**
 * The bootstrap session's policy, before an alias is resolved: DescribeKey on the keys of
 * one account and region, nothing else. It can read key metadata; it can never sign.
 */
export function describeOnlyPolicy(home: KeyHome): string {
  return policyText([
    {
      Sid: 'ResolveAliases',
      Effect: 'Allow',
      Action: 'kms:DescribeKey',
      Resource: `arn:${home.partition}:kms:${home.region}:${home.account}:key/*`,
    },
  ])
}

/**
 * The key ARN a key input names for good, without asking KMS: a key ARN, or a bare key
 * id (which KMS looks up in the caller's account and region). An alias can move, so it
 * has none: only DescribeKey can say where it points now.
 */
export function keyArnOf(keyInput: string, home: KeyHome): string | undefined {
  if (isKmsKeyArn(keyInput)) return keyInput
  if (!BARE_KEY_ID.test(keyInput)) return undefined
  return `arn:${home.partition}:kms:${home.region}:${home.account}:key/${keyInput}`
}

/**
 * Where a role's aliases and bare key ids resolve: the partition and account of its ARN
 * (`arn:aws:iam::123456789012:role/NAME`, as readSettings checked it), in the run's region.
 */
export function keyHomeOf(roleArn: string, region: string): KeyHome {
  const [, partition = 'aws', , , account = ''] = roleArn.split(':')
  return { partition, region, account }
}

// KMS key ids are lower-case; another spelling is left to DescribeKey to resolve or refuse.
const BARE_KEY_ID =
  /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

function allow(
  sid: string,
  action: string | string[],
  keys: string[],
  conditions?: Record<string, string>,
): Statement | undefined {
  if (keys.length === 0) return undefined
  const statement: Statement = {
    Sid: sid,
    Effect: 'Allow',
    Action: action,
    Resource: keys.length === 1 ? (keys[0] as string) : keys,
  }
  return conditions === undefined
    ? statement
    : { ...statement, Condition: { StringEquals: conditions } }
}

function policyText(statements: Statement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
