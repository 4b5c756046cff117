import { describe, expect, it } from '@jest/globals'
import {
  bypassesProxy,
  displayProxy,
  proxyConfigFrom,
  proxyFor,
  proxySecrets,
  ProxyConfigError,
} from '../../src/aws/proxy-config.js'

const at = (url: string) => new URL(url)

describe('proxy configuration, read as @actions/http-client reads it', () => {
  it('https endpoints use https_proxy, then HTTPS_PROXY; http endpoints http_proxy, then HTTP_PROXY', () => {
    const config = proxyConfigFrom('', {
      https_proxy: 'http://lower-s:1',
      HTTPS_PROXY: 'http://upper-s:2',
      HTTP_PROXY: 'http://upper:3',
    })
    expect(proxyFor(at('https://kms.us-east-1.amazonaws.com'), config)?.url.host).toBe('lower-s:1')
    expect(proxyFor(at('https://kms.us-east-1.amazonaws.com'), config)?.source).toBe('https_proxy')
    expect(proxyFor(at('http://stack.example:4566'), config)?.url.host).toBe('upper:3')
    expect(proxyFor(at('https://x.example'), proxyConfigFrom('', {}))).toBeUndefined()
  })

  it('the `http-proxy` input wins over every variable, for both schemes; NO_PROXY still applies', () => {
    const config = proxyConfigFrom('proxy.corp:3128', {
      HTTPS_PROXY: 'http://env:1',
      HTTP_PROXY: 'http://env:2',
      no_proxy: '.internal',
    })
    expect(proxyFor(at('https://kms.us-east-1.amazonaws.com'), config)?.url.href).toBe(
      'http://proxy.corp:3128/',
    )
    expect(proxyFor(at('http://kms.example'), config)?.source).toBe('http-proxy')
    expect(proxyFor(at('https://vpce.internal'), config)).toBeUndefined()
  })

  it.each<[string, string, boolean]>([
    ['https://kms.us-east-1.amazonaws.com', 'kms.us-east-1.amazonaws.com', true],
    ['https://kms.us-east-1.amazonaws.com', 'amazonaws.com', true],
    ['https://kms.us-east-1.amazonaws.com', '.amazonaws.com', true],
    ['https://KMS.us-east-1.AmazonAWS.com', 'amazonaws.COM', true],
    ['https://kms.us-east-1.amazonaws.com', 'kms.us-east-1.amazonaws.com:443', true],
    ['https://kms.us-east-1.amazonaws.com', 'kms.us-east-1.amazonaws.com:8443', false],
    ['http://stack.example:4566', 'stack.example:4566', true],
    ['http://stack.example', 'stack.example:80', true],
    ['https://kms.us-east-1.amazonaws.com', 'other.com, *', true],
    ['https://kms.us-east-1.amazonaws.com', 'zonaws.com', false],
    ['https://kms.us-east-1.amazonaws.com', '', false],
    ['http://127.0.0.1:4566', '', true],
    ['http://localhost:4566', '', true],
    ['http://[::1]:4566', '', true],
  ])('%s with NO_PROXY "%s" goes direct: %s', (url, noProxy, direct) => {
    expect(bypassesProxy(at(url), noProxy)).toBe(direct)
  })

  it('shows a proxy without its credentials, and hands them to the runner to mask', () => {
    const config = proxyConfigFrom('', { HTTPS_PROXY: 'http://ops:p%40ss%3Aword@proxy.corp:3128' })
    const proxy = config.https as NonNullable<typeof config.https>
    expect(displayProxy(proxy)).toBe('http://proxy.corp:3128 (HTTPS_PROXY)')
    expect(proxySecrets(config).sort()).toEqual(['p%40ss%3Aword', 'p@ss:word'])
    expect(proxySecrets(proxyConfigFrom('', { HTTPS_PROXY: 'http://proxy.corp:3128' }))).toEqual([])
  })

  it('refuses a proxy URL it cannot use, naming where it was set but not its credentials', () => {
    const bad = () => proxyConfigFrom('socks5://ops:hunter2@proxy.corp:1080', {})
    expect(bad).toThrow(ProxyConfigError)
    expect(bad).toThrow(/^http-proxy \(socks5:\/\/proxy\.corp:1080\) is not an http/)
    expect(bad).not.toThrow(/hunter2/)
    expect(() => proxyConfigFrom('', { HTTPS_PROXY: 'http://ops:hunter2@[bad' })).toThrow(
      /^HTTPS_PROXY is not a proxy URL/,
    )
  })
})
