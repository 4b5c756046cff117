import { setTimeout as sleep } from 'node:timers/promises'

export type Fault =
  | { kind: 'error'; status: number; code: string; message?: string }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number }

export interface FaultRule {
  /** operation name to match; '*' or absent matches every call */
  action?: string
  /** how many times the rule fires before it is removed; absent = forever */
  times?: number
  /** chance in [0, 1] that a matching call triggers the rule; absent = always */
  probability?: number
  /** let this many matching calls (counted from when the rule was added) pass first */
  afterCalls?: number
  fault: Fault
}

/** What the service does with a call once latency and delays have been served. */
export type FaultOutcome =
  | { kind: 'proceed' }
  | { kind: 'error'; status: number; code: string; message: string }
  | { kind: 'drop' }

interface ActiveRule extends FaultRule {
  seen: number
}

const PROCEED: FaultOutcome = { kind: 'proceed' }
const THROTTLED: FaultOutcome = {
  kind: 'error',
  status: 400,
  code: 'ThrottlingException',
  message: 'Rate exceeded',
}

/**
 * Per-service fault injector, consulted before a call is handled. Delay rules add up;
 * the first matching error or drop rule decides the call. The token-bucket throttle
 * applies only to `throttledAction` (KMS Sign: the quota the benchmark runs into).
 */
export class Faults {
  latencyMs = 0
  throttleAboveRps?: number
  private rules: ActiveRule[] = []
  private bucket = { rate: 0, tokens: 0, refilledAt: 0 }
  private readonly throttledAction?: string

  constructor(options: { throttledAction?: string } = {}) {
    this.throttledAction = options.throttledAction
  }

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0 })
  }

  /** Removes every rule and resets latency and throttling. */
  clear(): void {
    this.rules = []
    this.latencyMs = 0
    this.throttleAboveRps = undefined
  }

  async consult(action: string): Promise<FaultOutcome> {
    let delayMs = this.latencyMs
    let outcome = this.throttled(action) ? THROTTLED : PROCEED
    for (const rule of [...this.rules]) {
      if (outcome !== PROCEED) break
      if (!this.fires(rule, action)) continue
      const { fault } = rule
      if (fault.kind === 'delay') delayMs += fault.ms
      else if (fault.kind === 'drop') outcome = fault
      else outcome = { ...fault, message: fault.message ?? `Injected ${fault.code}` }
    }
    if (delayMs > 0) await sleep(delayMs)
    return outcome
  }

  private fires(rule: ActiveRule, action: string): boolean {
    if (rule.action !== undefined && rule.action !== '*' && rule.action !== action) return false
    rule.seen += 1
    if (rule.seen <= (rule.afterCalls ?? 0)) return false
    if (rule.probability !== undefined && Math.random() >= rule.probability) return false
    if (rule.times !== undefined) {
      rule.times -= 1
      if (rule.times <= 0) this.rules = this.rules.filter((other) => other !== rule)
    }
    return true
  }

  /** Token bucket holding one second's worth of calls, refilled continuously. */
  private throttled(action: string): boolean {
    const rate = this.throttleAboveRps
    if (rate === undefined || action !== this.throttledAction) return false
    const now = performance.now()
    if (this.bucket.rate !== rate) this.bucket = { rate, tokens: rate, refilledAt: now }
    const refill = ((now - this.bucket.refilledAt) / 1000) * rate
    this.bucket.tokens = Math.min(Math.max(rate, 1), this.bucket.tokens + refill)
    this.bucket.refilledAt = now
    if (this.bucket.tokens < 1) return true
    this.bucket.tokens -= 1
    return false
  }
}
