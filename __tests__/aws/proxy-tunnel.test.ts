import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { proxyAgents } from '../../src/aws/proxy-agent.js'
import type { ProxyConfig } from '../../src/aws/proxy-config.js'
import { routeStack, startConnectProxy, type ConnectProxy } from './connect-proxy.js'

/**
 * The https path the real AWS endpoints take: CONNECT to the proxy, then TLS to the
 * endpoint inside the tunnel, with the endpoint's name checked against its certificate.
 */
describe('https through a CONNECT tunnel', () => {
  const HOST = 'kms.stack.invalid'
  let dir: string
  let ca: Buffer
  let server: https.Server
  let port: number
  let proxy: ConnectProxy

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dossier-sign-tls-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`,
      ],
      { stdio: 'pipe' },
    )
    ca = await readFile(path.join(dir, 'cert.pem'))
    server = https.createServer(
      { key: await readFile(path.join(dir, 'key.pem')), cert: ca },
      (request, response) => response.end(`hello over TLS: ${request.url}`),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    proxy = await startConnectProxy({ route: routeStack, credentials: 'ops:s3cret' })
  })
  afterAll(async () => {
    await proxy.close()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await rm(dir, { recursive: true, force: true })
  })

  const get = (agent: https.Agent, pathname: string, host = HOST) =>
    new Promise<string>((resolve, reject) => {
      https
        .get({ host, port, path: pathname, agent, ca }, (response) => {
          let body = ''
          response.setEncoding('utf8').on('data', (d: string) => (body += d))
          response.on('end', () => resolve(body))
        })
        .on('error', reject)
    })

  it('tunnels TLS to the endpoint, authenticates to the proxy, and keeps the tunnel alive', async () => {
    const config: ProxyConfig = {
      https: { url: new URL(proxy.url.replace('//', '//ops:s3cret@')), source: 'HTTPS_PROXY' },
      noProxy: '',
    }
    const { httpsAgent } = proxyAgents(config, 5_000)
    try {
      expect(await get(httpsAgent, '/one')).toBe('hello over TLS: /one')
      expect(await get(httpsAgent, '/two')).toBe('hello over TLS: /two')
      // Two requests, one tunnel: keep-alive holds through the proxy.
      expect(proxy.connects).toEqual([`${HOST}:${port}`])
    } finally {
      httpsAgent.destroy()
    }
  })

  it('checks the endpoint certificate inside the tunnel', async () => {
    const config: ProxyConfig = {
      https: { url: new URL(proxy.url.replace('//', '//ops:s3cret@')), source: 'HTTPS_PROXY' },
      noProxy: '',
    }
    const { httpsAgent } = proxyAgents(config, 5_000)
    try {
      // The certificate names kms.stack.invalid only: any other name must fail TLS.
      await expect(get(httpsAgent, '/', 'sts.stack.invalid')).rejects.toThrow(/altnames|hostname/i)
    } finally {
      httpsAgent.destroy()
    }
  })
})
