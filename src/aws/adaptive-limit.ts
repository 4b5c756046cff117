/**
 * How many Sign calls may be in flight, adapted to what KMS allows (AIMD, as TCP
 * does): a throttled call halves the limit, each success adds 1/limit, so under a
 * quota the run settles just below it instead of hammering KMS, and speeds up
 * again when the throttling stops. Halving happens at most once per cooldown, so a
 * burst of throttles answered together counts as one signal.
 */
export class AdaptiveLimit {
  private current: number
  private inFlight = 0
  private readonly waiting: Array<() => void> = []
  private cooldownUntil = 0

  constructor(
    private readonly max: number,
    private readonly cooldownMs = 250,
    private readonly now: () => number = Date.now,
  ) {
    this.current = max
  }

  get limit(): number {
    return Math.floor(this.current)
  }

  async acquire(): Promise<void> {
    if (this.inFlight < this.limit) {
      this.inFlight++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  release(outcome: 'ok' | 'throttled' | 'failed'): void {
    if (outcome === 'ok') {
      this.current = Math.min(this.max, this.current + 1 / this.current)
    } else if (outcome === 'throttled' && this.now() >= this.cooldownUntil) {
      this.current = Math.max(1, this.current / 2)
      this.cooldownUntil = this.now() + this.cooldownMs
    }
    this.inFlight--
    // Hand freed slots straight to waiters, without letting a newcomer jump the queue.
    while (this.inFlight < this.limit && this.waiting.length > 0) {
      this.inFlight++
      this.waiting.shift()?.()
    }
  }

  /** Run `call` inside a slot, classifying its outcome for the limit. */
  async run<T>(call: () => Promise<T>, isThrottle: (error: unknown) => boolean): Promise<T> {
    await this.acquire()
    try {
      const result = await call()
      this.release('ok')
      return result
    } catch (error) {
      this.release(isThrottle(error) ? 'throttled' : 'failed')
      throw error
    }
  }
}
