import { setTimeout as sleep } from 'node:timers/promises'

/**
 * How long to keep trying a call that can succeed later: capped exponential backoff
 * with full jitter (a random wait in [0, min(cap, base * 2^n)]), bounded by an attempt
 * count and a total time budget, so a dead dependency fails the run in bounded time
 * instead of hanging it. Throttling is bounded by the budget alone: it says "later",
 * not "broken", and a file must not fail because KMS was busy for eight tries.
 */
export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  budgetMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
  budgetMs: 120_000,
}

export interface RetryClock {
  now(): number
  sleep(ms: number): Promise<unknown>
  random(): number
}

const REAL_CLOCK: RetryClock = { now: Date.now, sleep: (ms) => sleep(ms), random: Math.random }

/** What to do about an error: give up, retry (counts as an attempt), or retry a throttle. */
export type RetryVerdict = 'fatal' | 'retry' | 'throttled'

/** Run `attempt` until it succeeds, throws something `classify` calls fatal, or the policy runs out. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  classify: (error: unknown) => RetryVerdict | boolean,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  clock: RetryClock = REAL_CLOCK,
): Promise<T> {
  const started = clock.now()
  let failures = 0
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      const verdict = verdictOf(classify(error))
      if (verdict === 'fatal') throw error
      if (verdict === 'retry' && ++failures >= policy.maxAttempts) throw error
      // Backoff grows with every retry, throttles included, and stays capped.
      const delay =
        clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(n - 1, 30))
      if (clock.now() - started + delay > policy.budgetMs) throw error
      await clock.sleep(delay)
    }
  }
}

function verdictOf(v: RetryVerdict | boolean): RetryVerdict {
  if (v === true) return 'retry'
  if (v === false) return 'fatal'
  return v
}
