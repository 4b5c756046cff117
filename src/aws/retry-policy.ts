import { setTimeout as sleep } from 'node:timers/promises'

/**
 * How long to keep trying a call that can succeed later: capped exponential backoff
 * with full jitter (a random wait in [0, min(cap, base * 2^n)]), bounded by both an
 * attempt count and a total time budget, so a dead dependency fails the run in
 * bounded time instead of hanging it.
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

/** Run `attempt` until it succeeds, throws something `retryable` rejects, or the policy runs out. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  retryable: (error: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  clock: RetryClock = REAL_CLOCK,
): Promise<T> {
  const started = clock.now()
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      if (n >= policy.maxAttempts || !retryable(error)) throw error
      const delay = clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1))
      if (clock.now() - started + delay > policy.budgetMs) throw error
      await clock.sleep(delay)
    }
  }
}
