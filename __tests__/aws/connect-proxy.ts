import http from 'node:http'
import net from 'node:net'

/** How the test proxy answers a CONNECT it does not forward. */
export type Refusal = { status: number; reason: string } | 'close'

export interface ConnectProxyOptions {
  /** Where a CONNECT target really goes: names like `kms.stack.invalid` exist only here. */
  route?(host: string, port: number): { host: string; port: number }
  refuse?: Refusal
  /** `user:password` the proxy demands (Proxy-Authorization: Basic), else 407. */
  credentials?: string
}

export interface ConnectProxy {
  /** http://127.0.0.1:PORT */
  url: string
  /** Every CONNECT target (`host:port`) asked for, in order. */
  connects: string[]
  /** The Proxy-Authorization headers received, as sent. */
  authorizations: (string | undefined)[]
  close(): Promise<void>
}

/**
 * A real CONNECT proxy on 127.0.0.1, as a corporate proxy in front of a self-hosted
 * runner would be: it opens TCP tunnels, optionally demands Basic credentials, and records
 * what it was asked for. `.invalid` names (RFC 2606) resolve nowhere else, so a request
 * that reached the stack under such a name can only have come through here.
 */
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const connects: string[] = []
  const authorizations: (string | undefined)[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((_request, response) => {
    response.writeHead(405).end('this test proxy only tunnels (CONNECT)')
  })
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => undefined)
    const target = request.url ?? ''
    connects.push(target)
    const authorization = request.headers['proxy-authorization']
    authorizations.push(authorization)
    if (options.refuse === 'close') {
      client.destroy()
      return
    }
    const expected =
      options.credentials === undefined
        ? undefined
        : `Basic ${Buffer.from(options.credentials).toString('base64')}`
    const refusal =
      options.refuse ??
      (expected !== undefined && authorization !== expected
        ? { status: 407, reason: 'Proxy Authentication Required' }
        : undefined)
    if (refusal !== undefined) {
      client.end(
        `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      )
      return
    }
    const match = /^(.+):(\d+)$/.exec(target)
    const asked = { host: (match?.[1] ?? '').replace(/^\[|\]$/g, ''), port: Number(match?.[2]) }
    const { host, port } = options.route?.(asked.host, asked.port) ?? asked
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Routes `NAME.stack.invalid:PORT` to 127.0.0.1:PORT: the stack under names only the proxy knows. */
export const STACK_DOMAIN = 'stack.invalid'

export function routeStack(host: string, port: number): { host: string; port: number } {
  return host.endsWith(`.${STACK_DOMAIN}`) ? { host: '127.0.0.1', port } : { host, port }
}

/** `http://127.0.0.1:PORT` as `http://NAME.stack.invalid:PORT`. */
export function behindProxy(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.hostname = `${name}.${STACK_DOMAIN}`
  return parsed.toString().replace(/\/$/, '')
}
