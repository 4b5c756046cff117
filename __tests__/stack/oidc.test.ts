import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createPublicKey, createVerify, type JsonWebKey } from 'node:crypto'
import * as core from '@actions/core'
import { startStack, type Stack } from '../../stack/index.js'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stack.stop()
})

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >
}

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('OIDC token endpoint', () => {
  it('serves @actions/core getIDToken with the requested audience', async () => {
    const env = stack.env()
    const saved = { ...process.env }
    Object.assign(process.env, env)
    // getIDToken registers the token as a secret with '::add-mask::' on stdout
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const token = await core.getIDToken('sts.amazonaws.com')
      expect(claimsOf(token)).toMatchObject({
        iss: stack.oidc.issuer,
        aud: 'sts.amazonaws.com',
        sub: 'repo:imboard-ai/dossier-sign:ref:refs/heads/main',
        repository: 'imboard-ai/dossier-sign',
        runner_environment: 'github-hosted',
      })
      expect(stack.oidc.issuedTokens).toContain(token)
      expect(
        stack.log.count({
          service: 'oidc',
          action: 'GetIdToken',
          status: 200,
          audience: 'sts.amazonaws.com',
        }),
      ).toBe(1)
    } finally {
      write.mockRestore()
      process.env = saved
    }
  })

  it('keeps ?api-version in the request URL so &audience= can be appended', () => {
    expect(
      new URL(stack.env().ACTIONS_ID_TOKEN_REQUEST_URL ?? '').searchParams.get('api-version'),
    ).toBe('2.0')
  })

  it('rejects a missing or wrong bearer with 401', async () => {
    const url = `${stack.env().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`
    expect((await getJson(url)).status).toBe(401)
    expect((await getJson(url, { authorization: 'Bearer nope' })).status).toBe(401)
    expect(stack.log.count({ action: 'GetIdToken', status: 401, errorCode: 'Unauthorized' })).toBe(
      2,
    )
  })

  it('defaults the audience to https://github.com/<owner> and merges claim defaults', async () => {
    stack.oidc.claims.environment = 'production'
    stack.oidc.claims.sub = 'repo:imboard-ai/dossier-sign:environment:production'
    try {
      const { body } = await getJson(stack.env().ACTIONS_ID_TOKEN_REQUEST_URL ?? '', {
        authorization: `Bearer ${stack.oidc.requestToken}`,
      })
      const claims = claimsOf(String(body.value))
      expect(claims).toMatchObject({
        aud: 'https://github.com/imboard-ai',
        environment: 'production',
      })
      expect(claims.sub).toBe('repo:imboard-ai/dossier-sign:environment:production')
      const { iat, nbf, exp } = claims as { iat: number; nbf: number; exp: number }
      expect(exp - iat).toBe(300)
      expect(nbf).toBe(iat)
    } finally {
      delete stack.oidc.claims.environment
      stack.oidc.claims.sub = 'repo:imboard-ai/dossier-sign:ref:refs/heads/main'
    }
  })

  it('publishes discovery and JWKS documents that verify its tokens', async () => {
    const configuration = await getJson(`${stack.oidc.issuer}/.well-known/openid-configuration`)
    expect(configuration.body).toMatchObject({
      issuer: stack.oidc.issuer,
      id_token_signing_alg_values_supported: ['RS256'],
    })
    const jwks = await getJson(String(configuration.body.jwks_uri))
    const [jwk] = jwks.body.keys as Array<JsonWebKey & { kid: string }>
    const token = stack.oidc.mintToken({ run_id: '7' })
    const [header = '', payload = '', signature = ''] = token.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      typ: 'JWT',
      alg: 'RS256',
      kid: jwk?.kid,
    })
    const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' })
    expect(
      createVerify('sha256')
        .update(`${header}.${payload}`)
        .verify(key, Buffer.from(signature, 'base64url')),
    ).toBe(true)
    expect(claimsOf(token).run_id).toBe('7')
  })

  it('answers injected faults before checking anything', async () => {
    stack.oidcFaults.add({
      action: 'GetIdToken',
      times: 1,
      fault: { kind: 'error', status: 503, code: 'ServiceUnavailable' },
    })
    const url = stack.env().ACTIONS_ID_TOKEN_REQUEST_URL ?? ''
    const headers = { authorization: `Bearer ${stack.oidc.requestToken}` }
    expect((await getJson(url, headers)).status).toBe(503)
    expect((await getJson(url, headers)).status).toBe(200)
  })
})
