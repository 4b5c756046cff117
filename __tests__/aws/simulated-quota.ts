import { AdaptiveLimit, type PacingClock } from '../../src/aws/adaptive-limit.js'
import { DEFAULT_RETRY_POLICY, withRetry, type RetryClock } from '../../src/aws/retry-policy.js'

/**
 * Deterministic simulated time: timers fire in order, and after each one every promise
 * it settled runs to completion before time moves on. Nothing here waits for real time.
 */
export class SimulatedTime implements PacingClock, RetryClock {
  private t = 0
  private seq = 0
  private readonly timers: Array<{ at: number; seq: number; fire: () => void }> = []

  /** `seed` picks the pseudo-random sequence: runs with one seed are the same run. */
  constructor(private seed = 0x2545f491) {}

  now(): number {
    return this.t
  }

  timer(ms: number, fire: () => void): void {
    this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, fire })
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timer(ms, resolve))
  }

  /** A fixed pseudo-random sequence (xorshift32), so every run is the same run. */
  random(): number {
    this.seed ^= this.seed << 13
    this.seed ^= this.seed >>> 17
    this.seed ^= this.seed << 5
    return (this.seed >>> 0) / 2 ** 32
  }

  /** Run timers until `done` settles. */
  async runUntil(done: Promise<unknown>): Promise<void> {
    let settled = false
    void done.finally(() => (settled = true))
    await flush()
    while (!settled) {
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
      const next = this.timers.shift()
      if (next === undefined) throw new Error('simulation stalled: nothing left to happen')
      this.t = next.at
      next.fire()
      await flush()
    }
  }
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve))

export class Throttled extends Error {
  override name = 'ThrottlingException'
}
export const isThrottle = (e: unknown) => e instanceof Throttled

/**
 * A quota as the stand-in stack keeps it (stack/faults.ts): a bucket of one second of
 * calls, full at the start, refilled continuously; a call is refused on arrival when
 * the bucket is empty, and either answer comes back after the latency (±10%).
 */
export class SimulatedQuota {
  private tokens: number
  private refilledAt = 0
  readonly answers: Array<{ at: number; ok: boolean }> = []
  /** Also refuse this share of calls at random, whatever the rate (not a quota). */
  randomRefusals = 0

  constructor(
    private readonly time: SimulatedTime,
    public perSecond: number,
    private readonly latencyMs: number,
  ) {
    this.tokens = perSecond
  }

  async call(): Promise<void> {
    const now = this.time.now()
    this.tokens = Math.min(
      Math.max(this.perSecond, 1),
      this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond,
    )
    this.refilledAt = now
    const ok = this.tokens >= 1 && this.time.random() >= this.randomRefusals
    if (ok) this.tokens -= 1
    await this.time.sleep(this.latencyMs * (0.9 + 0.2 * this.time.random()))
    this.answers.push({ at: this.time.now(), ok })
    if (!ok) throw new Throttled('Rate exceeded')
  }

  /** Measured as the benchmark does: successes per second from the first answer to the last success. */
  rate(from = -Infinity, to = Infinity): number {
    const answers = this.answers.filter((a) => a.at >= from && a.at <= to)
    const ok = answers.filter((a) => a.ok)
    const first = answers[0]?.at ?? 0
    const last = ok[ok.length - 1]?.at ?? 0
    return last > first ? ((ok.length - 1) * 1000) / (last - first) : 0
  }

  get throttles(): number {
    return this.answers.filter((a) => !a.ok).length
  }
}

/**
 * `calls` Sign calls as KmsCalls makes them: each through the retry policy (throttles
 * bounded by its time budget alone), each attempt through the limit. `paced: false`
 * keeps throttles from the limit, so it only caps calls in flight: a baseline.
 */
export function signAll(
  time: SimulatedTime,
  quota: SimulatedQuota,
  limit: AdaptiveLimit,
  calls: number,
  concurrency: number,
  { paced = true } = {},
): Promise<PromiseSettledResult<void>[]> {
  let next = 0
  const settled: PromiseSettledResult<void>[] = []
  const worker = async () => {
    while (next < calls) {
      next++
      const result = await withRetry(
        () => limit.run(() => quota.call(), paced ? isThrottle : () => false),
        (e) => (isThrottle(e) ? 'throttled' : 'fatal'),
        DEFAULT_RETRY_POLICY,
        time,
      ).then(
        () => ({ status: 'fulfilled' as const, value: undefined }),
        (reason: unknown) => ({ status: 'rejected' as const, reason }),
      )
      settled.push(result)
    }
  }
  return Promise.all(Array.from({ length: concurrency }, worker)).then(() => settled)
}
