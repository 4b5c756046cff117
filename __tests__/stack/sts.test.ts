import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startStack, type Stack } from '../../stack/index.js'
import { sdkError, STS_AUDIENCE, webIdentityCredentials } from './sdk-clients.js'

const ROLE_ARN = 'arn:aws:iam::123456789012:role/github-dossier-oidc'
const SHORT_ROLE_ARN = 'arn:aws:iam::123456789012:role/short-sessions'
let stack: Stack

beforeAll(async () => {
  stack = await startStack()
  stack.iam.addRole({ arn: ROLE_ARN, subjectPattern: 'repo:imboard-ai/*' })
  stack.iam.addRole({
    arn: SHORT_ROLE_ARN,
    subjectPattern: 'repo:imboard-ai/dossier-sign:ref:refs/heads/ma?n',
    maxSessionSeconds: 1800,
  })
})

afterAll(async () => {
  await stack.stop()
})

const assume = (roleArn: string, options: Parameters<typeof webIdentityCredentials>[2] = {}) =>
  webIdentityCredentials(stack, roleArn, options)()

async function postSts(params: Record<string, string>) {
  const response = await fetch(stack.urls.sts, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      ...params,
    }),
  })
  return { status: response.status, body: await response.text() }
}

describe('STS AssumeRoleWithWebIdentity', () => {
  it('issues session credentials the SDK parses', async () => {
    const before = Date.now()
    const credentials = await assume(ROLE_ARN, {
      sessionName: 'dossier-sign-run-1',
      durationSeconds: 900,
    })
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(credentials.secretAccessKey).toHaveLength(40)
    expect(credentials.sessionToken?.length).toBeGreaterThan(100)
    const lifetime = (credentials.expiration?.getTime() ?? 0) - before
    expect(lifetime).toBeGreaterThan(898_000)
    expect(lifetime).toBeLessThanOrEqual(901_000)
    expect(stack.secrets()).toEqual(
      expect.arrayContaining([credentials.secretAccessKey, credentials.sessionToken]),
    )
    const entry = stack.log.entries.at(-1)
    expect(entry).toMatchObject({
      service: 'sts',
      action: 'AssumeRoleWithWebIdentity',
      status: 200,
      roleSessionName: 'dossier-sign-run-1',
      audience: STS_AUDIENCE,
      principal: 'arn:aws:sts::123456789012:assumed-role/github-dossier-oidc/dossier-sign-run-1',
      accessKeyId: credentials.accessKeyId,
    })
  })

  it('answers the exact AWS XML document', async () => {
    const token = stack.oidc.mintToken({ aud: STS_AUDIENCE })
    const { status, body } = await postSts({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'xml',
      WebIdentityToken: token,
    })
    expect(status).toBe(200)
    expect(body).toMatch(
      /^<AssumeRoleWithWebIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">/,
    )
    for (const element of [
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
      'AssumedRoleId',
      'Provider',
      'RequestId',
    ]) {
      expect(body).toContain(`<${element}>`)
    }
    expect(body).toContain(
      '<SubjectFromWebIdentityToken>repo:imboard-ai/dossier-sign:ref:refs/heads/main</SubjectFromWebIdentityToken>',
    )
    expect(body).toContain(
      '<Arn>arn:aws:sts::123456789012:assumed-role/github-dossier-oidc/xml</Arn>',
    )
    expect(body).toContain(`<Audience>${STS_AUDIENCE}</Audience>`)
    expect(body).toMatch(/<Expiration>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/Expiration>/)
  })

  it('renders errors as ErrorResponse with Type, Code, Message and RequestId', async () => {
    const token = stack.oidc.mintToken({ aud: STS_AUDIENCE, sub: 'repo:evil/fork:pull_request' })
    const { status, body } = await postSts({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'xml',
      WebIdentityToken: token,
    })
    expect(status).toBe(403)
    expect(body).toMatch(
      /<ErrorResponse xmlns="[^"]+">\s*<Error>\s*<Type>Sender<\/Type>\s*<Code>AccessDenied<\/Code>\s*<Message>Not authorized to perform sts:AssumeRoleWithWebIdentity<\/Message>\s*<\/Error>\s*<RequestId>[\w-]+<\/RequestId>\s*<\/ErrorResponse>/,
    )
  })

  it.each([
    [
      'a wrong audience',
      { token: 'aud:https://github.com/imboard-ai' },
      'InvalidIdentityToken/InvalidIdentityTokenException',
      400,
      'Incorrect token audience',
    ],
    [
      'a subject outside the pattern',
      { token: 'sub:repo:someone/else:ref:refs/heads/main' },
      'AccessDenied',
      403,
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ],
    [
      'an unknown role',
      { role: 'arn:aws:iam::123456789012:role/nope' },
      'AccessDenied',
      403,
      'Not authorized',
    ],
    ['an expired token', { token: 'expired' }, 'ExpiredTokenException', 400, 'Token expired'],
    [
      'a malformed token',
      { token: 'malformed' },
      'InvalidIdentityToken/InvalidIdentityTokenException',
      400,
      'malformed',
    ],
    [
      'a forged signature',
      { token: 'forged' },
      'InvalidIdentityToken/InvalidIdentityTokenException',
      400,
      'Signature',
    ],
    [
      'a foreign issuer',
      { token: 'iss:https://token.actions.githubusercontent.com' },
      'InvalidIdentityToken/InvalidIdentityTokenException',
      400,
      'No OpenIDConnect provider found',
    ],
    ['a bad session name', { sessionName: 'has space' }, 'ValidationError', 400, 'roleSessionName'],
    ['a one-letter session name', { sessionName: 'x' }, 'ValidationError', 400, 'roleSessionName'],
    [
      'DurationSeconds below 900',
      { durationSeconds: 899 },
      'ValidationError',
      400,
      'durationSeconds',
    ],
    [
      'DurationSeconds above the role maximum',
      { role: SHORT_ROLE_ARN, durationSeconds: 3600 },
      'ValidationError',
      400,
      'MaxSessionDuration',
    ],
  ] as const)('rejects %s', async (_, variant, code, status, message) => {
    const token = tokenFor('token' in variant ? variant.token : 'good')
    const error = await sdkError(
      assume('role' in variant ? variant.role : ROLE_ARN, {
        token,
        sessionName: 'sessionName' in variant ? variant.sessionName : undefined,
        durationSeconds: 'durationSeconds' in variant ? variant.durationSeconds : undefined,
      }),
    )
    // wire code / the SDK's exception name, where the SDK model renames it
    const [wireCode, sdkName = wireCode] = code.split('/')
    expect(error).toMatchObject({ name: sdkName, status })
    expect(error.message).toContain(message)
    expect(stack.log.entries.at(-1)).toMatchObject({ service: 'sts', status, errorCode: wireCode })
  })

  it('matches ? in the subject pattern as exactly one character', async () => {
    await expect(assume(SHORT_ROLE_ARN)).resolves.toHaveProperty('accessKeyId')
  })
})

/** Tokens for the rejection cases: 'claim:value' overrides one claim. */
function tokenFor(variant: string): string {
  if (variant === 'malformed') return 'not-a-jwt'
  if (variant === 'expired')
    return stack.oidc.mintToken({ aud: STS_AUDIENCE, expiresInSeconds: -5 })
  if (variant === 'forged') {
    const [header, , signature] = stack.oidc.mintToken({ aud: STS_AUDIENCE }).split('.')
    const payload = Buffer.from(
      JSON.stringify({
        iss: stack.oidc.issuer,
        aud: STS_AUDIENCE,
        sub: 'repo:imboard-ai/x',
        exp: 9e9,
      }),
    ).toString('base64url')
    return `${header}.${payload}.${signature}`
  }
  const [claim, ...value] = variant.split(':')
  if (claim === 'good') return stack.oidc.mintToken({ aud: STS_AUDIENCE })
  return stack.oidc.mintToken({ aud: STS_AUDIENCE, [claim ?? '']: value.join(':') })
}
