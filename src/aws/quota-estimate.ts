/** How far back a pair of throttles may reach (past a second it only bounds the quota from below). */
const SPAN_MS = 10_000
/** Successes a pair must enclose before its count is trusted (one token of error in 20: 5%). */
const MIN_SUCCESSES = 20
/** How long a measured quota stands; a quota that shrank is measured again within this. */
const MEMORY_MS = 5_000
/** Calls over which our own sending rate is measured (a count, so it is smooth at any rate). */
const RATE_CALLS = 16

/** Answered calls over a stretch of sending: how fast they went out, how many were refused. */
export interface Refusals {
  answered: number
  successes: number
  /** Share of the answered calls that were throttled. */
  share: number
  /** Calls sent per second over the stretch (0 for fewer than two calls). */
  perSecond: number
}

/** Which answered calls to count: see QuotaEstimate.refusals. */
export interface Stretch {
  count: number
  successes?: number
  since?: number
}

/** One call, by the time it was sent; `outcome` is filled in when it is answered. */
export interface SentCall {
  readonly sentAt: number
  outcome?: 'ok' | 'throttled' | 'failed'
}

/**
 * What a quota lets through, read from the calls themselves. A throttle means the
 * quota's bucket was empty when that call arrived. Between two throttled calls every
 * token that arrived was spent on a call sent in between, so the successes sent between
 * them, over the time between them, is the quota's rate within one token, whatever our
 * own rate was (less only if the bucket overflowed in between, which takes a second of
 * sending too little). The shortest pair that encloses enough successes is used; the
 * estimate kept is the highest of the last few seconds, so a refusal that is not the
 * quota's (a KMS hiccup) cannot talk the rate down round after round.
 */
export class QuotaEstimate {
  /** The last SPAN_MS of calls, in the order they were sent. */
  private readonly calls: SentCall[] = []
  private readonly estimates: Array<{ at: number; perSecond: number }> = []

  /** The most successes answered within one second so far in the run. */
  private bestSecond = 0
  private second = { start: -Infinity, successes: 0 }

  /** Record a success answered at `now`. */
  succeeded(call: SentCall, now: number): void {
    call.outcome = 'ok'
    if (now - this.second.start >= 1000) this.second = { start: now, successes: 0 }
    this.bestSecond = Math.max(this.bestSecond, ++this.second.successes)
  }

  /** The most calls KMS let through in one second of this run. */
  get bestPerSecond(): number {
    return this.bestSecond
  }

  sent(sentAt: number): SentCall {
    const call: SentCall = { sentAt }
    this.calls.push(call)
    while ((this.calls[0]?.sentAt ?? sentAt) < sentAt - SPAN_MS) this.calls.shift()
    return call
  }

  throttled(call: SentCall, now: number): void {
    call.outcome = 'throttled'
    let successes = 0
    for (let i = this.calls.lastIndexOf(call) - 1; i >= 0; i--) {
      const earlier = this.calls[i] as SentCall
      if (earlier.outcome === 'ok') successes++
      else if (earlier.outcome === 'throttled' && successes >= MIN_SUCCESSES) {
        const perSecond = (successes * 1000) / Math.max(1, call.sentAt - earlier.sentAt)
        this.estimates.push({ at: now, perSecond })
        return
      }
    }
  }

  /** Calls per second the quota lets through, if it was measured in the last few seconds. */
  perSecond(now: number): number | undefined {
    while ((this.estimates[0]?.at ?? now) < now - MEMORY_MS) this.estimates.shift()
    if (this.estimates.length === 0) return undefined
    return Math.max(...this.estimates.map((e) => e.perSecond))
  }

  /**
   * Answered calls sent at or after `since`, latest first, back until there are `count`
   * of them and `successes` among them (fewer if the last SPAN_MS has not got them).
   * Calls that failed otherwise are not counted.
   */
  refusals({ count, successes: enough = 0, since = -Infinity }: Stretch): Refusals {
    let answered = 0
    let successes = 0
    let first = Infinity
    let last = -Infinity
    for (let i = this.calls.length - 1; i >= 0 && (answered < count || successes < enough); i--) {
      const call = this.calls[i] as SentCall
      if (call.sentAt < since) break
      if (call.outcome !== 'ok' && call.outcome !== 'throttled') continue
      answered++
      if (call.outcome === 'ok') successes++
      first = Math.min(first, call.sentAt)
      last = Math.max(last, call.sentAt)
    }
    return {
      answered,
      successes,
      share: answered > 0 ? (answered - successes) / answered : 0,
      perSecond: last > first ? ((answered - 1) * 1000) / (last - first) : 0,
    }
  }

  /** Calls we sent per second, lately. */
  sendRate(now: number): number {
    const counted = Math.min(RATE_CALLS, this.calls.length)
    const since = this.calls[this.calls.length - counted]?.sentAt ?? now
    return counted >= 2 && now > since ? (counted * 1000) / (now - since) : Infinity
  }
}
