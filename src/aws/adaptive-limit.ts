import { QuotaEstimate, type SentCall } from './quota-estimate.js'

/** Time, and a timer, for the pacer; tests hand in a simulated one. */
export interface PacingClock {
  now(): number
  timer(ms: number, fire: () => void): void
}

const REAL_CLOCK: PacingClock = {
  now: () => performance.now(),
  timer: (ms, fire) => void setTimeout(fire, ms),
}

/** Aim this far under the measured quota, so jitter in arrival times is not refused. */
const TARGET = 0.97
/** Before the quota is measured, a throttle cuts the rate by this much (once per round trip). */
const BLIND_CUT = 0.5
/** Cubic probe: past the peak, the rate doubles this long after the last throttle. */
const PROBE_DOUBLING_MS = 4_000
/** The rate never falls below this, so calls keep going out when every one is refused. */
const MIN_RATE = 0.5
/** Calls the schedule may catch up at once after a stall (the client bucket's depth). */
const BURST_CALLS = 2

/**
 * Paces Sign calls to what KMS allows: a token bucket whose rate is the quota measured
 * from the calls themselves (QuotaEstimate), plus a cap on calls in flight. Before the
 * first throttle only the cap applies; a throttle sets the rate just under the measured
 * quota (before there is a measurement, it halves what was being sent, once per round
 * trip); without throttles the rate probes upward along CUBIC's curve, slowly near the
 * quota and faster the longer it holds, so a quota that rises is found again. An
 * AIMD limit on calls in flight (what this replaced) halves on every throttle and climbs
 * back by one per round, so it swings around the quota: 87% of it with 0.74 throttles
 * per signature, measured. Calls wait in one queue, first come first served.
 */
export class AdaptiveLimit {
  private inFlight = 0
  private readonly waiting: Array<() => void> = []
  private readonly quota = new QuotaEstimate()
  /** The rate after the last throttle; Infinity until the first. */
  private base = Infinity
  /** The rate the probe climbs back to before it goes past: the rate cut from. */
  private peak = Infinity
  private cutAt = 0
  /** When the next call may go out (the token bucket, kept as a schedule). */
  private nextAt = -Infinity
  private timerAt?: number

  constructor(
    private readonly max: number,
    private readonly clock: PacingClock = REAL_CLOCK,
  ) {}

  /** Calls in flight at most. */
  get limit(): number {
    return this.max
  }

  /** Calls per second allowed now; Infinity while KMS has not throttled. */
  get rate(): number {
    return this.rateAt(this.clock.now())
  }

  /** Run `call` once it is its turn, feeding its outcome to the pacing. */
  async run<T>(call: () => Promise<T>, isThrottle: (error: unknown) => boolean): Promise<T> {
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve)
      this.pump()
    })
    const sent = this.quota.sent(this.clock.now())
    try {
      const result = await call()
      sent.outcome = 'ok'
      return result
    } catch (error) {
      if (isThrottle(error)) this.throttled(sent)
      else sent.outcome = 'failed'
      throw error
    } finally {
      this.inFlight--
      this.pump()
    }
  }

  private throttled(sent: SentCall): void {
    const now = this.clock.now()
    this.quota.throttled(sent, now)
    const measured = this.quota.perSecond(now)
    if (measured !== undefined) {
      this.cut(now, measured * TARGET, measured * TARGET)
    } else if (sent.sentAt - this.cutAt >= now - sent.sentAt) {
      // Blind: a call sent less than a round trip after a cut met the bucket the old
      // rate had emptied, so it says nothing about the new rate.
      const sending = Math.min(this.rateAt(now), this.quota.sendRate(now))
      if (Number.isFinite(sending)) this.cut(now, sending * BLIND_CUT, sending)
    }
  }

  private cut(now: number, rate: number, peak: number): void {
    this.base = Math.max(MIN_RATE, rate)
    this.peak = Math.max(this.base, peak)
    this.cutAt = now
    this.nextAt = Math.max(this.nextAt, now)
  }

  /**
   * CUBIC's curve: back up to the peak (quickly at first, then slowly), flat near it,
   * then faster and faster past it. After a measured cut the peak is the rate itself.
   */
  private rateAt(now: number): number {
    if (this.base === Infinity) return Infinity
    const flatAt = Math.cbrt(1 - this.base / this.peak)
    const probed = this.peak * (1 + ((now - this.cutAt) / PROBE_DOUBLING_MS - flatAt) ** 3)
    // Never probe far past what is actually sent: a rate that nothing uses proves nothing.
    const ceiling = Math.max(this.base, 2 * this.quota.sendRate(now))
    return Math.min(probed, ceiling)
  }

  /** Let waiting calls go while a slot and a token are free; wake up when the next token is. */
  private pump(): void {
    while (this.waiting.length > 0 && this.inFlight < this.max) {
      const now = this.clock.now()
      const rate = this.rateAt(now)
      if (rate !== Infinity) {
        const interval = 1000 / rate
        const start = Math.max(this.nextAt, now - BURST_CALLS * interval)
        if (start > now) {
          this.wakeAt(start)
          return
        }
        this.nextAt = start + interval
      }
      this.inFlight++
      this.waiting.shift()?.()
    }
  }

  private wakeAt(at: number): void {
    if (this.timerAt !== undefined && this.timerAt <= at) return
    this.timerAt = at
    this.clock.timer(at - this.clock.now(), () => {
      if (this.timerAt === at) this.timerAt = undefined
      this.pump()
    })
  }
}
