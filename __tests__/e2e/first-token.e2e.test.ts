// The OIDC token request the entry sends before the action's code loads
// (src/action/first-token.ts), seen from the stack: first on the wire, the token STS
// gets, masked; and when it fails, the toolkit's own request takes over.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  assertDistIsFresh,
  cleanup,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

let ctx: DefaultStack
let workspace: string
let names: string[]
beforeAll(async () => {
  assertDistIsFresh()
  ctx = await startDefaultStack()
  workspace = await tempWorkspace('first-token')
  names = await writeDossiers(workspace, 2)
})
afterAll(async () => {
  await ctx.stack.stop()
  await cleanup(workspace)
})
beforeEach(async () => {
  ctx.stack.log.clear()
  ctx.stack.oidcFaults.clear()
  // Each run signs both files afresh (a file with a valid .sig is skipped).
  await Promise.all(names.map((n) => rm(path.join(workspace, `${n}.sig`), { force: true })))
})

/** Every token the stack issued since `from` was masked in the run's log. */
function expectMasked(stdout: string, from: number) {
  const lines = stdout.split('\n')
  const tokens = ctx.stack.oidc.issuedTokens.slice(from)
  expect(tokens.length).toBeGreaterThan(0)
  for (const token of tokens) expect(lines).toContain(`::add-mask::${token}`)
}

const actions = () => ctx.stack.log.entries.map((e) => e.action)

describe('the first token request', () => {
  it('is the run`s first request, and every token is masked', async () => {
    const issued = ctx.stack.oidc.issuedTokens.length
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe('2')
    expect(actions()[0]).toBe('GetIdToken')
    expectMasked(run.stdout, issued)
  })

  it('refused by the endpoint: the toolkit asks again, and the run signs', async () => {
    const issued = ctx.stack.oidc.issuedTokens.length
    ctx.stack.oidcFaults.add({
      times: 1,
      fault: { kind: 'error', status: 503, code: 'ServiceUnavailable' },
    })
    const run = await runSign(ctx, workspace)
    expect(run.exitCode).toBe(0)
    expect(run.outputs['signed-count']).toBe('2')
    const tokenRequests = ctx.stack.log.entries.filter((e) => e.action === 'GetIdToken')
    expect(tokenRequests[0]?.status).toBe(503)
    expect(tokenRequests.slice(1).every((e) => e.status === 200)).toBe(true)
    expectMasked(run.stdout, issued)
  })

  it('is not sent in verify mode', async () => {
    await runSign(ctx, workspace, { inputs: { mode: 'verify', 'kms-key-id': '' } })
    expect(actions()).not.toContain('GetIdToken')
  })
})
