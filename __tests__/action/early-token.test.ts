import { describe, expect, it } from '@jest/globals'
import { EARLY_TOKEN_MAX_AGE_MS, tokenAskedEarly } from '../../src/action/early-token.js'
import type { TokenSource } from '../../src/aws/web-identity-credentials.js'

/** A token endpoint that numbers its tokens and remembers each audience asked for. */
function endpoint(fail?: Error): TokenSource & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    token: async (audience) => {
      asked.push(audience)
      if (fail) throw fail
      return `token-${asked.length}-${audience}`
    },
  }
}

describe('tokenAskedEarly', () => {
  it('asks for the token before anyone needs it, and hands that token to the first caller', async () => {
    const source = endpoint()
    const tokens = tokenAskedEarly(source, 'sts.amazonaws.com')
    expect(source.asked).toEqual(['sts.amazonaws.com'])
    await expect(tokens.token('sts.amazonaws.com')).resolves.toBe('token-1-sts.amazonaws.com')
    expect(source.asked).toHaveLength(1)
  })

  it('asks again for every later token: a token is never handed out twice', async () => {
    const source = endpoint()
    const tokens = tokenAskedEarly(source, 'sts.amazonaws.com')
    await tokens.token('sts.amazonaws.com')
    await expect(tokens.token('sts.amazonaws.com')).resolves.toBe('token-2-sts.amazonaws.com')
  })

  it('asks anew for another audience, and drops the early token', async () => {
    const source = endpoint()
    const tokens = tokenAskedEarly(source, 'sts.amazonaws.com')
    await expect(tokens.token('other')).resolves.toBe('token-2-other')
    await expect(tokens.token('sts.amazonaws.com')).resolves.toBe('token-3-sts.amazonaws.com')
  })

  it('asks anew when the early token is older than the limit', async () => {
    const source = endpoint()
    let clock = 1_000
    const tokens = tokenAskedEarly(source, 'sts.amazonaws.com', { now: () => clock })
    clock += EARLY_TOKEN_MAX_AGE_MS
    await expect(tokens.token('sts.amazonaws.com')).resolves.toBe('token-2-sts.amazonaws.com')
  })

  it("gives the early request's failure to the first caller, not to the process", async () => {
    const refused = new Error('no OIDC token: the job needs permissions: id-token: write')
    const source = endpoint(refused)
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const tokens = tokenAskedEarly(source, 'sts.amazonaws.com')
      await new Promise((resolve) => setTimeout(resolve, 10))
      await expect(tokens.token('sts.amazonaws.com')).rejects.toBe(refused)
      expect(unhandled).toEqual([])
      expect(source.asked).toHaveLength(1)
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})
