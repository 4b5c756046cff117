import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
  type SignCommandInput,
} from '@aws-sdk/client-kms'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { createHash } from 'node:crypto'
import { ACCOUNT_ID, startStack, type Stack } from '../../stack/index.js'
import { kmsClient, sdkError, STS_AUDIENCE } from './sdk-clients.js'

// STS's `Policy` parameter as IAM applies it: a session may do only what both its role
// (with the key policy) and its session policy allow; an explicit Deny anywhere wins.

const ROLE_NAME = 'github-dossier-oidc'
const ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/${ROLE_NAME}`
const SESSION = 'session-policy-test'
const SESSION_ARN = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${ROLE_NAME}/${SESSION}`

let stack: Stack
const clients: KMSClient[] = []

beforeAll(async () => {
  stack = await startStack()
  stack.iam.addRole({ arn: ROLE, subjectPattern: 'repo:imboard-ai/*' })
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await stack.stop()
})

const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })
const allow = (Action: string | string[], Resource: string | string[], Condition?: object) => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...(Condition === undefined ? {} : { Condition }),
})
const DIGEST_ONLY = { StringEquals: { 'kms:MessageType': 'DIGEST' } }

/** A real SDK client whose session was assumed with `sessionPolicy` (none: the role's own). */
function session(sessionPolicy?: string): KMSClient {
  const client = kmsClient(
    stack,
    fromWebToken({
      roleArn: ROLE,
      webIdentityToken: stack.oidc.mintToken({ aud: STS_AUDIENCE }),
      roleSessionName: SESSION,
      policy: sessionPolicy,
      clientConfig: { endpoint: stack.urls.sts, region: 'us-east-1', maxAttempts: 1 },
    }),
  )
  clients.push(client)
  return client
}

/** A P-256 key whose key policy lets the role do anything with it, RAW Sign included. */
function roleMayDoAnything(principal: string = ROLE) {
  return stack.kms.createKey({
    keySpec: 'ECC_NIST_P256',
    policy: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' },
      ],
    },
  })
}

const digest = createHash('sha256').update('m').digest()
const sign = (client: KMSClient, keyId: string, overrides: Partial<SignCommandInput> = {}) =>
  client.send(
    new SignCommand({
      KeyId: keyId,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
      ...overrides,
    }),
  )
const RAW = { Message: Buffer.from('a message, not a digest'), MessageType: 'RAW' } as const
const describeKey = (client: KMSClient, keyId: string) =>
  client.send(new DescribeKeyCommand({ KeyId: keyId }))
const publicKey = (client: KMSClient, keyId: string) =>
  client.send(new GetPublicKeyCommand({ KeyId: keyId }))

describe('STS Policy', () => {
  it('is recorded on the request log and on the session it starts', async () => {
    const text = policy(allow('kms:GetPublicKey', '*'))
    const key = roleMayDoAnything()
    await publicKey(session(text), key.keyId)
    const sts = stack.log.entries.filter((e) => e.service === 'sts')
    expect(sts.at(-1)).toMatchObject({ status: 200, sessionPolicy: text })
    expect(stack.iam.sessions().at(-1)).toMatchObject({
      principal: SESSION_ARN,
      sessionPolicy: text,
    })
  })

  it('is absent from a session assumed without one', async () => {
    const key = roleMayDoAnything()
    await publicKey(session(), key.keyId)
    expect(stack.log.entries.filter((e) => e.service === 'sts').at(-1)).not.toHaveProperty(
      'sessionPolicy',
    )
    expect(stack.iam.sessions().at(-1)?.sessionPolicy).toBeUndefined()
  })

  it('is refused when it is not an IAM policy STS can read, or names a principal', async () => {
    for (const text of [
      '{"Version":"2012-10-17","Statement":',
      policy({ ...allow('kms:Sign', '*'), Principal: '*' }),
    ]) {
      const error = await sdkError(describeKey(session(text), 'alias/none'))
      expect(error).toMatchObject({ name: 'MalformedPolicyDocumentException', status: 400 })
    }
  })

  it('is refused past 2,048 characters, as STS does', async () => {
    const long = policy(allow('kms:GetPublicKey', `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/*`), {
      ...allow('kms:DescribeKey', '*'),
      Sid: 'x'.repeat(2048),
    })
    const error = await sdkError(describeKey(session(long), 'alias/none'))
    expect(error.name).toBe('ValidationError')
    expect(error.message).toContain('2048')
  })
})

describe('KMS inside a session with a session policy', () => {
  it('refuses a RAW Sign the key policy allows the role, and signs the DIGEST it allows', async () => {
    const key = roleMayDoAnything()
    const scoped = session(
      policy(
        allow(['kms:DescribeKey', 'kms:GetPublicKey'], key.arn),
        allow('kms:Sign', key.arn, DIGEST_ONLY),
      ),
    )
    await expect(sign(scoped, key.arn)).resolves.toHaveProperty('Signature')
    await expect(describeKey(scoped, key.arn)).resolves.toHaveProperty('KeyMetadata')
    expect(await sdkError(sign(scoped, key.arn, RAW))).toEqual({
      name: 'AccessDeniedException',
      status: 400,
      message: `User: ${SESSION_ARN} is not authorized to perform: kms:Sign on resource: ${key.arn} because no session policy allows the kms:Sign action`,
    })
    // The same role without a session policy: the key policy alone decides.
    await expect(sign(session(), key.arn, RAW)).resolves.toHaveProperty('Signature')
  })

  it('grants on the listed key only, whatever the key policies of others allow', async () => {
    const mine = roleMayDoAnything()
    const other = roleMayDoAnything()
    const scoped = session(policy(allow('kms:*', mine.arn)))
    await expect(sign(scoped, mine.arn)).resolves.toHaveProperty('Signature')
    expect((await sdkError(sign(scoped, other.arn))).message).toContain(
      'because no session policy allows the kms:Sign action',
    )
  })

  it('applies to an alias the way it applies to the key behind it', async () => {
    const key = stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      alias: 'alias/session-policy-test',
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:*', Resource: '*' }],
      },
    })
    const scoped = session(policy(allow('kms:DescribeKey', key.arn)))
    await expect(describeKey(scoped, 'alias/session-policy-test')).resolves.toMatchObject({
      KeyMetadata: { Arn: key.arn },
    })
    expect((await sdkError(publicKey(scoped, 'alias/session-policy-test'))).name).toBe(
      'AccessDeniedException',
    )
  })

  it('intersects with the role identity policy when the key policy delegates to the account', async () => {
    const key = roleMayDoAnything(`arn:aws:iam::${ACCOUNT_ID}:root`)
    stack.iam.attachPolicy(ROLE, policy(allow(['kms:GetPublicKey', 'kms:Sign'], '*')))
    const scoped = session(policy(allow(['kms:DescribeKey', 'kms:GetPublicKey'], key.arn)))
    // identity yes, session yes
    await expect(publicKey(scoped, key.arn)).resolves.toHaveProperty('PublicKey')
    // identity yes, session no
    expect((await sdkError(sign(scoped, key.arn))).message).toContain(
      'because no session policy allows the kms:Sign action',
    )
    // session yes, identity no: a session policy never grants what the role lacks
    expect((await sdkError(describeKey(scoped, key.arn))).message).toContain(
      'because no identity-based policy allows the kms:DescribeKey action',
    )
  })

  it('lets an explicit Deny in the session policy win over its own Allow', async () => {
    const key = roleMayDoAnything()
    const scoped = session(
      policy(allow('kms:*', '*'), { Effect: 'Deny', Action: 'kms:Sign', Resource: key.arn }),
    )
    await expect(describeKey(scoped, key.arn)).resolves.toHaveProperty('KeyMetadata')
    expect((await sdkError(sign(scoped, key.arn))).message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: kms:Sign on resource: ${key.arn} with an explicit deny in a session policy`,
    )
  })

  it('does not bound a key policy statement that names the session itself, as IAM does', async () => {
    const key = roleMayDoAnything(SESSION_ARN)
    const scoped = session(policy(allow('kms:GetPublicKey', key.arn)))
    await expect(sign(scoped, key.arn, RAW)).resolves.toHaveProperty('Signature')
  })
})
