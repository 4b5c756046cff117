// The inline session policy, through dist/ on the local stack: the role and key policy
// here allow more than the action needs (RAW Sign included), and inside the action's
// session they still cannot. The test calls KMS with the run's own session credentials,
// as anything else in the job could, over the real SDK and real SigV4.
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeKeyCommand, SignCommand, type SignCommandInput } from '@aws-sdk/client-kms'
import { createHash } from 'node:crypto'
import { runAction } from '../../harness/local-runner.js'
import {
  ACCOUNT_ID,
  EDWARDS_KEY_SPEC,
  type IssuedSession,
  type RequestLogEntry,
  type StackKey,
} from '../../stack/index.js'
import { kmsClient, sdkError } from '../stack/sdk-clients.js'
import {
  assertDistIsFresh,
  cleanup,
  expectEverySigValid,
  expectNoSecretLeaks,
  failure,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

const FILES = 4
const ALIAS = 'alias/role-may-sign-raw'
const MINISIGN_ALIAS = 'alias/session-minisign'
const NO_SESSION_POLICY = 'because no session policy allows the kms:Sign action'

let ctx: DefaultStack
let workspace: string
let names: string[]
let key: StackKey
let minisignKey: StackKey

beforeAll(async () => {
  assertDistIsFresh()
  ctx = await startDefaultStack()
  // More than the action needs: the role may Sign anything, RAW included (no DIGEST condition).
  key = ctx.stack.kms.createKey({
    keySpec: 'ECC_NIST_P256',
    alias: ALIAS,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ctx.role.arn },
          Action: ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign'],
          Resource: '*',
        },
      ],
    },
  })
  // The stack's default Ed25519 policy: DIGEST, or RAW with ED25519_SHA_512.
  minisignKey = ctx.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC, alias: MINISIGN_ALIAS })
  workspace = await tempWorkspace('session-policy')
  names = await writeDossiers(workspace, FILES)
})
afterAll(async () => {
  await ctx?.stack.stop()
  if (workspace) await cleanup(workspace)
})

/** The AssumeRoleWithWebIdentity calls STS answered, in order. */
const assumed = (): RequestLogEntry[] =>
  ctx.stack.log.entries.filter(
    (e) => e.service === 'sts' && e.action === 'AssumeRoleWithWebIdentity' && e.status === 200,
  )

/** The session STS issued last: the one the run signed with. */
const lastSession = (): IssuedSession => ctx.stack.iam.sessions().at(-1) as IssuedSession

const scopedPolicy = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })
const readAndSignDigests = (arn: string): [object, object] => [
  {
    Sid: 'ReadSigningKeys',
    Effect: 'Allow',
    Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
    Resource: arn,
  },
  {
    Sid: 'SignDigestsOnly',
    Effect: 'Allow',
    Action: 'kms:Sign',
    Resource: arn,
    Condition: { StringEquals: { 'kms:MessageType': 'DIGEST' } },
  },
]

/** One Sign with a run's session credentials, as any other code in the job could make it. */
async function signAs(session: IssuedSession, input: Partial<SignCommandInput>) {
  const kms = kmsClient(ctx.stack, {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
  })
  try {
    return await kms.send(
      new SignCommand({
        KeyId: key.arn,
        Message: createHash('sha256').update('x').digest(),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
        ...input,
      }),
    )
  } finally {
    kms.destroy()
  }
}
const RAW = { Message: Buffer.from('any bytes the job likes'), MessageType: 'RAW' } as const

describe('sign mode with the default session-policy', () => {
  it('signs DIGESTs in a session where RAW Sign is refused, though the key policy allows the role RAW', async () => {
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': ALIAS } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe(String(FILES))
    expectEverySigValid(workspace, names, key.publicKeyPem)

    // The STS requests carried the Policy parameter: first DescribeKey-only, to resolve
    // the alias, then the run's session, scoped to the key it resolved to.
    const [resolve, scoped] = assumed()
    expect(assumed()).toHaveLength(2)
    expect(JSON.parse(resolve?.sessionPolicy ?? '{}')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ResolveAliases',
          Effect: 'Allow',
          Action: 'kms:DescribeKey',
          Resource: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/*`,
        },
      ],
    })
    const policy = scopedPolicy(readAndSignDigests(key.arn))
    expect(scoped?.sessionPolicy).toBe(policy)
    expect(policy).not.toContain('RAW')
    expect(run.stdout).toContain(`session policy, ${policy.length} of 2048 characters): ${policy}`)

    // The resolving session made one DescribeKey and nothing else, and cannot sign.
    const resolving = ctx.stack.log.entries.filter(
      (e) => e.service === 'kms' && e.accessKeyId === resolve?.accessKeyId,
    )
    expect(resolving.map((e) => [e.action, e.keyId])).toEqual([['DescribeKey', ALIAS]])
    const sessions = ctx.stack.iam.sessions()
    const resolver = sessions.find((s) => s.accessKeyId === resolve?.accessKeyId)
    expect((await sdkError(signAs(resolver as IssuedSession, {}))).message).toContain(
      NO_SESSION_POLICY,
    )

    // Inside the run's session: DIGEST yes, RAW no, though the key policy allows both.
    const session = lastSession()
    expect(session.accessKeyId).toBe(scoped?.accessKeyId)
    await expect(signAs(session, {})).resolves.toHaveProperty('Signature')
    const refused = await sdkError(signAs(session, RAW))
    expect(refused.name).toBe('AccessDeniedException')
    expect(refused.message).toContain(NO_SESSION_POLICY)
  })

  it('scopes a key ARN input directly: one STS call, one DescribeKey', async () => {
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': key.arn } })
    expect(run.exitCode).toBe(0)
    expect(assumed().map((e) => e.sessionPolicy)).toEqual([
      scopedPolicy(readAndSignDigests(key.arn)),
    ])
    expect(ctx.stack.log.count({ action: 'DescribeKey' })).toBe(1)
    expect((await sdkError(signAs(lastSession(), RAW))).message).toContain(NO_SESSION_POLICY)
  })

  it('adds the RAW rule only for the minisign key, only with ED25519_SHA_512, only when minisig is signed', async () => {
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace, {
      inputs: {
        'kms-key-id': key.arn,
        'minisign-kms-key-id': minisignKey.arn,
        formats: 'sig, minisig',
      },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['minisign-public-key']).toMatch(/^RW/)
    const [readKeys, signDigests] = readAndSignDigests(key.arn)
    expect(assumed().map((e) => e.sessionPolicy)).toEqual([
      scopedPolicy([
        { ...readKeys, Resource: [key.arn, minisignKey.arn] },
        signDigests,
        {
          Sid: 'SignPureEd25519Only',
          Effect: 'Allow',
          Action: 'kms:Sign',
          Resource: minisignKey.arn,
          Condition: {
            StringEquals: { 'kms:MessageType': 'RAW', 'kms:SigningAlgorithm': 'ED25519_SHA_512' },
          },
        },
      ]),
    ])
    const session = lastSession()
    await expect(
      signAs(session, { ...RAW, KeyId: minisignKey.arn, SigningAlgorithm: 'ED25519_SHA_512' }),
    ).resolves.toHaveProperty('Signature')
    expect((await sdkError(signAs(session, RAW))).message).toContain(NO_SESSION_POLICY)

    // Named but not used (no minisig format): no RAW rule, no grant on that key.
    ctx.stack.log.clear()
    const unused = await runSign(ctx, workspace, {
      inputs: { 'kms-key-id': key.arn, 'minisign-kms-key-id': minisignKey.arn },
    })
    expect(unused.exitCode).toBe(0)
    expect(assumed().map((e) => e.sessionPolicy)).toEqual([
      scopedPolicy(readAndSignDigests(key.arn)),
    ])
  })
})

describe('sign mode with session-policy: false', () => {
  it('sends no Policy, and the same RAW Sign succeeds in the session', async () => {
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace, {
      inputs: { 'kms-key-id': ALIAS, 'session-policy': 'false' },
    })
    expect(run.exitCode).toBe(0)
    expect(assumed()).toHaveLength(1)
    expect(assumed()[0]).not.toHaveProperty('sessionPolicy')
    expect(lastSession().sessionPolicy).toBeUndefined()
    expect(run.stdout).toContain('session-policy: false: no session policy was sent')
    await expect(signAs(lastSession(), RAW)).resolves.toHaveProperty('Signature')
  })
})

describe('verify mode pinning ARN entries', () => {
  const verify = (inputs: Record<string, string>) =>
    runAction({
      workspace,
      env: ctx.stack.env(),
      inputs: {
        mode: 'verify',
        'trusted-keys-file': 'arn-keys.txt',
        'role-to-assume': ctx.role.arn,
        'kms-key-id': ALIAS,
        'aws-region': 'us-east-1',
        ...inputs,
      },
    })

  it('may only GetPublicKey the listed ARNs', async () => {
    await writeFile(path.join(workspace, 'arn-keys.txt'), `${key.arn} official-by-arn\n`)
    // Only the .sig files, by the ARN entry: the .minisig files of an earlier run are not trusted here.
    await Promise.all(
      names.map((name) => rm(path.join(workspace, `${name}.minisig`), { force: true })),
    )
    ctx.stack.log.clear()
    const run = await verify({})
    expect(run.exitCode).toBe(0)
    expect(run.outputs['verified-count']).toBe(String(FILES))
    expect(assumed().map((e) => e.sessionPolicy)).toEqual([
      scopedPolicy([
        { Sid: 'ReadPublicKeys', Effect: 'Allow', Action: 'kms:GetPublicKey', Resource: key.arn },
      ]),
    ])
    const session = lastSession()
    expect((await sdkError(signAs(session, {}))).message).toContain(NO_SESSION_POLICY)
    const kms = kmsClient(ctx.stack, { ...session })
    try {
      expect(
        (await sdkError(kms.send(new DescribeKeyCommand({ KeyId: key.arn })))).message,
      ).toContain('because no session policy allows the kms:DescribeKey action')
    } finally {
      kms.destroy()
    }
    expectNoSecretLeaks(ctx, run)
  })

  it('fails before any AWS call when the ARNs would not fit in 2,048 characters', async () => {
    const arns = Array.from(
      { length: 30 },
      (_, i) =>
        `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000 key-${i}`,
    )
    await writeFile(path.join(workspace, 'arn-keys.txt'), `${arns.join('\n')}\n`)
    ctx.stack.log.clear()
    const run = await verify({})
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('over the 2,048 AWS STS accepts')
    expect(failure(run)).toContain('`session-policy: false`')
    expect(ctx.stack.log.count({ service: 'sts' })).toBe(0)
    expectNoSecretLeaks(ctx, run)
  })
})
