import { QuotaEstimate, type SentCall } from './quota-estimate.js'
import {
  CHAIN_GAP_MS,
  notTheQuotas,
  readable,
  undoFailed,
  STRETCH_CALLS,
  STRETCH_SUCCESSES,
  withinBackground,
  type CutChain,
  type UndoneChain,
} from './cut-chain.js'

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
/**
 * A cut never goes below the most calls that got through in one second of the run,
 * divided by this: a net under misread refusals. A quota that fell this far since is
 * sent to too fast, and its refusals are retried with backoff.
 */
const FLOOR_DIVISOR = 8
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
 *
 * Not every refusal is the quota's: another caller's bursts on a shared quota or a KMS
 * hiccup refuse a share of calls whatever the rate, and taking each for the quota cuts
 * the rate again and again (30% refused at random: 1.2 signatures/s in simulation, where
 * not pacing made 225/s). So a chain of cuts that slowed the sending by 1.4x or more
 * while the share refused stayed the same and the successes fell with it (cut-chain.ts)
 * is undone, and refusals up to that share are then background, no reason to cut; an
 * undo that gets no more calls through is itself undone.
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
  /** The cuts since the rate last held for CHAIN_GAP_MS. */
  private chain?: CutChain
  /** The last chain undone, until the calls after it show the undo was right. */
  private undone?: UndoneChain
  /** Share of calls refused whatever the rate: what a cut was seen not to lower. */
  private background = 0

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
      this.quota.succeeded(sent, this.clock.now())
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
    const recent = this.quota.refusals({ count: STRETCH_CALLS, successes: STRETCH_SUCCESSES })
    if (this.undone !== undefined && !this.undoHeld(now, this.undone)) return
    if (this.background > 0 && withinBackground(recent.share, this.background)) return
    if (this.chain !== undefined && now - this.chain.lastCutAt > CHAIN_GAP_MS) {
      this.chain = undefined
    }
    if (this.chain !== undefined && notTheQuotas(this.chain, recent)) {
      // Slowing down only cost successes: undo the chain, and let this share be, until
      // the calls at the old rate show more of them getting through.
      this.undone = { at: now, rate: this.rateAt(now), before: recent }
      this.background = recent.share
      this.setRate(now, this.chain.from)
      this.chain = undefined
      return
    }
    const from = this.rateAt(now)
    const sending = Math.min(from, this.quota.sendRate(now))
    const measured = this.quota.perSecond(now)
    if (measured !== undefined) {
      // At or under the measured quota already: the refusal is jitter, or not the
      // quota's; cutting to where the rate is would only stop the probe.
      if (measured * TARGET >= from) return
      this.cut(now, measured * TARGET, measured * TARGET)
    } else if (Number.isFinite(sending) && this.blindCutDue(sent, now)) {
      this.cut(now, sending * BLIND_CUT, sending)
    } else return
    if (this.chain === undefined) {
      this.chain = { from, before: recent, lastCutAt: now }
    } else {
      this.chain.lastCutAt = now
      // Judged against the first stretch with enough calls in it, if the first had not.
      if (!readable(this.chain.before)) this.chain.before = recent
    }
  }

  /**
   * A blind cut waits for a round trip since the last cut (a call sent sooner met the
   * bucket the old rate had emptied, so it says nothing about the new rate) and for a
   * stretch of answers at the new rate: halving once per round trip, with round trips
   * of milliseconds, took the rate to nothing before a second of refusals could show
   * whether they were the quota's, while the probe climbs back over seconds.
   */
  private blindCutDue(sent: SentCall, now: number): boolean {
    if (sent.sentAt - this.cutAt < now - sent.sentAt) return false
    if (this.base === Infinity) return true
    return (
      this.quota.refusals({ count: STRETCH_CALLS, since: this.cutAt }).answered >= STRETCH_CALLS
    )
  }

  private cut(now: number, rate: number, peak: number): void {
    // However the refusals read, never far below what this run has seen get through.
    const floor = this.quota.bestPerSecond / FLOOR_DIVISOR
    this.base = Math.max(MIN_RATE, floor, rate)
    this.peak = Math.max(this.base, peak)
    this.cutAt = now
    this.nextAt = Math.max(this.nextAt, now)
  }

  /**
   * Did undoing a chain of cuts get more calls through? Not when the quota was the
   * limit after all (its stored burst ran out during the chain): then the cuts go back
   * in. Undecided until a stretch of calls went out after the undo.
   */
  private undoHeld(now: number, undone: UndoneChain): boolean {
    const after = this.quota.refusals({
      count: STRETCH_CALLS,
      successes: STRETCH_SUCCESSES,
      since: undone.at,
    })
    if (!readable(after)) return true
    this.undone = undefined
    if (!undoFailed(undone.before, after)) return true
    this.background = 0
    this.setRate(now, undone.rate)
    return false
  }

  private setRate(now: number, rate: number): void {
    this.base = this.peak = rate
    this.cutAt = now
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
