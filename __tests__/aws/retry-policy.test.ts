import { describe, expect, it } from '@jest/globals'
import { AdaptiveLimit } from '../../src/aws/adaptive-limit.js'
import { withRetry, type RetryClock } from '../../src/aws/retry-policy.js'

/** A clock whose sleeps only advance time, recording each wait. */
function fakeClock(random = 1): RetryClock & { waits: number[] } {
  let t = 0
  const waits: number[] = []
  return {
    waits,
    now: () => t,
    random: () => random,
    sleep: async (ms) => void (waits.push(ms), (t += ms)),
  }
}
const policy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000, budgetMs: 60_000 }
const transient = new Error('throttled')
const fatal = new Error('denied')
const retryable = (e: unknown) => e === transient

describe('withRetry', () => {
  it('retries transient errors with capped exponential backoff, then succeeds', async () => {
    const clock = fakeClock()
    let calls = 0
    const result = await withRetry(
      async () => (++calls < 5 ? Promise.reject(transient) : 'ok'),
      retryable,
      policy,
      clock,
    )
    expect(result).toBe('ok')
    expect(clock.waits).toEqual([100, 200, 400, 800])
  })

  it('never retries what cannot succeed later', async () => {
    const clock = fakeClock()
    let calls = 0
    await expect(
      withRetry(async () => (calls++, Promise.reject(fatal)), retryable, policy, clock),
    ).rejects.toBe(fatal)
    expect(calls).toBe(1)
  })

  it('stops at the attempt limit and at the time budget', async () => {
    let calls = 0
    await expect(
      withRetry(async () => (calls++, Promise.reject(transient)), retryable, policy, fakeClock()),
    ).rejects.toBe(transient)
    expect(calls).toBe(6)
    calls = 0
    const tight = { ...policy, budgetMs: 350 }
    await expect(
      withRetry(async () => (calls++, Promise.reject(transient)), retryable, tight, fakeClock()),
    ).rejects.toBe(transient)
    expect(calls).toBe(3) // waits 100 + 200 fit in 350 ms; the next 400 would not
  })

  it('jitters each wait over the whole window (full jitter)', async () => {
    const clock = fakeClock(0.25)
    let calls = 0
    await withRetry(
      async () => (++calls < 4 ? Promise.reject(transient) : 'ok'),
      retryable,
      policy,
      clock,
    )
    expect(clock.waits).toEqual([25, 50, 100])
  })
})

describe('AdaptiveLimit', () => {
  it('bounds calls in flight (before any throttle, the only bound)', async () => {
    const limit = new AdaptiveLimit(3)
    let inFlight = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limit.run(
          async () => {
            peak = Math.max(peak, ++inFlight)
            await new Promise((r) => setTimeout(r, 1))
            inFlight--
          },
          () => false,
        ),
      ),
    )
    expect(peak).toBe(3)
  })
})

describe('withRetry under throttling', () => {
  it('does not count throttles against the attempt limit, only against the time budget', async () => {
    const throttle = new Error('slow down')
    const classify = (e: unknown) =>
      (e === throttle ? 'throttled' : 'fatal') as 'throttled' | 'fatal'
    let calls = 0
    const result = await withRetry(
      async () => (++calls <= 20 ? Promise.reject(throttle) : 'signed'),
      classify,
      policy,
      fakeClock(0.01),
    )
    expect(result).toBe('signed')
    expect(calls).toBe(21)
    calls = 0
    await expect(
      withRetry(
        async () => (calls++, Promise.reject(throttle)),
        classify,
        { ...policy, budgetMs: 2_000 },
        fakeClock(1),
      ),
    ).rejects.toBe(throttle)
    expect(calls).toBeLessThan(20)
  })
})
