import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../harness/local-runner.js'
import {
  assertDistIsFresh,
  cleanup,
  expectNoSecretLeaks,
  failure,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

describe('sign mode failures name the cause and the fix, and write nothing unsigned', () => {
  let ctx: DefaultStack
  let workspace: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
  })
  afterAll(() => ctx?.stack.stop())
  beforeEach(async () => {
    workspace = await tempWorkspace('fail')
    await writeDossiers(workspace, 12)
    ctx.stack.log.clear()
    ctx.stack.kms.faults.clear()
  })
  afterEach(async () => {
    await cleanup(workspace)
  })

  const expectNothingSigned = async (run: ActionRun): Promise<void> => {
    expect(run.exitCode).toBe(1)
    expect(await sigFiles(workspace)).toEqual([])
    expectNoSecretLeaks(ctx, run)
  }

  it('explains a missing id-token permission, and forks, without any AWS call', async () => {
    const run = await runSign(ctx, workspace, {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: '',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: '',
        GITHUB_EVENT_NAME: 'pull_request',
      },
    })
    await expectNothingSigned(run)
    expect(failure(run)).toContain('permissions: id-token: write')
    expect(failure(run)).toContain('pull requests from forks never get an OIDC token')
    expect(ctx.stack.log.entries).toEqual([])
  })

  it('shows the token sub and aud when the trust policy refuses the role (STS AccessDenied)', async () => {
    const role = 'arn:aws:iam::123456789012:role/only-releases'
    ctx.stack.iam.addRole({
      arn: role,
      subjectPattern: 'repo:imboard-ai/dossier-sign:ref:refs/tags/*',
    })
    const run = await runSign(ctx, workspace, { inputs: { 'role-to-assume': role } })
    await expectNothingSigned(run)
    const message = failure(run)
    expect(message).toContain('AccessDenied')
    expect(message).toContain('sub "repo:imboard-ai/dossier-sign:ref:refs/heads/main"')
    expect(message).toContain('aud "sts.amazonaws.com"')
    // The condition key is named after the token's issuer (the stack's here; GHES has its own).
    expect(message).toContain(`${new URL(ctx.stack.urls.oidc).host}:sub`)
    expect(ctx.stack.log.count({ service: 'kms' })).toBe(0)
  })

  it('points at the OIDC provider and audience on InvalidIdentityToken', async () => {
    const run = await runSign(ctx, workspace, { inputs: { audience: 'api://not-sts' } })
    await expectNothingSigned(run)
    const message = failure(run)
    expect(message).toContain('InvalidIdentityToken')
    expect(message).toContain('aud "api://not-sts"')
    expect(message).toContain('`audience` input')
    expect(ctx.stack.log.count({ service: 'kms' })).toBe(0)
  })

  it('fails fast on AccessDenied from Sign: no retry, no Sign beyond the concurrency bound', async () => {
    ctx.stack.kms.faults.add({
      action: 'Sign',
      fault: {
        kind: 'error',
        status: 400,
        code: 'AccessDeniedException',
        message: `User: arn:aws:sts::123456789012:assumed-role/github-dossier-oidc/x is not authorized to perform: kms:Sign on resource: ${ctx.key.arn}`,
      },
    })
    await writeDossiers(workspace, 60, 'more')
    const run = await runSign(ctx, workspace, { inputs: { concurrency: '4' } })
    await expectNothingSigned(run)
    const signs = ctx.stack.log.entries.filter((e) => e.action === 'Sign')
    expect(signs.length).toBeGreaterThan(0)
    expect(signs.length).toBeLessThanOrEqual(4)
    expect(signs.every((e) => e.attempt === 1)).toBe(true)
    expect(run.stdout).toContain('may not kms:Sign')
    expect(run.stdout).toContain('kms:MessageType = DIGEST')
    expect(run.outputs['failed-count']).toBe('72')
    expect(run.outputs['signed-count']).toBe('0')
  })

  it('refuses a key whose policy does not admit the role, before any Sign call', async () => {
    const key = ctx.stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      signers: ['arn:aws:iam::123456789012:role/someone-else'],
    })
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': key.arn } })
    await expectNothingSigned(run)
    expect(failure(run)).toContain('may not kms:DescribeKey')
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('names the key and region when the key does not exist (NotFound), with no Sign call', async () => {
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': 'alias/no-such-key' } })
    await expectNothingSigned(run)
    expect(failure(run)).toContain('key alias/no-such-key does not exist in us-east-1')
    expect(failure(run)).toContain('NotFoundException')
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('refuses a disabled key with no Sign call', async () => {
    const key = ctx.stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      alias: 'alias/disabled',
      state: 'Disabled',
    })
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': 'alias/disabled' } })
    await expectNothingSigned(run)
    // Real KMS describes a disabled key (our check refuses it) and answers GetPublicKey
    // with DisabledException; either way the message must say so and how to fix it.
    expect(failure(run)).toMatch(/is disabled\.|is Disabled, not Enabled/)
    expect(failure(run)).toContain('alias/disabled')
    expect(failure(run)).toMatch(/[Ee]nable/)
    expect(key.arn).toBeTruthy()
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('refuses a key that is not for signing, and an algorithm the key does not list', async () => {
    const encrypt = ctx.stack.kms.createKey({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' })
    const wrongUsage = await runSign(ctx, workspace, { inputs: { 'kms-key-id': encrypt.keyId } })
    await expectNothingSigned(wrongUsage)
    expect(failure(wrongUsage)).toContain('key usage ENCRYPT_DECRYPT')

    const wrongAlgorithm = await runSign(ctx, workspace, {
      inputs: { 'signing-algorithm': 'RSASSA_PSS_SHA_256' },
    })
    await expectNothingSigned(wrongAlgorithm)
    expect(failure(wrongAlgorithm)).toContain(
      'signing-algorithm RSASSA_PSS_SHA_256 is not one that',
    )
    expect(failure(wrongAlgorithm)).toContain('ECDSA_SHA_256')
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('refuses a symmetric key (what a bare `aws kms create-key` makes) from DescribeKey alone', async () => {
    const key = ctx.stack.kms.createSymmetricKey({ alias: 'alias/symmetric' })
    const run = await runSign(ctx, workspace, { inputs: { 'kms-key-id': 'alias/symmetric' } })
    await expectNothingSigned(run)
    expect(failure(run)).toContain(`kms-key-id alias/symmetric (${key.arn}) is a symmetric key`)
    expect(failure(run)).toContain('asymmetric SIGN_VERIFY key')
    expect(failure(run)).not.toContain('UnknownError')
    expect(ctx.stack.log.count({ action: 'GetPublicKey' })).toBe(0)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('turns UnsupportedOperationException from GetPublicKey into the key-usage hint, without retrying', async () => {
    ctx.stack.kms.faults.add({
      action: 'GetPublicKey',
      fault: {
        kind: 'error',
        status: 400,
        code: 'UnsupportedOperationException',
        message: `${ctx.key.arn} key usage is ENCRYPT_DECRYPT which is not valid for GetPublicKey.`,
      },
    })
    const run = await runSign(ctx, workspace)
    await expectNothingSigned(run)
    expect(failure(run)).toContain(
      `\`kms-key-id\` ${ctx.key.alias} cannot be used for kms:GetPublicKey`,
    )
    expect(failure(run)).toContain('asymmetric SIGN_VERIFY key')
    expect(failure(run)).toContain('UnsupportedOperationException')
    expect(ctx.stack.log.count({ action: 'GetPublicKey' })).toBe(1)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('fails when no file matches, listing the patterns tried, before any AWS call', async () => {
    const run = await runSign(ctx, workspace, {
      inputs: { files: 'docs/**/*.ds.md\n!docs/drafts/**' },
    })
    await expectNothingSigned(run)
    expect(failure(run)).toContain(
      'No files matched the `files` patterns (docs/**/*.ds.md, !docs/drafts/**)',
    )
    // The OIDC token is asked for as sign mode starts loading (src/index.ts), so that
    // request overlaps the AWS SDK's parse; nothing goes to AWS.
    expect(awsCalls(ctx)).toEqual([])
  })

  it('refuses more files than max-files before any AWS call', async () => {
    const run = await runSign(ctx, workspace, { inputs: { 'max-files': '10' } })
    await expectNothingSigned(run)
    expect(failure(run)).toContain(
      '12 files matched, more than `max-files` (10); nothing was signed',
    )
    // The OIDC token is asked for as sign mode starts loading (src/index.ts), so that
    // request overlaps the AWS SDK's parse; nothing goes to AWS.
    expect(awsCalls(ctx)).toEqual([])
  })

  it('fails only the bad files (symlink out of the workspace, a .sig that is a folder); the rest sign', async () => {
    const outside = path.join(path.dirname(workspace), `${path.basename(workspace)}-outside.ds.md`)
    await writeFile(outside, 'not yours')
    await symlink(outside, path.join(workspace, 'dossiers/escape.ds.md'))
    await mkdir(path.join(workspace, 'dossiers/d0001.ds.md.sig'))
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['signed-count']).toBe('11')
    expect(run.outputs['failed-count']).toBe('2')
    expect(run.stdout).toMatch(
      /::error title=dossier-sign%3A not signed,file=dossiers\/escape\.ds\.md::.*symbolic link/,
    )
    expect(run.stdout).toMatch(
      /::error title=dossier-sign%3A not signed,file=dossiers\/d0001\.ds\.md::.*not a regular file/,
    )
    expect(failure(run)).toContain('2 of 13 file(s) were not signed')
    expect(await sigFiles(workspace)).not.toContain('dossiers/escape.ds.md.sig')
    expect(await readFile(outside, 'utf8')).toBe('not yours')
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(11)
    expectNoSecretLeaks(ctx, run)
    await cleanup(outside)
  })
})

describe('sign mode options end to end', () => {
  let ctx: DefaultStack
  let workspace: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
  })
  afterAll(() => ctx?.stack.stop())
  beforeEach(async () => {
    workspace = await tempWorkspace('opts')
    await writeDossiers(workspace, 5)
    ctx.stack.log.clear()
  })
  afterEach(() => cleanup(workspace))

  it('dry-run checks the Sign permission with DryRun, signs and writes nothing', async () => {
    const run = await runSign(ctx, workspace, {
      inputs: { 'dry-run': 'true', 'public-key-path': 'key.pem' },
    })
    expect(run.exitCode).toBe(0)
    expect(await sigFiles(workspace)).toEqual([])
    const signs = ctx.stack.log.entries.filter((e) => e.action === 'Sign')
    expect(signs).toHaveLength(1)
    expect(signs[0]).toMatchObject({
      dryRun: true,
      messageType: 'DIGEST',
      errorCode: 'DryRunOperationException',
    })
    expect(run.outputs['signed-count']).toBe('0')
    expect(JSON.parse(run.outputs.signatures ?? '[]')).toHaveLength(5)
    expect(run.summary).toContain('dry run (nothing was signed)')
    expect(run.summary).toContain('5 would sign')
    expect(run.stdout).not.toContain('ignored DryRun')
    await expect(readFile(path.join(workspace, 'key.pem'))).rejects.toThrow()
  })

  it('says so at error level when the endpoint ignores DryRun and signs for real', async () => {
    ctx.stack.kms.quirks.ignoreDryRun = true
    let run: ActionRun
    try {
      run = await runSign(ctx, workspace, { inputs: { 'dry-run': 'true' } })
    } finally {
      ctx.stack.kms.quirks.ignoreDryRun = false
    }
    // The permission the dry run asks about is there: the step passes, but not quietly.
    expect(run.exitCode).toBe(0)
    expect(await sigFiles(workspace)).toEqual([])
    const signs = ctx.stack.log.entries.filter((e) => e.action === 'Sign')
    expect(signs).toEqual([expect.objectContaining({ dryRun: true, status: 200 })])
    const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error'))
    expect(annotation).toMatch(/^::error title=dossier-sign%3A DryRun ignored::/)
    expect(annotation).toContain('The KMS endpoint ignored DryRun')
    expect(annotation).toContain('made a real signature')
    expect(annotation).toContain('CloudTrail records it')
    expect(run.outputs['signed-count']).toBe('0')
  })

  it('dry-run still fails when the role may not sign', async () => {
    const key = ctx.stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      signers: ['arn:aws:iam::123456789012:user/nobody'],
    })
    const run = await runSign(ctx, workspace, {
      inputs: { 'dry-run': 'true', 'kms-key-id': key.arn },
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('AccessDenied')
  })

  it('uses the ambient AWS credentials when role-to-assume is empty', async () => {
    const run = await runSign(ctx, workspace, {
      inputs: { 'role-to-assume': '' },
      env: {
        AWS_ACCESS_KEY_ID: ctx.user.accessKeyId,
        AWS_SECRET_ACCESS_KEY: ctx.user.secretAccessKey,
      },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe('5')
    expect(ctx.stack.log.count({ service: 'sts' })).toBe(0)
    expect(
      new Set(ctx.stack.log.entries.filter((e) => e.action === 'Sign').map((e) => e.principal)),
    ).toEqual(new Set([ctx.user.arn]))
    expect(run.summary).toContain('ambient AWS credentials')
    expectNoSecretLeaks(ctx, run)
  })

  it('refuses a public-key-path that leads outside the workspace through a symlinked folder', async () => {
    const outside = await tempWorkspace('outside')
    await symlink(outside, path.join(workspace, 'keys'))
    const run = await runSign(ctx, workspace, { inputs: { 'public-key-path': 'keys/key.pem' } })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('`public-key-path` keys/key.pem resolves outside the workspace')
    await expect(readFile(path.join(outside, 'key.pem'))).rejects.toThrow()
    await cleanup(outside)
  })

  it('creates no folder outside when public-key-path goes deeper through a symlinked folder', async () => {
    const outside = await tempWorkspace('outside')
    await symlink(outside, path.join(workspace, 'keys'))
    const run = await runSign(ctx, workspace, {
      inputs: { 'public-key-path': 'keys/2026/release/key.pem' },
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain(
      '`public-key-path` keys/2026/release/key.pem resolves outside the workspace',
    )
    expect(await readdir(outside)).toEqual([])
    await cleanup(outside)
  })
})

/** What the stack logged, but the GitHub OIDC token requests. */
function awsCalls(ctx: DefaultStack) {
  return ctx.stack.log.entries.filter((entry) => entry.action !== 'GetIdToken')
}
