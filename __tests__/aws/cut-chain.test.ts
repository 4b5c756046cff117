import { describe, expect, it } from '@jest/globals'
import {
  notTheQuotas,
  readable,
  undoFailed,
  withinBackground,
  type CutChain,
} from '../../src/aws/cut-chain.js'
import type { Refusals } from '../../src/aws/quota-estimate.js'

/** 32 answered calls sent at `perSecond`, `refused` of them throttled. */
function stretch(perSecond: number, refused: number, answered = 32): Refusals {
  return { answered, successes: answered - refused, share: refused / answered, perSecond }
}

const chainFrom = (before: Refusals): CutChain => ({ from: 1000, before, lastCutAt: 0 })

describe('a chain of cuts: were the refusals the quota`s?', () => {
  it('refusals at one share whatever the rate, successes halved with it: not the quota', () => {
    // 30% refused at 800/s and at 400/s: 560 successes/s became 280.
    expect(notTheQuotas(chainFrom(stretch(800, 10)), stretch(400, 10))).toBe(true)
  })

  it('a quota that is still the limit: as many successes at half the rate, fewer refusals', () => {
    // 100/s quota: 800/s refuses 28 of 32, 400/s refuses 24 of 32: 100 successes/s both.
    expect(notTheQuotas(chainFrom(stretch(800, 28)), stretch(400, 24))).toBe(false)
  })

  it('a quota crossed on the way down: the refusals stop', () => {
    expect(notTheQuotas(chainFrom(stretch(200, 12)), stretch(100, 1))).toBe(false)
  })

  it('a share that rose while slowing down (a stored burst just spent) is the quota', () => {
    // Before: the quota's burst let most through; after: its rate alone.
    expect(notTheQuotas(chainFrom(stretch(800, 4)), stretch(400, 20))).toBe(false)
  })

  it('most calls refused is never taken for background', () => {
    expect(notTheQuotas(chainFrom(stretch(800, 22)), stretch(400, 22))).toBe(false)
  })

  it('says nothing until the sending is clearly slower, or with too few calls', () => {
    expect(notTheQuotas(chainFrom(stretch(800, 10)), stretch(700, 10))).toBe(false)
    expect(notTheQuotas(chainFrom(stretch(800, 10, 20)), stretch(400, 10))).toBe(false)
    expect(notTheQuotas(chainFrom(stretch(800, 10)), stretch(400, 10, 20))).toBe(false)
    // Calls all sent at one instant have no rate.
    expect(notTheQuotas(chainFrom(stretch(0, 10)), stretch(400, 10))).toBe(false)
    expect(readable(stretch(400, 30))).toBe(false)
  })
})

describe('an undone chain: did the old rate get more through?', () => {
  it('refusals that are not the quota`s: successes rise with the rate, the undo holds', () => {
    expect(undoFailed(stretch(400, 10), stretch(800, 10))).toBe(false)
  })

  it('the quota after all: twice the rate, the same successes, the cuts go back in', () => {
    expect(undoFailed(stretch(400, 24), stretch(800, 28))).toBe(true)
  })

  it('a rate that could not rise (the cap or retries held calls back) is no reason to cut', () => {
    expect(undoFailed(stretch(400, 10), stretch(450, 20))).toBe(false)
  })
})

describe('refusals within the background share', () => {
  it('allows for chance over 32 calls, and no more', () => {
    expect(withinBackground(0.3, 0.3)).toBe(true)
    expect(withinBackground(0.5, 0.3)).toBe(true)
    expect(withinBackground(0.6, 0.3)).toBe(false)
    expect(withinBackground(0.1, 0.05)).toBe(true)
    expect(withinBackground(0.2, 0.05)).toBe(false)
  })
})
