// Shared by the fuzz suites: one fixed seed so CI replays the same cases, and bounded runs.
import { CodedError } from '../../src/errors.js'

/** Fixed for CI; set FUZZ_SEED to explore other cases locally (a failure prints its seed). */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_514)

/** Multiplies every property's runs for a longer local session, e.g. FUZZ_SCALE=20. */
const FUZZ_SCALE = Number(process.env['FUZZ_SCALE'] ?? 1)

/** Parameters for one `fc.assert`: the fixed seed and a bounded number of cases. */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * FUZZ_SCALE)) }
}

/** What a parser did with an input: a value, or a refusal with a code. */
export type Parsed<T> = { value: T } | { refused: CodedError<string> }

/**
 * Run a parser. A return or a `CodedError` with a code passes; anything else thrown is
 * rethrown with its kind named, so fast-check reports the input as a counterexample.
 */
export function parsedOrRefused<T>(parse: () => T): Parsed<T> {
  try {
    return { value: parse() }
  } catch (error) {
    if (error instanceof CodedError && typeof error.code === 'string' && error.code !== '') {
      return { refused: error as CodedError<string> }
    }
    const kind = error instanceof Error ? error.constructor.name : typeof error
    throw new Error(`untyped throw (${kind}): ${String(error)}`, { cause: error })
  }
}
