import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AwsError } from '../../src/aws/aws-error.js'
import { webIdentityCredentials } from '../../src/aws/web-identity-credentials.js'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'

/** A token from a GitHub Enterprise Server, sent to an account that trusts another issuer. */
describe('STS refusing a GitHub Enterprise Server token', () => {
  let ctx: DefaultStack
  const GHES = 'https://ghes.example.com/_services/token'

  beforeAll(async () => {
    ctx = await startDefaultStack()
  })
  afterAll(() => ctx?.stack.stop())

  it("names the token's GHES issuer as the IAM OIDC provider to create", async () => {
    const previous = process.env.AWS_ENDPOINT_URL_STS
    process.env.AWS_ENDPOINT_URL_STS = ctx.stack.urls.sts
    try {
      const credentials = webIdentityCredentials(
        {
          roleArn: ctx.role.arn,
          roleSessionName: 'ghes',
          durationSeconds: 900,
          audience: 'sts.amazonaws.com',
          region: 'us-east-1',
          network: { noProxy: '' },
          oidcIssuer: GHES,
        },
        { token: async (aud) => ctx.stack.oidc.mintToken({ iss: GHES, aud }) },
        { mask: () => undefined },
      )
      const error = await credentials().then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(AwsError)
      expect((error as AwsError).code).toBe('sts-invalid-token')
      expect((error as AwsError).message).toContain(`IAM OIDC provider with the URL ${GHES}`)
      expect((error as AwsError).message).not.toContain('githubusercontent')
      expect(ctx.stack.log.count({ service: 'sts' })).toBe(1)
    } finally {
      if (previous === undefined) delete process.env.AWS_ENDPOINT_URL_STS
      else process.env.AWS_ENDPOINT_URL_STS = previous
    }
  })
})
