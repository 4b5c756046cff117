import { createVerify, verify, type Verify, type VerifyKeyObjectInput } from 'node:crypto'
import { ALGORITHMS, verifyKeyInput } from '../keys/algorithms.js'
import type { Candidate } from './key-candidates.js'
import { BoundedBuffer, MAX_CANDIDATES, VerifyLimitError } from './verify-limits.js'

/** A candidate whose hash is fed as the file streams by; pure Ed25519 has none. */
interface Check {
  candidate: Candidate
  stream?: { verifier: Verify; keyInput: VerifyKeyObjectInput }
}

/**
 * Checks one signature over a streamed file against every candidate key at once, so
 * the file is read once however many trusted keys might fit.
 */
export class CandidateVerifier {
  private readonly checks: Check[]
  /** Only when a pure Ed25519 candidate needs the whole file. */
  private readonly wholeFile: BoundedBuffer | undefined

  constructor(
    private readonly signature: Buffer,
    candidates: readonly Candidate[],
  ) {
    if (candidates.length > MAX_CANDIDATES) {
      throw new VerifyLimitError(
        'too-many-candidates',
        `cannot be checked: ${candidates.length} trusted key/algorithm pairs could fit it, more than ${MAX_CANDIDATES}; trust fewer keys`,
      )
    }
    this.checks = candidates.map(checkFor)
    const needsWholeFile = this.checks.some((check) => check.stream === undefined)
    this.wholeFile = needsWholeFile ? new BoundedBuffer() : undefined
  }

  update(chunk: Buffer): void {
    for (const check of this.checks) check.stream?.verifier.update(chunk)
    this.wholeFile?.update(chunk)
  }

  /**
   * The first candidate, in key order, that verifies. Throws `file-too-large` only
   * when nothing else verified and an Ed25519 candidate could not be tried.
   */
  finish(): Candidate | undefined {
    let data: Buffer | undefined
    let tooLarge: unknown
    for (const { candidate, stream } of this.checks) {
      if (stream !== undefined) {
        if (verifies(() => stream.verifier.verify(stream.keyInput, this.signature))) {
          return candidate
        }
        continue
      }
      try {
        data ??= (this.wholeFile ?? new BoundedBuffer()).bytes()
      } catch (error) {
        tooLarge = error
        continue
      }
      const file = data
      if (verifies(() => verify(null, file, candidate.key.publicKey, this.signature))) {
        return candidate
      }
    }
    if (tooLarge !== undefined) throw tooLarge
    return undefined
  }
}

function checkFor(candidate: Candidate): Check {
  if (candidate.algorithm === 'ED25519') return { candidate }
  return {
    candidate,
    stream: {
      verifier: createVerify(ALGORITHMS[candidate.algorithm].hash),
      keyInput: verifyKeyInput(candidate.algorithm, candidate.key.publicKey),
    },
  }
}

/** OpenSSL throws on some malformed signatures instead of answering false; both mean no. */
function verifies(check: () => boolean): boolean {
  try {
    return check()
  } catch {
    return false
  }
}
