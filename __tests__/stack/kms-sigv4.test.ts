import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GetPublicKeyCommand,
  type KMSClient,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-kms'
import type { FinalizeRequestMiddleware } from '@smithy/types'
import { setTimeout as sleep } from 'node:timers/promises'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from './sdk-clients.js'

let seed: DefaultStack
const clients: KMSClient[] = []

beforeAll(async () => {
  seed = await startDefaultStack({ credentialLifetimeSeconds: 1 })
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await seed.stack.stop()
})

function client(
  ...args: Parameters<typeof kmsClient> extends [unknown, ...infer Rest] ? Rest : never
) {
  const created = kmsClient(seed.stack, ...args)
  clients.push(created)
  return created
}

const getPublicKey = (kms: KMSClient) =>
  kms.send(new GetPublicKeyCommand({ KeyId: seed.key.alias }))

/** Rewrites the request after the SDK signed it. */
// type-only: @smithy/types ships with the SDK
type Middleware = FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes>
type SignedRequest = { headers: Record<string, string>; body: Uint8Array | string }

function afterSigning(kms: KMSClient, tamper: (request: SignedRequest) => void) {
  const middleware: Middleware = (next) => (args) => {
    tamper(args.request as SignedRequest)
    return next(args)
  }
  kms.middlewareStack.addRelativeTo(middleware, {
    relation: 'after',
    toMiddleware: 'httpSigningMiddleware',
    name: 'tamper',
  })
  return kms
}

describe('KMS SigV4 verification', () => {
  it('accepts web-identity session credentials and static user keys', async () => {
    const { user, role, key } = seed
    await expect(
      getPublicKey(client(webIdentityCredentials(seed.stack, role.arn))),
    ).resolves.toMatchObject({ KeyId: key.arn })
    await expect(
      getPublicKey(
        client({ accessKeyId: user.accessKeyId, secretAccessKey: user.secretAccessKey }),
      ),
    ).resolves.toMatchObject({ KeyId: key.arn })
    expect(seed.stack.log.entries.at(-1)).toMatchObject({
      principal: user.arn,
      accessKeyId: user.accessKeyId,
      status: 200,
    })
  })

  it('rejects a tampered signature', async () => {
    const kms = afterSigning(client({ ...seed.user }), (request) => {
      request.headers.authorization =
        request.headers.authorization?.replace(/.$/, (c) => (c === '0' ? '1' : '0')) ?? ''
    })
    expect(await sdkError(getPublicKey(kms))).toMatchObject({
      name: 'InvalidSignatureException',
      status: 400,
    })
  })

  it('rejects a body changed after signing', async () => {
    const kms = afterSigning(client({ ...seed.user }), (request) => {
      // same length, so Content-Length still fits: only the signature can catch it
      const { buffer, byteOffset, byteLength } = request.body as Uint8Array
      request.body = Buffer.from(buffer, byteOffset, byteLength)
        .toString()
        .replace('-prod', '-prox')
    })
    const error = await sdkError(getPublicKey(kms))
    expect(error).toMatchObject({ name: 'InvalidSignatureException' })
    expect(error.message).toContain('The request signature we calculated does not match')
  })

  it('rejects a wrong secret, an unknown access key and a missing Authorization', async () => {
    expect(
      await sdkError(
        getPublicKey(
          client({ accessKeyId: seed.user.accessKeyId, secretAccessKey: 'x'.repeat(40) }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidSignatureException',
    })
    const unknown = await sdkError(
      getPublicKey(client({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' })),
    )
    expect(unknown).toEqual({
      name: 'UnrecognizedClientException',
      status: 400,
      message: 'The security token included in the request is invalid.',
    })
    const response = await fetch(seed.stack.urls.kms, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.GetPublicKey',
      },
      body: JSON.stringify({ KeyId: seed.key.alias }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    })
  })

  it('rejects session keys without their session token', async () => {
    const session = await webIdentityCredentials(seed.stack, seed.role.arn)()
    const error = await sdkError(
      getPublicKey(
        client({ accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey }),
      ),
    )
    expect(error.name).toBe('UnrecognizedClientException')
  })

  it('rejects a credential scope for another region', async () => {
    const error = await sdkError(getPublicKey(client({ ...seed.user }, { region: 'eu-west-1' })))
    expect(error).toMatchObject({ name: 'InvalidSignatureException' })
    expect(error.message).toContain('region')
  })

  it('rejects a request signed with a clock 20 minutes off', async () => {
    const error = await sdkError(
      getPublicKey(client({ ...seed.user }, { systemClockOffset: -20 * 60_000 })),
    )
    expect(error).toMatchObject({ name: 'InvalidSignatureException' })
    expect(error.message).toContain('Signature expired')
  })

  it('rejects expired session credentials, and the SDK refreshes them from STS', async () => {
    const provider = webIdentityCredentials(seed.stack, seed.role.arn)
    const session = await provider()
    await sleep(1100)
    const stale = await sdkError(getPublicKey(client(session)))
    expect(stale).toEqual({
      name: 'ExpiredTokenException',
      status: 400,
      message: 'The security token included in the request is expired',
    })

    const stsCalls = seed.stack.log.count({ service: 'sts', status: 200 })
    await expect(getPublicKey(client(provider))).resolves.toMatchObject({ KeyId: seed.key.arn })
    expect(seed.stack.log.count({ service: 'sts', status: 200 })).toBeGreaterThan(stsCalls)
  })
})
