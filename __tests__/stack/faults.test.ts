import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { SignCommand, type KMSClient } from '@aws-sdk/client-kms'
import { randomBytes } from 'node:crypto'
import { Faults, startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from './sdk-clients.js'

describe('Faults rules', () => {
  it('counts down times, skips afterCalls and matches by action', async () => {
    const faults = new Faults()
    faults.add({
      action: 'Sign',
      afterCalls: 1,
      times: 2,
      fault: { kind: 'error', status: 500, code: 'KMSInternalException' },
    })
    const kinds = []
    for (const action of ['Sign', 'GetPublicKey', 'Sign', 'Sign', 'Sign'])
      kinds.push((await faults.consult(action)).kind)
    expect(kinds).toEqual(['proceed', 'proceed', 'error', 'error', 'proceed'])
  })

  it('never fires at probability 0 and always at 1', async () => {
    const faults = new Faults()
    faults.add({ probability: 0, fault: { kind: 'drop' } })
    expect((await faults.consult('Sign')).kind).toBe('proceed')
    faults.add({ action: '*', probability: 1, fault: { kind: 'drop' } })
    expect((await faults.consult('Sign')).kind).toBe('drop')
    faults.clear()
    expect((await faults.consult('Sign')).kind).toBe('proceed')
  })

  it('throttles only the configured action with a one-second token bucket', async () => {
    const faults = new Faults({ throttledAction: 'Sign' })
    faults.throttleAboveRps = 3
    const outcomes = []
    for (let i = 0; i < 5; i += 1) outcomes.push(await faults.consult('Sign'))
    expect(outcomes.map((outcome) => outcome.kind)).toEqual([
      'proceed',
      'proceed',
      'proceed',
      'error',
      'error',
    ])
    expect(outcomes[4]).toEqual({
      kind: 'error',
      status: 400,
      code: 'ThrottlingException',
      message: 'Rate exceeded',
    })
    expect((await faults.consult('GetPublicKey')).kind).toBe('proceed')
  })
})

describe('faults over HTTP, as the SDK meets them', () => {
  let seed: DefaultStack
  let kms: KMSClient
  const sign = (client = kms) =>
    client.send(
      new SignCommand({
        KeyId: seed.key.alias,
        Message: randomBytes(32),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    )

  beforeAll(async () => {
    seed = await startDefaultStack()
    kms = kmsClient(seed.stack, webIdentityCredentials(seed.stack, seed.role.arn))
    await sign() // credentials fetched once, outside the measured calls
  })

  beforeEach(() => {
    seed.stack.kms.faults.clear()
    seed.stack.log.clear()
  })

  afterAll(async () => {
    kms.destroy()
    await seed.stack.stop()
  })

  it('throttles Sign above the configured rate with 400 ThrottlingException', async () => {
    seed.stack.kms.faults.throttleAboveRps = 2
    const results = await Promise.allSettled([sign(), sign(), sign(), sign(), sign()])
    const rejected = results.filter((result) => result.status === 'rejected')
    expect(rejected.length).toBeGreaterThanOrEqual(3)
    expect(
      seed.stack.log.count({ action: 'Sign', status: 400, errorCode: 'ThrottlingException' }),
    ).toBe(rejected.length)
    expect(await sdkError(sign())).toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      status: 400,
    })
  })

  it('injects an error the SDK retries, with attempts in the log', async () => {
    seed.stack.kms.faults.add({
      action: 'Sign',
      times: 1,
      fault: { kind: 'error', status: 500, code: 'KMSInternalException' },
    })
    const retrying = kmsClient(seed.stack, webIdentityCredentials(seed.stack, seed.role.arn), {
      maxAttempts: 3,
    })
    try {
      await expect(sign(retrying)).resolves.toHaveProperty('Signature')
    } finally {
      retrying.destroy()
    }
    const signs = seed.stack.log.entries.filter((entry) => entry.action === 'Sign')
    expect(signs.map(({ attempt, status, errorCode }) => ({ attempt, status, errorCode }))).toEqual(
      [
        { attempt: 1, status: 500, errorCode: 'KMSInternalException' },
        { attempt: 2, status: 200, errorCode: undefined },
      ],
    )
  })

  it('drops the connection without an answer', async () => {
    seed.stack.kms.faults.add({ action: 'Sign', times: 1, fault: { kind: 'drop' } })
    const error = await sdkError(sign())
    expect(error.status).toBeUndefined()
    expect(
      seed.stack.log.count({ action: 'Sign', status: 0, errorCode: 'ConnectionDropped' }),
    ).toBe(1)
    await expect(sign()).resolves.toHaveProperty('Signature')
  })

  it('adds latency and delay rules to every matching call', async () => {
    seed.stack.kms.faults.latencyMs = 100
    seed.stack.kms.faults.add({ action: 'Sign', times: 1, fault: { kind: 'delay', ms: 100 } })
    const started = performance.now()
    await sign()
    expect(performance.now() - started).toBeGreaterThanOrEqual(195)
  })

  it('injects STS errors too', async () => {
    seed.stack.sts.faults.add({
      times: 1,
      fault: {
        kind: 'error',
        status: 400,
        code: 'IDPCommunicationError',
        message: 'Could not reach the IdP',
      },
    })
    const error = await sdkError(webIdentityCredentials(seed.stack, seed.role.arn)())
    expect(error).toMatchObject({
      name: 'IDPCommunicationErrorException',
      status: 400,
      message: 'Could not reach the IdP',
    })
    expect(seed.stack.log.count({ service: 'sts', errorCode: 'IDPCommunicationError' })).toBe(1)
  })
})
