import { CodedError } from '../errors.js'

/** A proxy URL and where it was set, so a message can name what to change. */
export interface ProxyEndpoint {
  url: URL
  /** `http-proxy` (the input), `HTTPS_PROXY`, `https_proxy`, `HTTP_PROXY` or `http_proxy`. */
  source: string
}

/**
 * How the AWS calls reach the network: the proxy for https and for http endpoints, and
 * the hosts that bypass it. Read once, the way @actions/http-client reads it for the
 * GitHub calls, so one runner configuration serves both.
 */
export interface ProxyConfig {
  https?: ProxyEndpoint
  http?: ProxyEndpoint
  /** NO_PROXY / no_proxy as written: comma-separated hosts, `.suffix`es, `host:port`s or `*`. */
  noProxy: string
}

export class ProxyConfigError extends CodedError<'invalid-proxy-url'> {}

/**
 * The `http-proxy` input wins over the environment for both schemes (as in
 * aws-actions/configure-aws-credentials); otherwise https endpoints use
 * `https_proxy` then `HTTPS_PROXY`, http endpoints `http_proxy` then `HTTP_PROXY`, the
 * precedence of @actions/http-client.
 */
export function proxyConfigFrom(input: string, env: NodeJS.ProcessEnv): ProxyConfig {
  const noProxy = env.no_proxy || env.NO_PROXY || ''
  if (input !== '') {
    const proxy = endpoint(input, 'http-proxy')
    return { https: proxy, http: proxy, noProxy }
  }
  const first = (...names: string[]): ProxyEndpoint | undefined => {
    const name = names.find((n) => (env[n] ?? '') !== '')
    return name === undefined ? undefined : endpoint(env[name] as string, name)
  }
  return {
    https: first('https_proxy', 'HTTPS_PROXY'),
    http: first('http_proxy', 'HTTP_PROXY'),
    noProxy,
  }
}

/** The proxy a request to `target` goes through, or undefined when it goes direct. */
export function proxyFor(target: URL, config: ProxyConfig): ProxyEndpoint | undefined {
  const proxy = target.protocol === 'https:' ? config.https : config.http
  if (proxy === undefined || bypassesProxy(target, config.noProxy)) return undefined
  return proxy
}

/**
 * @actions/http-client's `checkBypass`: loopback always goes direct (a proxy cannot reach
 * the runner's own loopback); otherwise a NO_PROXY entry matches the host or `host:port`
 * exactly, as a domain suffix (`example.com` and `.example.com` both match
 * `kms.example.com`), or `*` matches everything. Case-insensitive.
 */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.toUpperCase()
  if (host === '') return false
  if (isLoopback(host)) return true
  const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80'
  const names = [host, `${host}:${port}`]
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '')
    .some(
      (entry) =>
        entry === '*' ||
        names.some(
          (name) =>
            name === entry ||
            name.endsWith(`.${entry}`) ||
            (entry.startsWith('.') && name.endsWith(entry)),
        ),
    )
}

/** The proxy as a message may show it: scheme, host and port, never `user:password@`. */
export function displayProxy(proxy: ProxyEndpoint): string {
  return `${proxy.url.protocol}//${proxy.url.host} (${proxy.source})`
}

/** The proxy's credentials, as written and decoded: the runner must mask both. */
export function proxySecrets(config: ProxyConfig): string[] {
  const secrets = new Set<string>()
  for (const proxy of [config.https, config.http]) {
    if (proxy === undefined || proxy.url.password === '') continue
    secrets.add(proxy.url.password)
    secrets.add(decodedUserinfo(proxy.url.password))
  }
  return [...secrets]
}

/** A URL's user or password, percent-decoded; left as written when it is not valid encoding. */
export function decodedUserinfo(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function isLoopback(upperHost: string): boolean {
  return (
    upperHost === 'LOCALHOST' ||
    upperHost.startsWith('127.') ||
    upperHost.startsWith('[::1]') ||
    upperHost.startsWith('[0:0:0:0:0:0:0:1]')
  )
}

function endpoint(text: string, source: string): ProxyEndpoint {
  const trimmed = text.trim()
  // `proxy.corp:3128` without a scheme means an http proxy, as curl and http-client read it.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new ProxyConfigError(
      'invalid-proxy-url',
      `${source} is not a proxy URL: give it as http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT).`,
    )
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new ProxyConfigError(
      'invalid-proxy-url',
      `${source} (${url.protocol}//${url.host}) is not an http:// or https:// proxy URL: give it as http://HOST:PORT.`,
    )
  }
  return { url, source }
}
