import { DescribeKeyCommand } from '@aws-sdk/client-kms'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { AwsError } from '../../src/aws/aws-error.js'
import { kmsClientFor } from '../../src/aws/kms-client.js'
import type { ProxyConfig } from '../../src/aws/proxy-config.js'
import { webIdentityCredentials } from '../../src/aws/web-identity-credentials.js'
import { startConnectProxy, type ConnectProxy } from './connect-proxy.js'

/**
 * Where the action's own clients send KMS and STS calls for each AWS variant, resolved by
 * the SDK's endpoint rules and environment, never by the network: KMS requests are caught
 * after signing, before the handler; STS calls are caught by a local proxy that records the
 * CONNECT target and refuses it.
 */
const VARIABLES = [
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_KMS',
  'AWS_ENDPOINT_URL_STS',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
  'AWS_CONFIG_FILE',
  'AWS_PROFILE',
] as const
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))

function setEnv(env: Partial<Record<(typeof VARIABLES)[number], string>>): void {
  for (const name of VARIABLES) delete process.env[name]
  // No shared config file may add an endpoint of its own.
  process.env.AWS_CONFIG_FILE = '/nonexistent/dossier-sign-test-config'
  Object.assign(process.env, env)
}

class Caught extends Error {
  constructor(
    readonly request: {
      protocol: string
      hostname: string
      port?: number
      path: string
      headers: Record<string, string>
    },
  ) {
    super('caught before sending')
  }
}

const DIRECT: ProxyConfig = { noProxy: '' }

/** The URL and SigV4 scope of a KMS DescribeKey from the client the action builds. */
async function kmsRequest(region: string): Promise<{ url: string; scope: string }> {
  const kms = kmsClientFor(region, DIRECT, async () => ({
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  }))
  kms.middlewareStack.add(
    () => async (args) => {
      throw new Caught(args.request as Caught['request'])
    },
    { step: 'finalizeRequest', priority: 'low', name: 'catchSignedRequest' },
  )
  try {
    await kms.send(new DescribeKeyCommand({ KeyId: 'alias/dossier' }))
  } catch (error) {
    if (!(error instanceof Caught)) throw error
    const { protocol, hostname, port, path, headers } = error.request
    const scope = /Credential=[^/]+\/\d{8}\/([^,]+)\/aws4_request/.exec(headers.authorization ?? '')
    return {
      url: `${protocol}//${hostname}${port ? `:${port}` : ''}${path}`,
      scope: scope?.[1] ?? '',
    }
  } finally {
    kms.destroy()
  }
  throw new Error('the request was sent')
}

describe('endpoints the action resolves', () => {
  let proxy: ConnectProxy

  beforeAll(async () => {
    proxy = await startConnectProxy({ refuse: { status: 403, reason: 'Forbidden' } })
  })
  afterAll(() => proxy.close())
  afterEach(() => {
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  /** The host:port STS AssumeRoleWithWebIdentity is sent to, through the recording proxy. */
  async function stsTarget(region: string): Promise<string> {
    const before = proxy.connects.length
    const network: ProxyConfig = {
      https: { url: new URL(proxy.url), source: 'HTTPS_PROXY' },
      http: { url: new URL(proxy.url), source: 'HTTP_PROXY' },
      noProxy: '',
    }
    const credentials = webIdentityCredentials(
      {
        roleArn: 'arn:aws:iam::123456789012:role/r',
        roleSessionName: 's',
        durationSeconds: 900,
        audience: 'sts.amazonaws.com',
        region,
        network,
        oidcIssuer: 'https://token.actions.githubusercontent.com',
      },
      { token: async () => 'e30.e30.sig' },
      { mask: () => undefined },
    )
    const refusal = await credentials().then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(AwsError)
    expect((refusal as AwsError).code).toBe('proxy-refused')
    expect(proxy.connects.length).toBe(before + 1)
    return proxy.connects[before] as string
  }

  it.each<[string, string, Record<string, string>, string, string, string]>([
    [
      'commercial',
      'us-east-1',
      {},
      'https://kms.us-east-1.amazonaws.com/',
      'us-east-1/kms',
      'sts.us-east-1.amazonaws.com:443',
    ],
    [
      'GovCloud',
      'us-gov-west-1',
      {},
      'https://kms.us-gov-west-1.amazonaws.com/',
      'us-gov-west-1/kms',
      'sts.us-gov-west-1.amazonaws.com:443',
    ],
    [
      'China',
      'cn-north-1',
      {},
      'https://kms.cn-north-1.amazonaws.com.cn/',
      'cn-north-1/kms',
      'sts.cn-north-1.amazonaws.com.cn:443',
    ],
    [
      'FIPS',
      'us-east-1',
      { AWS_USE_FIPS_ENDPOINT: 'true' },
      'https://kms-fips.us-east-1.amazonaws.com/',
      'us-east-1/kms',
      'sts-fips.us-east-1.amazonaws.com:443',
    ],
    [
      'GovCloud FIPS',
      'us-gov-west-1',
      { AWS_USE_FIPS_ENDPOINT: 'true' },
      'https://kms-fips.us-gov-west-1.amazonaws.com/',
      'us-gov-west-1/kms',
      'sts.us-gov-west-1.amazonaws.com:443',
    ],
    [
      'VPC interface endpoints per service',
      'eu-west-1',
      {
        AWS_ENDPOINT_URL_KMS: 'https://vpce-0a1b2c3d-kms.kms.eu-west-1.vpce.amazonaws.com',
        AWS_ENDPOINT_URL_STS: 'https://vpce-0a1b2c3d-sts.sts.eu-west-1.vpce.amazonaws.com',
      },
      'https://vpce-0a1b2c3d-kms.kms.eu-west-1.vpce.amazonaws.com/',
      'eu-west-1/kms',
      'vpce-0a1b2c3d-sts.sts.eu-west-1.vpce.amazonaws.com:443',
    ],
    [
      'one endpoint for every service (AWS_ENDPOINT_URL)',
      'eu-west-1',
      { AWS_ENDPOINT_URL: 'https://aws-gateway.internal.example:8443' },
      'https://aws-gateway.internal.example:8443/',
      'eu-west-1/kms',
      'aws-gateway.internal.example:8443',
    ],
  ])('%s (%s): KMS and STS endpoints', async (_name, region, env, kmsUrl, scope, sts) => {
    setEnv(env)
    expect(await kmsRequest(region)).toEqual({ url: kmsUrl, scope })
    expect(await stsTarget(region)).toBe(sts)
  })

  it('a service-specific endpoint wins over AWS_ENDPOINT_URL; the other service keeps its own', async () => {
    setEnv({
      AWS_ENDPOINT_URL: 'https://aws-gateway.internal.example',
      AWS_ENDPOINT_URL_KMS: 'https://vpce-kms.example',
    })
    expect((await kmsRequest('us-east-1')).url).toBe('https://vpce-kms.example/')
    expect(await stsTarget('us-east-1')).toBe('aws-gateway.internal.example:443')
  })

  it('the proxy refusal names the proxy and the fix', async () => {
    setEnv({})
    const network: ProxyConfig = {
      https: { url: new URL(proxy.url.replace('//', '//ops:hunter2@')), source: 'HTTPS_PROXY' },
      noProxy: '',
    }
    const kms = kmsClientFor('us-east-1', network, async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
    }))
    const error = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/dossier' })).then(
      () => undefined,
      (e: unknown) => e,
    )
    kms.destroy()
    expect(error).toBeInstanceOf(AwsError)
    const message = (error as AwsError).message
    expect(message).toContain(
      `The proxy ${proxy.url} (HTTPS_PROXY) refused to open a tunnel to kms.us-east-1.amazonaws.com:443 (403 Forbidden)`,
    )
    expect(message).toContain('NO_PROXY')
    expect(message).not.toContain('hunter2')
  })
})
