import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/action/input-error.js'
import { readSettings } from '../../src/action/read-settings.js'
import type { AwsSettings, InputName } from '../../src/action/settings.js'

const ENV = { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' }
const aws = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = ENV) =>
  (readSettings((name) => inputs[name] ?? '', env) as { aws: AwsSettings }).aws
const failure = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = ENV) => {
  try {
    aws(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

const KEY = (partition: string, region: string) =>
  `arn:${partition}:kms:${region}:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const ROLE = (partition: string) => `arn:${partition}:iam::123456789012:role/github-dossier-oidc`
const ED_KEY = 'arn:aws:kms:eu-west-1:123456789012:key/abcd1234-12ab-34cd-56ef-1234567890ab'

describe('the region of a run', () => {
  it("a key ARN's region wins over AWS_REGION and AWS_DEFAULT_REGION set for other steps", () => {
    const env = { ...ENV, AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' }
    expect(aws({ 'kms-key-id': KEY('aws', 'eu-central-1') }, env).region).toBe('eu-central-1')
  })

  it('an explicit aws-region that agrees with the key ARN is fine; one that differs is an error naming both', () => {
    expect(
      aws({ 'kms-key-id': KEY('aws', 'eu-central-1'), 'aws-region': 'eu-central-1' }).region,
    ).toBe('eu-central-1')
    const message = failure({ 'kms-key-id': KEY('aws', 'eu-central-1'), 'aws-region': 'us-east-1' })
    expect(message).toContain('`aws-region` is us-east-1')
    expect(message).toContain('`kms-key-id` is a key in eu-central-1')
    expect(message).toContain('Remove `aws-region`')
  })

  it('aliases and key ids: aws-region, then AWS_REGION, then AWS_DEFAULT_REGION, else an error', () => {
    const env = { ...ENV, AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' }
    expect(aws({ 'kms-key-id': 'alias/k', 'aws-region': 'eu-west-1' }, env).region).toBe(
      'eu-west-1',
    )
    expect(aws({ 'kms-key-id': 'alias/k' }, env).region).toBe('us-west-2')
    expect(
      aws({ 'kms-key-id': 'alias/k' }, { ...ENV, AWS_DEFAULT_REGION: 'ap-south-1' }).region,
    ).toBe('ap-south-1')
    expect(failure({ 'kms-key-id': 'alias/k' })).toContain('`aws-region` is not set')
    expect(failure({ 'kms-key-id': 'alias/k' }, { ...ENV, AWS_REGION: 'moon-1' })).toContain(
      'AWS_REGION "moon-1" is not an AWS region',
    )
  })

  it('the minisign key ARN counts when minisig is written: two regions are an error naming both', () => {
    const inputs = {
      'kms-key-id': KEY('aws', 'us-east-1'),
      'minisign-kms-key-id': ED_KEY,
      formats: 'sig,minisig',
    }
    const message = failure(inputs)
    expect(message).toContain('`kms-key-id` is a key in us-east-1')
    expect(message).toContain('`minisign-kms-key-id` a key in eu-west-1')
    // An alias for kms-key-id takes the minisign key ARN's region.
    expect(
      aws({ ...inputs, 'kms-key-id': 'alias/k' }, { ...ENV, AWS_REGION: 'us-east-1' }).region,
    ).toBe('eu-west-1')
    // Without minisig the minisign key is not used, so it does not count.
    expect(aws({ ...inputs, formats: 'sig' }).region).toBe('us-east-1')
  })

  it.each<[string, string, string]>([
    ['aws-cn', 'cn-north-1', 'sts.amazonaws.com.cn'],
    ['aws-us-gov', 'us-gov-west-1', 'sts.amazonaws.com'],
    ['aws', 'us-east-1', 'sts.amazonaws.com'],
  ])('a %s role defaults the audience to %s', (partition, region, audience) => {
    const settings = aws({
      'kms-key-id': KEY(partition, region),
      'role-to-assume': ROLE(partition),
    })
    expect(settings).toMatchObject({ region, audience })
    expect(
      aws({
        'kms-key-id': KEY(partition, region),
        'role-to-assume': ROLE(partition),
        audience: 'api://custom',
      }).audience,
    ).toBe('api://custom')
  })

  it('a role and a key in different partitions is an error naming both, before any AWS call', () => {
    const message = failure({
      'kms-key-id': KEY('aws', 'us-east-1'),
      'role-to-assume': ROLE('aws-cn'),
    })
    expect(message).toContain(ROLE('aws-cn'))
    expect(message).toContain(KEY('aws', 'us-east-1'))
    expect(message).toContain('partition aws-cn')
  })

  it("a region outside the role's partition is an error naming both", () => {
    const message = failure(
      { 'kms-key-id': 'alias/k', 'role-to-assume': ROLE('aws') },
      { ...ENV, AWS_REGION: 'cn-north-1' },
    )
    expect(message).toContain('AWS_REGION cn-north-1 is in the AWS partition aws-cn')
    expect(message).toContain(ROLE('aws'))
  })

  it('reads the proxy (`http-proxy` over the environment) and the GHES issuer', () => {
    const env = {
      ...ENV,
      HTTPS_PROXY: 'http://env:1',
      GITHUB_SERVER_URL: 'https://ghes.example.com',
    }
    const settings = aws(
      { 'kms-key-id': 'alias/k', 'aws-region': 'us-east-1', 'http-proxy': 'http://in:2' },
      env,
    )
    expect(settings.network.https?.url.host).toBe('in:2')
    expect(settings.oidcIssuer).toBe('https://ghes.example.com/_services/token')
    expect(
      failure({ 'kms-key-id': 'alias/k', 'aws-region': 'us-east-1', 'http-proxy': 'ftp://x' }),
    ).toContain('http-proxy')
  })
})
