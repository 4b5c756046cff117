// The token request the entry sends before the action's code loads, against the stand-in
// runner token endpoint of the local stack (real HTTP on 127.0.0.1).
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { tokenAskedEarly } from '../../src/action/early-token.js'
import { askFirstToken } from '../../src/action/first-token.js'
import { startStack, type Stack } from '../../stack/index.js'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => stack.stop())
beforeEach(() => {
  stack.log.clear()
  stack.oidcFaults.clear()
})

const ROLE = 'arn:aws:iam::123456789012:role/signer'

/** The runner's env for a sign step: its token endpoint, and inputs as INPUT_<NAME>. */
function runnerEnv(inputs: Record<string, string> = {}, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.env().ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env().ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    ...extra,
  }
  for (const [name, value] of Object.entries({ 'role-to-assume': ROLE, ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return env
}

/** A token endpoint that is not on loopback; nothing may be sent to it here. */
const REMOTE = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.stack.invalid/idtoken?api-version=2.0',
}

const tokenRequests = () => stack.log.entries.filter((e) => e.action === 'GetIdToken')

describe('askFirstToken', () => {
  it('asks the runner for a sign run`s token, for the audience the role`s partition expects', async () => {
    const first = askFirstToken(runnerEnv())
    expect(first?.audience).toBe('sts.amazonaws.com')
    const token = await first?.token
    expect(stack.oidc.issuedTokens).toContain(token)
    expect(tokenRequests()).toEqual([
      expect.objectContaining({ status: 200, audience: 'sts.amazonaws.com' }),
    ])
  })

  it('uses the `audience` input, and the China partition`s default without one', async () => {
    const custom = askFirstToken(runnerEnv({ audience: ' my-audience ' }))
    expect(custom?.audience).toBe('my-audience')
    await custom?.token
    const china = askFirstToken(
      runnerEnv({ 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/signer' }),
    )
    expect(china?.audience).toBe('sts.amazonaws.com.cn')
    await china?.token
    expect(tokenRequests().map((e) => e.audience)).toEqual(['my-audience', 'sts.amazonaws.com.cn'])
  })

  it.each([
    ['verify mode', () => runnerEnv({ mode: 'verify' })],
    ['merge-reports mode', () => runnerEnv({ mode: 'merge-reports' })],
    ['no role-to-assume', () => runnerEnv({ 'role-to-assume': '' })],
    ['no token endpoint (no id-token: write)', () => ({ 'INPUT_ROLE-TO-ASSUME': ROLE })],
    // A token endpoint not on loopback (where no proxy applies), and a proxy on the way.
    ['a proxy in the env', () => runnerEnv({}, { ...REMOTE, http_proxy: 'http://127.0.0.1:9' })],
    ['the http-proxy input', () => runnerEnv({ 'http-proxy': 'http://127.0.0.1:9' }, REMOTE)],
    ['an unreadable proxy', () => runnerEnv({}, { ...REMOTE, HTTP_PROXY: 'not a url' })],
    [
      'a token endpoint that is not http(s)',
      () => runnerEnv({}, { ACTIONS_ID_TOKEN_REQUEST_URL: 'file:///etc/passwd' }),
    ],
  ])('sends nothing with %s: the toolkit asks, if anyone does', async (_, env) => {
    expect(askFirstToken(env())).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(tokenRequests()).toEqual([])
  })

  it('goes direct where the toolkit does: to loopback, and to hosts NO_PROXY names', async () => {
    const proxied = { HTTP_PROXY: 'http://127.0.0.1:9' }
    await expect(askFirstToken(runnerEnv({}, proxied))?.token).resolves.toMatch(/^ey/)
    const named = { ...REMOTE, ...proxied, NO_PROXY: 'stack.invalid' }
    expect(
      askFirstToken(runnerEnv({}, named), async () => ({
        status: 200,
        body: '{"value":"direct"}',
      })),
    ).toEqual({ audience: 'sts.amazonaws.com', token: expect.any(Promise) })
  })

  it('fails on a refusal without the request token in the message', async () => {
    const env = runnerEnv({}, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong-request-token' })
    const error = await askFirstToken(env)?.token.catch((e: unknown) => e)
    expect(String(error)).toBe('Error: the token endpoint answered HTTP 401')
  })
})

describe('askFirstToken against a token endpoint that misbehaves', () => {
  /** A token endpoint on 127.0.0.1 that gives `answer` to every request. */
  async function endpoint(answer: (res: ServerResponse) => void) {
    const server = createServer((_, res) => answer(res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const url = `http://127.0.0.1:${port}/idtoken?api-version=2.0`
    return { url, close: () => new Promise((resolve) => server.close(resolve)) }
  }

  it.each([
    [
      'a redirect (not followed: the request token would go with it)',
      (res: ServerResponse) =>
        res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end(),
    ],
    ['an answer without a token', (res: ServerResponse) => res.end('{"value":""}')],
    ['an answer that is not JSON', (res: ServerResponse) => res.end('<html>')],
    ['an endless answer', (res: ServerResponse) => res.end('x'.repeat(1024 * 1024))],
  ])('%s fails, so the toolkit asks', async (_, answer) => {
    const server = await endpoint(answer)
    try {
      const first = askFirstToken(runnerEnv({}, { ACTIONS_ID_TOKEN_REQUEST_URL: server.url }))
      await expect(first?.token).rejects.toThrow(/token endpoint|JSON/)
    } finally {
      await server.close()
    }
  })
})

describe('tokenAskedEarly with a first request', () => {
  it('hands out the first request`s token, masked, and asks the toolkit for nothing', async () => {
    const asked: string[] = []
    const masked: string[] = []
    const first = askFirstToken(runnerEnv())
    const tokens = tokenAskedEarly(
      { token: async (audience) => (asked.push(audience), 'from-the-toolkit') },
      'sts.amazonaws.com',
      { first, mask: (secret) => masked.push(secret) },
    )
    const token = await tokens.token('sts.amazonaws.com')
    expect(stack.oidc.issuedTokens).toContain(token)
    expect(masked).toEqual([token])
    expect(asked).toEqual([])
  })

  it('asks the toolkit at once when the first request failed, so its retries and messages count', async () => {
    stack.oidcFaults.add({ times: 1, fault: { kind: 'error', status: 503, code: 'Unavailable' } })
    const asked: string[] = []
    const masked: string[] = []
    const tokens = tokenAskedEarly(
      { token: async (audience) => (asked.push(audience), 'from-the-toolkit') },
      'sts.amazonaws.com',
      { first: askFirstToken(runnerEnv()), mask: (secret) => masked.push(secret) },
    )
    await expect(tokens.token('sts.amazonaws.com')).resolves.toBe('from-the-toolkit')
    expect(asked).toEqual(['sts.amazonaws.com'])
    expect(masked).toEqual([])
  })

  it('does not hand out a first token asked for another audience', async () => {
    const asked: string[] = []
    const tokens = tokenAskedEarly(
      { token: async (audience) => (asked.push(audience), `toolkit-${audience}`) },
      'sts.amazonaws.com.cn',
      { first: askFirstToken(runnerEnv()) },
    )
    await expect(tokens.token('sts.amazonaws.com.cn')).resolves.toBe('toolkit-sts.amazonaws.com.cn')
    expect(asked).toEqual(['sts.amazonaws.com.cn'])
  })
})
