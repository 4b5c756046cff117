import { describe, expect, it } from '@jest/globals'
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { randomBytes } from 'node:crypto'
import { attemptFromHeader } from '../../stack/request-log.js'
import { startDefaultStack, startStack } from '../../stack/index.js'
import { kmsClient, STS_AUDIENCE, webIdentityCredentials } from './sdk-clients.js'

describe('startStack', () => {
  it('hands out the env of a runner with id-token: write, on 127.0.0.1', async () => {
    const stack = await startStack()
    try {
      const env = stack.env()
      expect(Object.keys(env).sort()).toEqual([
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'AWS_EC2_METADATA_DISABLED',
        'AWS_ENDPOINT_URL_KMS',
        'AWS_ENDPOINT_URL_STS',
        'AWS_REGION',
        'GITHUB_API_URL',
      ])
      expect(env).toMatchObject({
        AWS_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL_KMS: stack.urls.kms,
      })
      for (const url of Object.values(stack.urls))
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(env.ACTIONS_ID_TOKEN_REQUEST_URL?.startsWith(`${stack.urls.oidc}/`)).toBe(true)
    } finally {
      await stack.stop()
    }
    await expect(fetch(`${stack.urls.kms}/`)).rejects.toThrow()
  })

  it('logs every call with who made it and lists every secret it issued', async () => {
    const { stack, role, key, user } = await startDefaultStack()
    const kms = kmsClient(
      stack,
      webIdentityCredentials(stack, role.arn, { sessionName: 'log-test' }),
      { maxAttempts: 2 },
    )
    try {
      await kms
        .send(
          new SignCommand({
            KeyId: key.alias,
            Message: randomBytes(32),
            MessageType: 'DIGEST',
            SigningAlgorithm: 'ECDSA_SHA_256',
            DryRun: true,
          }),
        )
        .catch(() => undefined)
      const [sts, sign] = stack.log.entries
      expect(sts).toMatchObject({
        service: 'sts',
        action: 'AssumeRoleWithWebIdentity',
        status: 200,
        roleSessionName: 'log-test',
        audience: STS_AUDIENCE,
        attempt: 1,
      })
      expect(sign).toEqual({
        time: expect.any(Number),
        service: 'kms',
        action: 'Sign',
        status: 412,
        errorCode: 'DryRunOperationException',
        keyId: key.alias,
        keyArn: key.arn,
        messageType: 'DIGEST',
        signingAlgorithm: 'ECDSA_SHA_256',
        dryRun: true,
        principal: 'arn:aws:sts::123456789012:assumed-role/github-dossier-oidc/log-test',
        roleSessionName: 'log-test',
        accessKeyId: sts?.accessKeyId,
        attempt: 1,
      })
      expect(stack.log.count({ service: 'kms', roleSessionName: 'log-test' })).toBe(1)

      const secrets = stack.secrets()
      expect(secrets).toEqual(
        expect.arrayContaining([
          stack.oidc.requestToken,
          stack.github.token,
          user.secretAccessKey,
          ...stack.oidc.issuedTokens,
        ]),
      )
      expect(secrets.length).toBe(2 + stack.oidc.issuedTokens.length + 3) // + user secret, session secret and token
      stack.log.clear()
      expect(stack.log.entries).toEqual([])
    } finally {
      kms.destroy()
      await stack.stop()
    }
  })

  it('is found by the SDK through env() alone, as the action will find it', async () => {
    const { stack, role, key } = await startDefaultStack()
    const saved = { ...process.env }
    Object.assign(process.env, stack.env())
    const kms = new KMSClient({
      maxAttempts: 1,
      credentials: fromWebToken({
        roleArn: role.arn,
        webIdentityToken: stack.oidc.mintToken({ aud: STS_AUDIENCE }),
        roleSessionName: 'env-only',
      }),
    })
    try {
      await expect(kms.send(new GetPublicKeyCommand({ KeyId: key.alias }))).resolves.toMatchObject({
        KeyId: key.arn,
      })
      expect(stack.log.count({ service: 'sts', status: 200 })).toBe(1)
    } finally {
      process.env = saved
      kms.destroy()
      await stack.stop()
    }
  })

  it('reads the attempt number from the SDK retry header', () => {
    expect(attemptFromHeader('attempt=3; max=5')).toBe(3)
    expect(attemptFromHeader(['attempt=1; max=3'])).toBe(1)
    expect(attemptFromHeader('max=3')).toBeUndefined()
    expect(attemptFromHeader(undefined)).toBeUndefined()
  })
})
