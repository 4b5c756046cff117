import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
  type SignCommandInput,
} from '@aws-sdk/client-kms'
import { createHash } from 'node:crypto'
import { ACCOUNT_ID, startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from './sdk-clients.js'

// Key policies as IAM evaluates them, through the real SDK: the stand-in reads real
// policy JSON, so these are the documents a user would apply.

const ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/github-dossier-oidc`
const SESSION = 'key-policy-test'
const SESSION_ARN = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/github-dossier-oidc/${SESSION}`
const OTHER_ACCOUNT = '444455556666'
const OTHER_ROLE = `arn:aws:iam::${OTHER_ACCOUNT}:role/github-dossier-oidc`

let seed: DefaultStack
let role: KMSClient
let user: KMSClient
let foreignRole: KMSClient

beforeAll(async () => {
  seed = await startDefaultStack()
  seed.stack.iam.addRole({ arn: OTHER_ROLE, subjectPattern: 'repo:imboard-ai/*' })
  role = kmsClient(seed.stack, webIdentityCredentials(seed.stack, ROLE, { sessionName: SESSION }))
  user = kmsClient(seed.stack, { ...seed.user })
  foreignRole = kmsClient(seed.stack, webIdentityCredentials(seed.stack, OTHER_ROLE))
})

afterAll(async () => {
  for (const client of [role, user, foreignRole]) client.destroy()
  await seed.stack.stop()
})

const statement = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Resource: '*',
  ...extra,
})
const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements })
const keyWith = (document: unknown, keySpec: 'ECC_NIST_P256' | 'RSA_2048' = 'ECC_NIST_P256') =>
  seed.stack.kms.createKey({ keySpec, policy: document })

const digest = createHash('sha256').update('m').digest()
const sign = (keyId: string, overrides: Partial<SignCommandInput> = {}, client = role) =>
  client.send(
    new SignCommand({
      KeyId: keyId,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
      ...overrides,
    }),
  )
const describeKey = (keyId: string, client = role) =>
  client.send(new DescribeKeyCommand({ KeyId: keyId }))
const publicKey = (keyId: string, client = role) =>
  client.send(new GetPublicKeyCommand({ KeyId: keyId }))

const DIGEST_ONLY = { StringEquals: { 'kms:MessageType': 'DIGEST' } }

describe('conditions on keys a request does not carry', () => {
  it('deny DescribeKey and GetPublicKey when one statement puts all three actions under kms:MessageType', async () => {
    const key = keyWith(
      policy(
        statement({
          Action: ['kms:Sign', 'kms:GetPublicKey', 'kms:DescribeKey'],
          Condition: DIGEST_ONLY,
        }),
      ),
    )
    for (const [operation, call] of [
      ['DescribeKey', describeKey(key.keyId)],
      ['GetPublicKey', publicKey(key.keyId)],
    ] as const) {
      expect(await sdkError(call)).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: ${SESSION_ARN} is not authorized to perform: kms:${operation} on resource: ${key.arn} because no resource-based policy allows the kms:${operation} action`,
      })
    }
    await expect(sign(key.keyId)).resolves.toHaveProperty('Signature')
    expect((await sdkError(sign(key.keyId, { MessageType: 'RAW' }))).name).toBe(
      'AccessDeniedException',
    )
  })

  it('hold under IfExists and under negated operators when the key is absent', async () => {
    const key = keyWith(
      policy(
        statement({
          Action: ['kms:DescribeKey', 'kms:Sign'],
          Condition: { StringEqualsIfExists: { 'kms:MessageType': 'DIGEST' } },
        }),
        statement({
          Action: 'kms:GetPublicKey',
          Condition: { StringNotEquals: { 'kms:MessageType': 'RAW' } },
        }),
      ),
    )
    await expect(describeKey(key.keyId)).resolves.toHaveProperty('KeyMetadata')
    await expect(publicKey(key.keyId)).resolves.toHaveProperty('PublicKey')
    await expect(sign(key.keyId)).resolves.toHaveProperty('Signature')
    expect((await sdkError(sign(key.keyId, { MessageType: 'RAW' }))).name).toBe(
      'AccessDeniedException',
    )
  })

  it('Null tells a present key from an absent one', async () => {
    const key = keyWith(
      policy(statement({ Action: 'kms:*', Condition: { Null: { 'kms:MessageType': 'true' } } })),
    )
    await expect(describeKey(key.keyId)).resolves.toHaveProperty('KeyMetadata')
    expect((await sdkError(sign(key.keyId))).name).toBe('AccessDeniedException')
  })
})

describe('Sign conditions', () => {
  it('pin the signing algorithm with kms:SigningAlgorithm, and need every operator to hold', async () => {
    const key = keyWith(
      policy(
        statement({ Action: ['kms:DescribeKey', 'kms:GetPublicKey'] }),
        statement({
          Action: 'kms:Sign',
          Condition: {
            StringEquals: { 'kms:MessageType': 'DIGEST' },
            StringLike: { 'kms:SigningAlgorithm': 'RSASSA_PSS_*' },
          },
        }),
      ),
      'RSA_2048',
    )
    await expect(
      sign(key.keyId, { SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
    ).resolves.toHaveProperty('Signature')
    for (const overrides of [
      { SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' },
      { SigningAlgorithm: 'RSASSA_PSS_SHA_256', MessageType: 'RAW' },
    ] as const) {
      expect((await sdkError(sign(key.keyId, overrides))).name).toBe('AccessDeniedException')
    }
  })

  it('match condition key names case-insensitively and values case-sensitively', async () => {
    const key = keyWith(
      policy(
        statement({
          Action: 'kms:Sign',
          Condition: { StringEquals: { 'KMS:messagetype': 'digest' } },
        }),
      ),
    )
    expect((await sdkError(sign(key.keyId))).name).toBe('AccessDeniedException')
    const ignoringCase = keyWith(
      policy(
        statement({
          Action: 'kms:Sign',
          Condition: { StringEqualsIgnoreCase: { 'KMS:messagetype': 'digest' } },
        }),
      ),
    )
    await expect(sign(ignoringCase.keyId)).resolves.toHaveProperty('Signature')
  })
})

describe('principals, actions and effects', () => {
  it('lets an explicit Deny win over any Allow, and says so', async () => {
    const key = keyWith(
      policy(statement({ Action: 'kms:*' }), {
        ...statement({ Action: 'kms:Sign' }),
        Effect: 'Deny',
        Principal: '*',
      }),
    )
    await expect(describeKey(key.keyId)).resolves.toHaveProperty('KeyMetadata')
    expect((await sdkError(sign(key.keyId))).message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: kms:Sign on resource: ${key.arn} with an explicit deny in a resource-based policy`,
    )
  })

  it('matches action wildcards case-insensitively', async () => {
    const key = keyWith(policy(statement({ Action: 'KMS:get*' })))
    await expect(publicKey(key.keyId)).resolves.toHaveProperty('PublicKey')
    expect((await sdkError(describeKey(key.keyId))).name).toBe('AccessDeniedException')
  })

  it('matches aws:PrincipalArn against the role of a session, not the session', async () => {
    const key = keyWith(
      policy({
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:DescribeKey',
        Resource: '*',
        Condition: {
          StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT_ID}:role/github-*` },
        },
      }),
    )
    await expect(describeKey(key.keyId)).resolves.toHaveProperty('KeyMetadata')
    expect((await sdkError(describeKey(key.keyId, user))).name).toBe('AccessDeniedException')
  })

  it('hands the decision to IAM policies when the key policy names the account', async () => {
    const key = keyWith(
      policy({ Effect: 'Allow', Principal: { AWS: ACCOUNT_ID }, Action: 'kms:*', Resource: '*' }),
    )
    expect((await sdkError(describeKey(key.keyId, user))).message).toBe(
      `User: ${seed.user.arn} is not authorized to perform: kms:DescribeKey on resource: ${key.arn} because no identity-based policy allows the kms:DescribeKey action`,
    )
    seed.stack.iam.attachPolicy(
      seed.user.arn,
      policy(
        { Effect: 'Allow', Action: 'kms:DescribeKey', Resource: key.arn },
        { Effect: 'Deny', Action: 'kms:Sign', Resource: '*' },
      ),
    )
    await expect(describeKey(key.keyId, user)).resolves.toHaveProperty('KeyMetadata')
    expect((await sdkError(sign(key.keyId, {}, user))).message).toContain(
      'with an explicit deny in an identity-based policy',
    )
  })
})

describe('a caller from another account', () => {
  it('needs the key policy and its own IAM policy to allow the call', async () => {
    const key = keyWith(
      policy({ ...statement({ Action: 'kms:DescribeKey' }), Principal: { AWS: OTHER_ROLE } }),
    )
    expect((await sdkError(describeKey(key.arn, foreignRole))).message).toMatch(
      new RegExp(
        `^User: arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/github-dossier-oidc/stack-test is not authorized to perform: kms:DescribeKey on resource: ${key.arn} because no identity-based policy allows`,
      ),
    )
    seed.stack.iam.attachPolicy(
      OTHER_ROLE,
      policy({ Effect: 'Allow', Action: 'kms:DescribeKey', Resource: key.arn }),
    )
    await expect(describeKey(key.arn, foreignRole)).resolves.toHaveProperty('KeyMetadata')
    const unnamed = keyWith(policy(statement({ Action: 'kms:DescribeKey' })))
    seed.stack.iam.attachPolicy(
      OTHER_ROLE,
      policy({ Effect: 'Allow', Action: 'kms:*', Resource: unnamed.arn }),
    )
    expect((await sdkError(describeKey(unnamed.arn, foreignRole))).message).toContain(
      'because no resource-based policy allows',
    )
  })
})

describe('policy documents', () => {
  it.each<[string, unknown]>([
    ['NotAction', policy(statement({ NotAction: 'kms:Sign' }))],
    [
      'a set operator',
      policy(
        statement({
          Action: 'kms:*',
          Condition: { 'ForAnyValue:StringEquals': { 'kms:MessageType': 'DIGEST' } },
        }),
      ),
    ],
    [
      'a key policy statement without a Principal',
      policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
    ],
    ['an Effect other than Allow or Deny', policy(statement({ Action: 'kms:*', Effect: 'allow' }))],
    [
      'a statement without a Resource',
      policy({ Effect: 'Allow', Principal: '*', Action: 'kms:*' }),
    ],
  ])('are refused, not half-read, when they hold %s', (_, document) => {
    expect(() => keyWith(document)).toThrow(/^policy: /)
  })

  it('are read from JSON text too, and replaced by putKeyPolicy', async () => {
    const key = keyWith(JSON.stringify(policy(statement({ Action: 'kms:DescribeKey' }))))
    await expect(describeKey(key.keyId)).resolves.toHaveProperty('KeyMetadata')
    seed.stack.kms.putKeyPolicy(key.keyId, policy(statement({ Action: 'kms:GetPublicKey' })))
    expect((await sdkError(describeKey(key.keyId))).name).toBe('AccessDeniedException')
  })
})
