import { describe, expect, it } from '@jest/globals'
import { AdaptiveLimit } from '../../src/aws/adaptive-limit.js'
import { DEFAULT_RETRY_POLICY, withRetry } from '../../src/aws/retry-policy.js'
import { isThrottle, signAll, SimulatedQuota, SimulatedTime, Throttled } from './simulated-quota.js'

/** The action's default `concurrency`, unless a quota times its latency needs more in flight. */
const DEFAULT_CONCURRENCY = 32
const concurrencyFor = (perSecond: number, latencyMs: number) =>
  Math.max(DEFAULT_CONCURRENCY, Math.ceil((1.5 * perSecond * latencyMs) / 1000))

describe('AdaptiveLimit paces Sign calls to the quota', () => {
  const cases = [10, 100, 1000].flatMap((perSecond) =>
    [5, 25, 100].map((latencyMs) => ({ perSecond, latencyMs })),
  )

  it.each(cases)(
    'quota $perSecond/s, latency $latencyMs ms: 1,200 signatures at >= 95% of the quota, <= 0.25 throttles each',
    async ({ perSecond, latencyMs }) => {
      const time = new SimulatedTime()
      const quota = new SimulatedQuota(time, perSecond, latencyMs)
      const concurrency = concurrencyFor(perSecond, latencyMs)
      const limit = new AdaptiveLimit(concurrency, time)
      const run = signAll(time, quota, limit, 1200, concurrency)
      await time.runUntil(run)
      const results = await run
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      expect(quota.rate()).toBeGreaterThanOrEqual(0.95 * perSecond)
      expect(quota.throttles / 1200).toBeLessThanOrEqual(0.25)
    },
    60_000,
  )

  it('finds a quota that rises mid-run', async () => {
    const time = new SimulatedTime()
    const quota = new SimulatedQuota(time, 100, 25)
    const limit = new AdaptiveLimit(DEFAULT_CONCURRENCY, time)
    time.timer(5_000, () => (quota.perSecond = 300))
    const run = signAll(time, quota, limit, 4_000, DEFAULT_CONCURRENCY)
    await time.runUntil(run)
    expect(quota.rate(0, 5_000)).toBeGreaterThanOrEqual(95)
    // Within a few seconds of the rise the probe has found the new quota.
    expect(quota.rate(10_000)).toBeGreaterThanOrEqual(0.9 * 300)
  })

  // Refusals whatever the rate: another caller's bursts on a shared quota, a KMS
  // hiccup. Taking each for the quota halved the rate again and again: with 30% refused
  // at random, 1,000 signatures (concurrency 8, 5 ms) took 808 s (1.2/s) where sending
  // on unpaced took 5 s; 50% refused took 2,563 s. The bound below is the worst of five
  // seeds (measured: 2.2x, median 1.3x); the old pacer fails it by two orders.
  const randomCases = [
    { quotaPerSecond: 1_000_000, share: 0.1 },
    { quotaPerSecond: 1_000_000, share: 0.3 },
    { quotaPerSecond: 1_000_000, share: 0.5 },
    { quotaPerSecond: 100, share: 0.3 },
  ].flatMap((c) => [8, DEFAULT_CONCURRENCY].map((concurrency) => ({ ...c, concurrency })))

  it.each(randomCases)(
    'quota $quotaPerSecond/s with $share of calls also refused at random, concurrency $concurrency: never far slower than not pacing at all',
    async ({ quotaPerSecond, share, concurrency }) => {
      const timeFor = async (seed: number, paced: boolean) => {
        const time = new SimulatedTime(seed)
        const quota = new SimulatedQuota(time, quotaPerSecond, 25)
        quota.randomRefusals = share
        const limit = new AdaptiveLimit(concurrency, time)
        const run = signAll(time, quota, limit, 2_000, concurrency, { paced })
        await time.runUntil(run)
        expect((await run).filter((r) => r.status === 'rejected')).toEqual([])
        return time.now()
      }
      const ratios: number[] = []
      for (let seed = 1; seed <= 5; seed++) {
        ratios.push((await timeFor(seed, true)) / (await timeFor(seed, false)))
      }
      ratios.sort((a, b) => a - b)
      expect(ratios[ratios.length - 1]).toBeLessThanOrEqual(3)
      expect(ratios[2]).toBeLessThanOrEqual(1.5)
    },
    60_000,
  )

  it('keeps every call going out, in turn, when every call is refused; each ends within the retry budget', async () => {
    const time = new SimulatedTime()
    const quota = new SimulatedQuota(time, 0, 25)
    const limit = new AdaptiveLimit(8, time)
    const attempts = Array.from({ length: 8 }, () => 0)
    const run = Promise.allSettled(
      attempts.map((_, file) =>
        withRetry(
          () =>
            limit.run(
              () => ((attempts[file] = (attempts[file] ?? 0) + 1), quota.call()),
              isThrottle,
            ),
          (e) => (isThrottle(e) ? 'throttled' : 'fatal'),
          DEFAULT_RETRY_POLICY,
          time,
        ),
      ),
    )
    await time.runUntil(run)
    const results = await run
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof Throttled)).toBe(
      true,
    )
    // The rate has a floor, and the queue is first come first served: nobody starves.
    expect(Math.min(...attempts)).toBeGreaterThanOrEqual(5)
    expect(limit.rate).toBeGreaterThan(0)
    expect(time.now()).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs + 20_000)
  })
})
