import http from 'node:http'
import https from 'node:https'
import type { Duplex } from 'node:stream'
import type { Socket } from 'node:net'
import tls from 'node:tls'
import { AwsError } from './aws-error.js'
import {
  decodedUserinfo,
  displayProxy,
  proxyFor,
  type ProxyConfig,
  type ProxyEndpoint,
} from './proxy-config.js'

type Callback = (error: Error | null, socket?: Duplex) => void
type ConnectOptions = http.ClientRequestArgs & tls.ConnectionOptions

/** Agent settings the SDK's own agents use, so pooling behaves the same with a proxy. */
const POOL = { keepAlive: true, maxSockets: 50 }

/**
 * The agents the SDK's NodeHttpHandler sends through: a request whose host the proxy
 * config routes through a proxy gets a CONNECT tunnel (TLS inside it for https), any other
 * goes direct. http endpoints tunnel too, as @actions/http-client does for the GitHub
 * calls, so one proxy rule holds for every call the step makes. Sockets stay pooled
 * (keep-alive) per target host either way.
 */
export function proxyAgents(
  config: ProxyConfig,
  connectTimeoutMs: number,
): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  return {
    httpAgent: new TunnelingHttpAgent(config, connectTimeoutMs),
    httpsAgent: new TunnelingHttpsAgent(config, connectTimeoutMs),
  }
}

class TunnelingHttpAgent extends http.Agent {
  constructor(
    private readonly config: ProxyConfig,
    private readonly connectTimeoutMs: number,
  ) {
    super(POOL)
  }

  override createConnection(
    options: ConnectOptions,
    callback: Callback,
  ): Duplex | null | undefined {
    const tunnelled = throughProxy(this.config, this.connectTimeoutMs, 'http:', options, callback)
    return tunnelled ? undefined : super.createConnection(options, callback)
  }
}

class TunnelingHttpsAgent extends https.Agent {
  constructor(
    private readonly config: ProxyConfig,
    private readonly connectTimeoutMs: number,
  ) {
    super(POOL)
  }

  override createConnection(
    options: ConnectOptions,
    callback: Callback,
  ): Duplex | null | undefined {
    const tunnelled = throughProxy(this.config, this.connectTimeoutMs, 'https:', options, callback)
    // https.Agent's own createConnection ignores the callback and returns the TLS socket.
    return tunnelled ? undefined : super.createConnection(options, callback)
  }
}

/**
 * When the config routes the connection's host through a proxy: open the CONNECT tunnel
 * (TLS inside it for https) and hand the socket to `callback`, returning true; false
 * means the connection goes direct. One rule for both agents.
 */
function throughProxy(
  config: ProxyConfig,
  connectTimeoutMs: number,
  protocol: 'http:' | 'https:',
  options: ConnectOptions,
  callback: Callback,
): boolean {
  const { host, port } = targetOf(options, protocol === 'https:' ? 443 : 80)
  const proxy = proxyFor(new URL(`${protocol}//${hostForUrl(host)}:${port}`), config)
  if (proxy === undefined) return false
  openTunnel(proxy, host, port, connectTimeoutMs).then(
    (socket) =>
      callback(
        null,
        protocol === 'https:'
          ? tls.connect({ ...options, socket, servername: options.servername ?? host })
          : socket,
      ),
    callback,
  )
  return true
}

/**
 * Ask the proxy for a raw TCP tunnel to host:port (HTTP CONNECT, RFC 9110 9.3.6). A
 * refusal names the proxy (never its credentials) and the fix; a proxy that cannot be
 * reached or drops the connection is a network error, retried like any other.
 */
function openTunnel(
  proxy: ProxyEndpoint,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<Socket> {
  const target = `${hostForUrl(host)}:${port}`
  const { url } = proxy
  const headers: Record<string, string> = { host: target }
  if (url.username !== '' || url.password !== '') {
    const user = `${decodedUserinfo(url.username)}:${decodedUserinfo(url.password)}`
    headers['proxy-authorization'] = `Basic ${Buffer.from(user).toString('base64')}`
  }
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: target,
      headers,
      agent: false,
      timeout: timeoutMs,
    })
    request.once('connect', (response, socket, head) => {
      if (response.statusCode === 200) {
        if (head.length > 0) socket.unshift(head)
        resolve(socket)
        return
      }
      socket.destroy()
      reject(refused(proxy, target, response))
    })
    // A proxy that answers CONNECT with an error status sends an ordinary response.
    request.once('response', (response: http.IncomingMessage) => {
      response.resume()
      reject(refused(proxy, target, response))
    })
    request.once('timeout', () =>
      request.destroy(
        Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }),
      ),
    )
    request.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AwsError(
          'network',
          error.code ?? 'ProxyUnreachable',
          `The proxy ${displayProxy(proxy)} could not open a tunnel to ${target} (${error.code ?? error.message}: it could not be reached or closed the connection). Check the proxy's host and port in ${proxy.source}, or add ${host} to NO_PROXY if it is reachable without the proxy.`,
          error,
        ),
      ),
    )
    request.end()
  })
}

function refused(proxy: ProxyEndpoint, target: string, response: http.IncomingMessage): AwsError {
  const status = `${response.statusCode ?? '?'} ${response.statusMessage ?? ''}`.trim()
  const host = target.replace(/:\d+$/, '')
  const fix =
    response.statusCode === 407
      ? `The proxy wants credentials: give them in the proxy URL (http://USER:PASSWORD@HOST:PORT) in ${proxy.source}${proxy.source === 'http-proxy' ? '' : ' or the `http-proxy` input'}; if they are there, check them.`
      : `Ask the proxy's administrators to allow CONNECT to ${target}, or add ${host} to NO_PROXY if it is reachable without the proxy.`
  return new AwsError(
    'proxy-refused',
    'ProxyRefused',
    `The proxy ${displayProxy(proxy)} refused to open a tunnel to ${target} (${status}). ${fix}`,
  )
}

function targetOf(options: ConnectOptions, defaultPort: number): { host: string; port: number } {
  const host = options.host ?? options.hostname ?? 'localhost'
  return { host, port: Number(options.port ?? defaultPort) }
}

/** IPv6 literals need brackets in a URL and in a CONNECT target. */
function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}
