import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  assertDistIsFresh,
  cleanup,
  expectEverySigValid,
  expectNoSecretLeaks,
  opensslVerifies,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

const FILES = 120

describe('sign mode end to end (node dist/index.js on the local stack)', () => {
  let ctx: DefaultStack
  let workspace: string
  let files: string[]

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('sign')
    files = await writeDossiers(workspace, FILES)
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace)
  })

  it(`signs ${FILES} files in one run, each .sig verifying with openssl`, async () => {
    const run = await runSign(ctx, workspace, {
      inputs: { 'public-key-path': 'keys/signing-key.pem' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toContain('::error')
    expect(await sigFiles(workspace)).toEqual(files.map((f) => `${f}.sig`))
    expectEverySigValid(workspace, files, ctx.key.publicKeyPem)

    expect(run.outputs['signed-count']).toBe(String(FILES))
    expect(run.outputs['skipped-count']).toBe('0')
    expect(run.outputs['failed-count']).toBe('0')
    expect(run.outputs['key-arn']).toBe(ctx.key.arn)
    expect(run.outputs['signing-algorithm']).toBe('ECDSA_SHA_256')
    expect(run.outputs['public-key']?.trim()).toBe(ctx.key.publicKeyPem.trim())
    expect(await readFile(path.join(workspace, 'keys/signing-key.pem'), 'utf8')).toBe(
      ctx.key.publicKeyPem,
    )
    const signatures = JSON.parse(run.outputs.signatures ?? '[]') as Array<Record<string, string>>
    expect(signatures).toHaveLength(FILES)
    expect(signatures[0]).toEqual({
      file: files[0],
      format: 'sig',
      signatureFile: `${files[0]}.sig`,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      status: 'signed',
    })

    expect(run.summary).toContain(ctx.key.arn)
    expect(run.summary).toContain('ECC_NIST_P256')
    expect(run.summary).toContain('dossier-sign@imboard-ai.dossier-sign-4242-1')
    expect(run.summary).toContain('repo:imboard-ai/dossier-sign:ref:refs/heads/main')
    expect(run.summary).toContain(`${FILES} signed`)
    expect(run.stdout).toMatch(/::notice title=dossier-sign::dossier-sign signed 120 file\(s\)/)

    const kms = ctx.stack.log.entries.filter((e) => e.service === 'kms')
    const signs = kms.filter((e) => e.action === 'Sign')
    expect(signs).toHaveLength(FILES)
    expect(new Set(signs.map((e) => e.messageType))).toEqual(new Set(['DIGEST']))
    expect(new Set(signs.map((e) => e.keyId))).toEqual(new Set([ctx.key.arn]))
    expect(ctx.stack.log.count({ action: 'GetPublicKey' })).toBe(1)
    // An alias input costs one DescribeKey-only session to resolve it, then the session
    // scoped to the resolved ARN (session-policy): two sessions, two DescribeKey calls.
    expect(ctx.stack.log.count({ action: 'DescribeKey' })).toBe(2)
    expect(new Set(kms.map((e) => e.roleSessionName))).toEqual(
      new Set(['dossier-sign@imboard-ai.dossier-sign-4242-1']),
    )
    expect(
      ctx.stack.log.count({ service: 'sts', action: 'AssumeRoleWithWebIdentity', status: 200 }),
    ).toBe(2)
    expectNoSecretLeaks(ctx, run)
  })

  it('signs nothing on a second run: every file is skipped without a Sign call', async () => {
    const before = await stat(path.join(workspace, `${files[0]}.sig`))
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe('0')
    expect(run.outputs['skipped-count']).toBe(String(FILES))
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
    expect((await stat(path.join(workspace, `${files[0]}.sig`))).mtimeMs).toBe(before.mtimeMs)
    expectNoSecretLeaks(ctx, run)
  })

  it('re-signs only the file that changed since its signature', async () => {
    const { appendFile } = await import('node:fs/promises')
    await appendFile(path.join(workspace, files[5] as string), '\nOne more line.\n')
    ctx.stack.log.clear()
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe('1')
    expect(run.outputs['skipped-count']).toBe(String(FILES - 1))
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(1)
    const f = files[5] as string
    expect(
      opensslVerifies(
        path.join(workspace, f),
        path.join(workspace, `${f}.sig`),
        ctx.key.publicKeyPem,
      ),
    ).toBe(true)
  })
})
