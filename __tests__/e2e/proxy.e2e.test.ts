import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../harness/local-runner.js'
import {
  behindProxy,
  routeStack,
  startConnectProxy,
  STACK_DOMAIN,
  type ConnectProxy,
} from '../aws/connect-proxy.js'
import {
  assertDistIsFresh,
  cleanup,
  failure,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

/**
 * Self-hosted runners behind a proxy: the bundled action's STS and KMS calls go through
 * HTTP_PROXY / HTTPS_PROXY or the `http-proxy` input, NO_PROXY and loopback go direct.
 * The stack is reached under `*.stack.invalid` names that only the test proxy resolves,
 * so a call that reached it went through the proxy.
 */
describe('AWS calls through a proxy', () => {
  let ctx: DefaultStack
  let workspace: string
  const proxies: ConnectProxy[] = []
  const FILES = 6

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
  })
  afterAll(() => ctx?.stack.stop())
  beforeEach(async () => {
    workspace = await tempWorkspace('proxy')
    await writeDossiers(workspace, FILES)
    ctx.stack.log.clear()
  })
  afterEach(async () => {
    await Promise.all(proxies.splice(0).map((p) => p.close()))
    await cleanup(workspace)
  })

  const proxy = async (options: Parameters<typeof startConnectProxy>[0] = {}) => {
    const started = await startConnectProxy({ route: routeStack, ...options })
    proxies.push(started)
    return started
  }
  /** The stack's AWS endpoints under names only the proxy knows. */
  const hiddenEndpoints = () => ({
    AWS_ENDPOINT_URL_STS: behindProxy(ctx.stack.urls.sts, 'sts'),
    AWS_ENDPOINT_URL_KMS: behindProxy(ctx.stack.urls.kms, 'kms'),
  })
  const stackHosts = () => [
    new URL(behindProxy(ctx.stack.urls.sts, 'sts')).host,
    new URL(behindProxy(ctx.stack.urls.kms, 'kms')).host,
  ]
  const expectSigned = async (run: ActionRun) => {
    expect(failure(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(await sigFiles(workspace)).toHaveLength(FILES)
  }
  const readable = (run: ActionRun) =>
    [
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ].join('\n')

  it('sends every STS and KMS request through HTTP_PROXY, in kept-alive tunnels', async () => {
    const through = await proxy()
    const run = await runSign(ctx, workspace, {
      env: { ...hiddenEndpoints(), HTTP_PROXY: through.url },
    })
    await expectSigned(run)
    const sts = ctx.stack.log.count({ service: 'sts' })
    const kms = ctx.stack.log.count({ service: 'kms' })
    expect(sts).toBeGreaterThan(0)
    expect(kms).toBeGreaterThan(FILES)
    // Only proxy-resolved names were asked for, and both services were.
    expect(new Set(through.connects)).toEqual(new Set(stackHosts()))
    // Keep-alive: the KMS calls share tunnels instead of opening one each.
    expect(through.connects.length).toBeLessThan(sts + kms)
    expect(run.stdout).toContain(`AWS calls go through the proxy ${through.url} (HTTP_PROXY)`)
  })

  it('the `http-proxy` input wins over the environment; its password reaches no log', async () => {
    const password = 'pr0xy-S3cret!'
    const input = await proxy({ credentials: `dossier:${password}` })
    const environment = await proxy({ refuse: 'close' })
    const withCredentials = input.url.replace('//', `//dossier:${encodeURIComponent(password)}@`)
    const run = await runSign(ctx, workspace, {
      env: { ...hiddenEndpoints(), HTTP_PROXY: environment.url, HTTPS_PROXY: environment.url },
      inputs: { 'http-proxy': withCredentials },
    })
    await expectSigned(run)
    expect(environment.connects).toEqual([])
    expect(input.connects.length).toBeGreaterThan(0)
    expect(new Set(input.authorizations)).toEqual(
      new Set([`Basic ${Buffer.from(`dossier:${password}`).toString('base64')}`]),
    )
    expect(readable(run)).not.toContain(password)
    expect(readable(run)).not.toContain(encodeURIComponent(password))
    expect(run.stdout).toContain(`::add-mask::${encodeURIComponent(password)}`)
    expect(run.stdout).toContain(`::add-mask::${password}`)
  })

  it('NO_PROXY naming the stack hosts sends nothing through the proxy', async () => {
    const bypassed = await proxy()
    const run = await runSign(ctx, workspace, {
      env: { ...hiddenEndpoints(), HTTP_PROXY: bypassed.url, NO_PROXY: `.${STACK_DOMAIN}` },
    })
    // Direct, the .invalid names resolve nowhere: the failure is DNS, not the proxy.
    expect(run.exitCode).toBe(1)
    expect(bypassed.connects).toEqual([])
    expect(failure(run)).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(failure(run)).toContain(STACK_DOMAIN)
    expect(ctx.stack.log.count({ service: 'sts' }) + ctx.stack.log.count({ service: 'kms' })).toBe(
      0,
    )
  })

  it('loopback endpoints go direct even with a proxy set, as for the GitHub calls', async () => {
    const bypassed = await proxy()
    const run = await runSign(ctx, workspace, {
      env: { HTTP_PROXY: bypassed.url, HTTPS_PROXY: bypassed.url },
    })
    await expectSigned(run)
    expect(bypassed.connects).toEqual([])
  })

  it('a proxy that wants credentials (407) fails the step naming the proxy, without its credentials', async () => {
    const strict = await proxy({ credentials: 'dossier:right-password' })
    const wrong = strict.url.replace('//', '//dossier:wrong-pa55word@')
    const run = await runSign(ctx, workspace, {
      env: { ...hiddenEndpoints(), HTTP_PROXY: wrong },
    })
    expect(run.exitCode).toBe(1)
    expect(await sigFiles(workspace)).toEqual([])
    const message = failure(run)
    expect(message).toContain(`The proxy ${strict.url.replace(/\/$/, '')} (HTTP_PROXY) refused`)
    expect(message).toContain('407 Proxy Authentication Required')
    expect(message).toContain('http://USER:PASSWORD@HOST:PORT')
    expect(readable(run)).not.toContain('wrong-pa55word')
    // A refusal is not retried: one CONNECT, and STS never saw a request.
    expect(strict.connects).toHaveLength(1)
    expect(ctx.stack.log.count({ service: 'sts' })).toBe(0)
  })

  it('a proxy that drops the connection fails the step naming the proxy and what to check', async () => {
    const dropping = await proxy({ refuse: 'close' })
    const run = await runSign(ctx, workspace, {
      env: { ...hiddenEndpoints(), HTTP_PROXY: dropping.url },
    })
    expect(run.exitCode).toBe(1)
    const message = failure(run)
    expect(message).toContain(`The proxy ${dropping.url.replace(/\/$/, '')} (HTTP_PROXY)`)
    expect(message).toContain('could not open a tunnel')
    expect(message).toContain('NO_PROXY')
    expect(ctx.stack.log.count({ service: 'sts' })).toBe(0)
  })
})
