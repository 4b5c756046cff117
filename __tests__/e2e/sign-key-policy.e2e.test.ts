import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
} from '@aws-sdk/client-kms'
import { createHash } from 'node:crypto'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { ACCOUNT_ID } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from '../stack/sdk-clients.js'
import {
  assertDistIsFresh,
  cleanup,
  expectEverySigValid,
  failure,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

/** The JSON document the README holds between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
async function readmeJson(name: string, replacements: Array<[string, string]>): Promise<unknown> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf(`<!-- ${name}:start -->`)
  const end = readme.indexOf(`<!-- ${name}:end -->`)
  if (start < 0 || end < start) throw new Error(`README.md has no ${name} markers`)
  const block = /```json\n([\s\S]*?)\n\s*```/.exec(readme.slice(start, end))
  if (!block?.[1]) throw new Error(`README.md has no JSON block between the ${name} markers`)
  const text = replacements.reduce((t, [from, to]) => t.split(from).join(to), block[1])
  return JSON.parse(text)
}

const FILES = 6
const README_ACCOUNT = '123456789012'
const README_ROLE = `arn:aws:iam::${README_ACCOUNT}:role/github-dossier-oidc`
const digest = createHash('sha256').update('a message').digest()

describe('the README key policy, loaded into the stand-in KMS', () => {
  let ctx: DefaultStack
  let workspace: string
  let files: string[]
  let role: KMSClient

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    role = kmsClient(ctx.stack, webIdentityCredentials(ctx.stack, ctx.role.arn))
  })
  afterAll(async () => {
    role?.destroy()
    await ctx?.stack.stop()
  })
  beforeEach(async () => {
    workspace = await tempWorkspace('policy')
    files = await writeDossiers(workspace, FILES)
    ctx.stack.log.clear()
  })
  afterEach(() => cleanup(workspace))

  const readmePolicy = () =>
    readmeJson('key-policy', [
      [README_ROLE, ctx.role.arn],
      [README_ACCOUNT, ACCOUNT_ID],
    ])

  it('lets the action sign, and its dry run pass', async () => {
    const key = ctx.stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      alias: 'alias/readme-policy',
      policy: await readmePolicy(),
    })
    const dryRun = await runSign(ctx, workspace, {
      inputs: { 'kms-key-id': 'alias/readme-policy', 'dry-run': 'true' },
    })
    expect(dryRun.exitCode).toBe(0)
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': 'alias/readme-policy' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe(String(FILES))
    expect(run.outputs['key-arn']).toBe(key.arn)
    expectEverySigValid(workspace, files, key.publicKeyPem)
    expect(ctx.stack.log.count({ errorCode: 'AccessDeniedException' })).toBe(0)
  })

  it('refuses the role a RAW Sign, and any algorithm but ECDSA_SHA_256, through the real SDK', async () => {
    const key = ctx.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', policy: await readmePolicy() })
    await expect(role.send(new DescribeKeyCommand({ KeyId: key.arn }))).resolves.toHaveProperty(
      'KeyMetadata',
    )
    await expect(role.send(new GetPublicKeyCommand({ KeyId: key.arn }))).resolves.toHaveProperty(
      'PublicKey',
    )
    const sign = (MessageType: 'RAW' | 'DIGEST') =>
      role.send(
        new SignCommand({
          KeyId: key.arn,
          Message: MessageType === 'RAW' ? Buffer.from('a message') : digest,
          MessageType,
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      )
    await expect(sign('DIGEST')).resolves.toHaveProperty('Signature')
    const raw = await sdkError(sign('RAW'))
    expect(raw.name).toBe('AccessDeniedException')
    expect(raw.message).toContain(`is not authorized to perform: kms:Sign on resource: ${key.arn}`)
  })

  it('would fail the run if DescribeKey shared the Sign statement and its conditions', async () => {
    const oneStatement = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ctx.role.arn },
          Action: ['kms:Sign', 'kms:GetPublicKey', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:MessageType': 'DIGEST' } },
        },
      ],
    }
    const key = ctx.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', policy: oneStatement })
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': key.arn } })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('may not kms:DescribeKey')
    expect(failure(run)).toContain('in a statement without conditions')
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })
})

describe('the README cross-account example, as far as the stand-in can play two accounts', () => {
  const WORKLOAD_ACCOUNT = '444455556666'
  const README_KEY_ARN =
    'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const workloadRole = `arn:aws:iam::${WORKLOAD_ACCOUNT}:role/github-dossier-oidc`
  let ctx: DefaultStack
  let workspace: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    ctx.stack.iam.addRole({ arn: workloadRole, subjectPattern: 'repo:imboard-ai/*' })
    workspace = await tempWorkspace('cross-account')
    await writeDossiers(workspace, FILES)
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace)
  })

  it('signs only once both the key policy and the role policy allow, and never RAW', async () => {
    const keyPolicy = await readmeJson('cross-account-key-policy', [['111122223333', ACCOUNT_ID]])
    const key = ctx.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', policy: keyPolicy })
    const inputs = { 'role-to-assume': workloadRole, 'kms-key-id': key.arn }

    const keyPolicyOnly = await runSign(ctx, workspace, { inputs })
    expect(keyPolicyOnly.exitCode).toBe(1)
    expect(failure(keyPolicyOnly)).toContain('may not kms:DescribeKey')
    expect(failure(keyPolicyOnly)).toContain('no identity-based policy allows')

    const rolePolicy = await readmeJson('cross-account-role-policy', [
      [README_KEY_ARN, key.arn],
      ['111122223333', ACCOUNT_ID],
    ])
    ctx.stack.iam.attachPolicy(workloadRole, rolePolicy)
    const run = await runSign(ctx, workspace, { inputs })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe(String(FILES))
    const signers = ctx.stack.log.entries
      .filter((e) => e.action === 'Sign' && e.status === 200)
      .map((e) => e.principal)
    expect(new Set(signers)).toEqual(
      new Set([expect.stringMatching(`^arn:aws:sts::${WORKLOAD_ACCOUNT}:assumed-role/`)]),
    )

    const kms = kmsClient(ctx.stack, webIdentityCredentials(ctx.stack, workloadRole))
    try {
      const raw = kms.send(
        new SignCommand({
          KeyId: key.arn,
          Message: Buffer.from('a message'),
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      )
      expect((await sdkError(raw)).name).toBe('AccessDeniedException')
    } finally {
      kms.destroy()
    }
  })
})
