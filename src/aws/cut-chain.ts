import type { Refusals } from './quota-estimate.js'

/** Calls, and successes among them, a stretch of sending is read from. */
export const STRETCH_CALLS = 32
export const STRETCH_SUCCESSES = 8
/** Cuts this far apart or less are one chain. */
export const CHAIN_GAP_MS = 2_000
/** An undo that raised the sending rate by less than this says nothing. */
const UNDO_SPEEDUP = 1.25
/** How much slower a chain must have made the sending before it is judged. */
const JUDGED_SLOWDOWN = 1.4
/**
 * A share of refusals under this is no background worth keeping a rate for; over this,
 * it is not taken for background at all: a quota that is far past (a stored burst just
 * spent) can look like one, and sending at the rate that refuses most calls is the
 * worse mistake.
 */
const BACKGROUND_SHARE = 0.05
const MAX_BACKGROUND_SHARE = 0.6
/** Shares over STRETCH_CALLS calls differ by chance by up to this much, or this many deviations. */
const NOISE_MARGIN = 0.1
const NOISE_DEVIATIONS = 2.5

/**
 * Cuts in a row, each made soon after the last: where the rate was, and the calls sent
 * there, before the first.
 */
export interface CutChain {
  from: number
  before: Refusals
  lastCutAt: number
}

/** A chain of cuts undone: when, the rate it had cut to, and the calls sent there. */
export interface UndoneChain {
  at: number
  rate: number
  before: Refusals
}

/**
 * Did the rate go up again without more calls getting through? Refusals that are a
 * share whatever the rate let successes rise with it (at least halfway, on a log
 * scale); a quota that is the limit after all keeps them where they were. An undo
 * that did not raise the rate much (the cap or retries hold the calls back) is no
 * reason to cut again: it costs nothing.
 */
export function undoFailed(before: Refusals, after: Refusals): boolean {
  const speedup = after.perSecond / before.perSecond
  return speedup >= UNDO_SPEEDUP && goodput(after) / goodput(before) < Math.sqrt(speedup)
}

/**
 * Are these refusals not the quota's? A chain of cuts that made the sending at least
 * JUDGED_SLOWDOWN times slower tells. A quota lets the same number of calls through
 * while it is the limit and refuses fewer once it is not; refusals that are not the
 * quota's (another caller's bursts on the same quota, a KMS hiccup) stay the same share
 * whatever the rate, and then slowing down only cost successes. Rates are the ones
 * measured from the calls (cap and retries hold calls back too), and the effects asked
 * for are large, so a stretch of 32 calls is enough to see them.
 */
export function notTheQuotas(chain: CutChain, now: Refusals): boolean {
  const { before } = chain
  if (!readable(before) || !readable(now)) return false
  const slowdown = now.perSecond / before.perSecond
  const lost = goodput(now) / goodput(before)
  return (
    slowdown <= 1 / JUDGED_SLOWDOWN &&
    // Successes fell at least halfway (on a log scale) with the rate...
    lost <= Math.sqrt(slowdown) &&
    // ... and the share refused stayed what it was.
    now.share >= BACKGROUND_SHARE &&
    now.share <= MAX_BACKGROUND_SHARE &&
    Math.abs(now.share - before.share) <= byChance(before.share)
  )
}

/** Has a stretch enough calls, and successes, sent over time, to be read? */
export function readable(calls: Refusals): boolean {
  return (
    calls.answered >= STRETCH_CALLS && calls.successes >= STRETCH_SUCCESSES && calls.perSecond > 0
  )
}

/** Does `share` over STRETCH_CALLS calls stay within chance of a background `background`? */
export function withinBackground(share: number, background: number): boolean {
  return share <= background + byChance(background)
}

/** How far a share measured over STRETCH_CALLS calls strays from the true `share` by chance. */
function byChance(share: number): number {
  const deviation = Math.sqrt((share * (1 - share)) / STRETCH_CALLS)
  return Math.max(NOISE_MARGIN, NOISE_DEVIATIONS * deviation)
}

function goodput(calls: Refusals): number {
  return calls.answered > 0 ? (calls.perSecond * calls.successes) / calls.answered : 0
}
