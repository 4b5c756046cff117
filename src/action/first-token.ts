import http from 'node:http'
import https from 'node:https'
import { proxyConfigFrom, proxyFor } from '../aws/proxy-config.js'
import { defaultAudience, partitionOfArn } from '../aws/partitions.js'

/** A token request sent before the action's code loaded, and the audience it asked for. */
export interface FirstToken {
  audience: string
  token: Promise<string>
}

/** How long the first request may take before the toolkit's own request takes over. */
const FIRST_TOKEN_TIMEOUT_MS = 10_000

/** An answer this long is not a token endpoint's. */
const MAX_ANSWER_BYTES = 64 * 1024

/** GET `url` with `headers`: the status and body of the answer. A seam for tests. */
export type TokenRequest = (
  url: URL,
  headers: Record<string, string>,
) => Promise<{ status: number; body: string }>

/**
 * Sends a sign run's OIDC token request as the process's very first act, so the answer
 * is on its way while the action's code (the toolkit, its HTTP client, sign mode, the
 * AWS SDK) is parsed. It reads only the few inputs that decide the request, as the
 * runner passes them (`INPUT_<NAME>`), and goes out only for sign mode with
 * `role-to-assume`, the runner's token endpoint and no proxy on the way to it. This is a
 * head start, not a second client: one attempt, no retry, and any failure (refused,
 * redirected, slow, malformed) leaves the token to the toolkit's `getIDToken`, its
 * retries and its messages (see tokenAskedEarly). It uses `node:http(s)`, which Node has
 * loaded already: the built-in `fetch` costs ~80 ms to set up, more than it saves. The
 * request token goes only in the Authorization header and nothing here is printed.
 */
export function askFirstToken(
  env: NodeJS.ProcessEnv,
  request: TokenRequest = get,
): FirstToken | undefined {
  const input = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  const role = input('role-to-assume')
  if ((input('mode') || 'sign') !== 'sign' || role === '' || !url || !bearer) return undefined
  const audience = input('audience') || defaultAudience(partitionOfArn(role))
  let endpoint: URL
  try {
    // The URL the toolkit asks: the runner's, with the audience appended to its query.
    endpoint = new URL(`${url}&audience=${encodeURIComponent(audience)}`)
    if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') return undefined
    // Through a proxy the toolkit's client goes, with the proxy rules it has.
    if (proxyFor(endpoint, proxyConfigFrom(input('http-proxy'), env)) !== undefined) {
      return undefined
    }
  } catch {
    return undefined
  }
  const token = request(endpoint, {
    authorization: `Bearer ${bearer}`,
    accept: 'application/json',
    'user-agent': 'actions/oidc-client',
  }).then(({ status, body }) => {
    if (status !== 200) throw new Error(`the token endpoint answered HTTP ${status}`)
    const value = (JSON.parse(body) as { value?: unknown }).value
    if (typeof value !== 'string' || value === '') {
      throw new Error('the token endpoint answered without a token')
    }
    return value
  })
  // Nobody awaits it until the run needs a token; a failure then falls back.
  token.catch(() => undefined)
  return { audience, token }
}

/** One GET, no redirect followed, bounded in time and size. */
function get(url: URL, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.get : http.get
    const req = send(url, { headers, timeout: FIRST_TOKEN_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_ANSWER_BYTES) req.destroy(new Error('the token endpoint answered too much'))
        else chunks.push(chunk)
      })
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('the token endpoint did not answer in time')))
    req.on('error', reject)
  })
}
