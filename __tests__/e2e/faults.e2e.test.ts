import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
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

const opened: Array<{ ctx: DefaultStack; workspace: string }> = []
async function setup(files: number, options?: Parameters<typeof startDefaultStack>[0]) {
  const ctx = await startDefaultStack(options)
  const workspace = await tempWorkspace('faults')
  const names = await writeDossiers(workspace, files)
  opened.push({ ctx, workspace })
  return { ctx, workspace, names }
}

/** Every file has exactly one .sig, complete, verifying with openssl. */
async function expectAllSignedAndValid(
  ctx: DefaultStack,
  workspace: string,
  names: string[],
  run: ActionRun,
) {
  expect(run.exitCode).toBe(0)
  expect(run.outputs['signed-count']).toBe(String(names.length))
  expect(run.outputs['failed-count']).toBe('0')
  expect(await sigFiles(workspace)).toEqual(names.map((n) => `${n}.sig`))
  expectEverySigValid(workspace, names, ctx.key.publicKeyPem)
  expect(ctx.stack.log.count({ action: 'Sign', status: 200 })).toBe(names.length)
  expectNoSecretLeaks(ctx, run)
}

describe('fault injection: the run keeps working where it can', () => {
  beforeAll(assertDistIsFresh)
  afterEach(async () => {
    for (const { ctx, workspace } of opened.splice(0)) {
      await ctx.stack.stop()
      await cleanup(workspace)
    }
  })

  it('30% of Sign calls throttled: every file signed, every .sig valid, concurrency lowered', async () => {
    const { ctx, workspace, names } = await setup(60)
    ctx.stack.kms.faults.add({
      action: 'Sign',
      probability: 0.3,
      fault: { kind: 'error', status: 400, code: 'ThrottlingException', message: 'Rate exceeded' },
    })
    const run = await runSign(ctx, workspace, { inputs: { concurrency: '8' } })
    await expectAllSignedAndValid(ctx, workspace, names, run)
    expect(
      ctx.stack.log.count({ action: 'Sign', errorCode: 'ThrottlingException' }),
    ).toBeGreaterThan(5)
  })

  it('bursts of 500s and dropped connections mid-batch: every file signed', async () => {
    const { ctx, workspace, names } = await setup(50)
    ctx.stack.kms.faults.add({
      action: 'Sign',
      afterCalls: 10,
      times: 12,
      fault: { kind: 'error', status: 500, code: 'KMSInternalException' },
    })
    ctx.stack.kms.faults.add({ action: 'Sign', afterCalls: 25, times: 6, fault: { kind: 'drop' } })
    const run = await runSign(ctx, workspace, { inputs: { concurrency: '4' } })
    await expectAllSignedAndValid(ctx, workspace, names, run)
    expect(ctx.stack.log.count({ action: 'Sign', errorCode: 'KMSInternalException' })).toBe(12)
    expect(ctx.stack.log.count({ action: 'Sign', errorCode: 'ConnectionDropped' })).toBe(6)
  })

  it('latency spikes past the client timeout (10 s) are retried, with no duplicate or corrupt file', async () => {
    const { ctx, workspace, names } = await setup(12)
    ctx.stack.kms.faults.add({
      action: 'Sign',
      afterCalls: 3,
      times: 2,
      fault: { kind: 'delay', ms: 11_000 },
    })
    const run = await runSign(ctx, workspace, { inputs: { concurrency: '4' } })
    expect(run.exitCode).toBe(0)
    expect(await sigFiles(workspace)).toEqual(names.map((n) => `${n}.sig`))
    expectEverySigValid(workspace, names, ctx.key.publicKeyPem)
    // The stalled calls were abandoned at the timeout and re-sent. The stack logs a
    // call when its answer goes out, so the two stalled ones appear at 11 s.
    expect(run.durationMs).toBeGreaterThan(10_000)
    const deadline = Date.now() + 5_000
    while (ctx.stack.log.count({ action: 'Sign' }) < names.length + 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(names.length + 2)
    expect(run.outputs['signed-count']).toBe('12')
  }, 60_000)

  it('an STS hiccup (IDPCommunicationError) and OIDC 5xx are retried', async () => {
    const { ctx, workspace, names } = await setup(5)
    ctx.stack.oidcFaults.add({
      times: 2,
      fault: { kind: 'error', status: 500, code: 'InternalServerError' },
    })
    ctx.stack.sts.faults.add({
      times: 2,
      fault: { kind: 'error', status: 400, code: 'IDPCommunicationError' },
    })
    const run = await runSign(ctx, workspace)
    await expectAllSignedAndValid(ctx, workspace, names, run)
    expect(ctx.stack.log.count({ service: 'sts', errorCode: 'IDPCommunicationError' })).toBe(2)
  })

  it('an expired OIDC token fails clearly, with no KMS call and no retry', async () => {
    const { ctx, workspace } = await setup(5)
    ctx.stack.oidc.tokenLifetimeSeconds = -60
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::The GitHub OIDC token expired before AWS STS accepted it/)
    expect(ctx.stack.log.count({ service: 'sts', action: 'AssumeRoleWithWebIdentity' })).toBe(1)
    expect(ctx.stack.log.count({ service: 'kms' })).toBe(0)
    expect(await sigFiles(workspace)).toEqual([])
    expectNoSecretLeaks(ctx, run)
  })

  it('credentials that expire mid-run are refreshed with a fresh OIDC token', async () => {
    const { ctx, workspace, names } = await setup(80, { credentialLifetimeSeconds: 3 })
    ctx.stack.kms.faults.latencyMs = 150
    const run = await runSign(ctx, workspace, { inputs: { concurrency: '4' } })
    await expectAllSignedAndValid(ctx, workspace, names, run)
    expect(
      ctx.stack.log.count({ service: 'sts', action: 'AssumeRoleWithWebIdentity', status: 200 }),
    ).toBeGreaterThanOrEqual(2)
    expect(ctx.stack.log.count({ service: 'kms', errorCode: 'ExpiredTokenException' })).toBe(0)
  }, 60_000)

  it('a run killed with SIGKILL mid-batch leaves only complete, valid .sig files; a re-run finishes', async () => {
    const { ctx, workspace, names } = await setup(150)
    ctx.stack.kms.faults.latencyMs = 40
    let pid = 0
    const running = runAction({
      workspace,
      env: ctx.stack.env(),
      inputs: {
        'role-to-assume': ctx.role.arn,
        'kms-key-id': ctx.key.alias,
        'aws-region': 'us-east-1',
        concurrency: '4',
      },
      onSpawn: (p) => (pid = p),
    })
    while (ctx.stack.log.count({ action: 'Sign', status: 200 }) < 30)
      await new Promise((r) => setTimeout(r, 10))
    process.kill(pid, 'SIGKILL')
    const killed = await running
    expect(killed.signal).toBe('SIGKILL')
    expectNoSecretLeaks(ctx, killed)

    const written = await sigFiles(workspace)
    expect(written.length).toBeGreaterThanOrEqual(25)
    expect(written.length).toBeLessThan(150)
    for (const sig of written) {
      const file = sig.slice(0, -'.sig'.length)
      expect(await readFile(path.join(workspace, sig), 'utf8')).toMatch(/^[A-Za-z0-9+/]+={0,2}\n$/)
      expect(
        opensslVerifies(
          path.join(workspace, file),
          path.join(workspace, sig),
          ctx.key.publicKeyPem,
        ),
      ).toBe(true)
    }

    ctx.stack.kms.faults.latencyMs = 0
    ctx.stack.log.clear()
    const rerun = await runSign(ctx, workspace)
    expect(rerun.exitCode).toBe(0)
    expect(Number(rerun.outputs['skipped-count'])).toBe(written.length)
    expect(Number(rerun.outputs['signed-count'])).toBe(150 - written.length)
    expect(await sigFiles(workspace)).toEqual(names.map((n) => `${n}.sig`))
    // Temp files a killed writer may leave are dot-files that nothing reads as a signature.
    const strays = (await readdir(path.join(workspace, 'dossiers'))).filter((f) =>
      f.endsWith('.tmp'),
    )
    expect(strays.every((f) => f.startsWith('.'))).toBe(true)
  }, 60_000)
})
