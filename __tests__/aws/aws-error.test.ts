import { describe, expect, it } from '@jest/globals'
import { awsErrorFrom } from '../../src/aws/aws-error.js'
import { claimsFromJwt } from '../../src/aws/oidc-claims.js'

const sdkError = (name: string, status = 400): Error =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } })

describe('awsErrorFrom', () => {
  // The last column: transient, i.e. retried and not stopping the run.
  it.each<[string, string, string, boolean]>([
    ['kms', 'AccessDeniedException', 'kms-access-denied', false],
    ['kms', 'NotFoundException', 'kms-not-found', false],
    ['kms', 'DisabledException', 'kms-disabled', false],
    ['kms', 'KMSInvalidStateException', 'kms-invalid-state', false],
    ['kms', 'InvalidKeyUsageException', 'kms-invalid-key-usage', false],
    ['kms', 'UnsupportedOperationException', 'kms-invalid-key-usage', false],
    ['kms', 'ValidationException', 'kms-validation', false],
    ['kms', 'ThrottlingException', 'kms-throttled', true],
    ['kms', 'KMSInternalException', 'kms-unavailable', true],
    ['kms', 'ExpiredTokenException', 'credentials-invalid', false],
    ['sts', 'AccessDenied', 'sts-access-denied', false],
    ['sts', 'InvalidIdentityToken', 'sts-invalid-token', false],
    ['sts', 'IDPCommunicationError', 'sts-unavailable', true],
  ])('%s %s -> %s', (service, name, code, transient) => {
    const error = awsErrorFrom(service as 'kms' | 'sts', sdkError(name), (c, m) => `${c}: ${m}`)
    expect(error.code).toBe(code)
    expect(error.awsCode).toBe(name)
    expect(error.isTransient).toBe(transient)
    expect(error.message).toContain(name)
  })

  it('treats an unknown 5xx as the service being unavailable, and socket errors as network', () => {
    expect(awsErrorFrom('kms', sdkError('InternalFailure', 503), (c) => c).code).toBe(
      'kms-unavailable',
    )
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    expect(awsErrorFrom('kms', reset, (c) => c).code).toBe('network')
  })

  it('classifies anything thrown, Error or not', () => {
    expect(awsErrorFrom('kms', 'a string', (c) => c).code).toBe('unexpected')
    expect(awsErrorFrom('kms', undefined, (c) => c).code).toBe('unexpected')
  })
})

describe('claimsFromJwt', () => {
  const jwt = (payload: unknown): string =>
    `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`

  it('reads sub and aud (array audiences joined) without verifying', () => {
    expect(
      claimsFromJwt(
        jwt({ sub: 'repo:o/r:ref:refs/heads/main', aud: ['a', 'b'], repository: 'o/r' }),
      ),
    ).toMatchObject({
      sub: 'repo:o/r:ref:refs/heads/main',
      aud: 'a,b',
      repository: 'o/r',
    })
  })

  it.each(['', 'not-a-jwt', 'a.!!!.c', jwt('string'), jwt(null)])(
    'returns nothing for %j',
    (token) => {
      expect(claimsFromJwt(token).sub).toBeUndefined()
    },
  )
})
