import {
  createHash,
  createVerify,
  verify,
  type Hash,
  type Verify,
  type VerifyKeyObjectInput,
} from 'node:crypto'
import { ALGORITHMS, verifyKeyInput, type HashName } from '../keys/algorithms.js'
import { decodeRsaSignature, type RsaExpectation } from '../keys/rsa-digest-verify.js'
import type { Candidate } from './key-candidates.js'
import { BoundedBuffer, MAX_CANDIDATES, VerifyLimitError } from './verify-limits.js'

/**
 * How one candidate is checked: RSA from the file's digest (decoded before any byte is
 * read), ECDSA by Node's streaming verifier, pure Ed25519 over the whole file.
 */
type Check =
  | { candidate: Candidate; rsa: RsaExpectation | undefined }
  | { candidate: Candidate; stream: Verify; keyInput: VerifyKeyObjectInput }
  | { candidate: Candidate; wholeFile: true }

/**
 * Checks one signature over a streamed file against every candidate key at once, so
 * the file is read once however many trusted keys might fit, and hashed once per hash
 * the RSA candidates need (each candidate's algorithm fixes it; the signature is decoded
 * against that hash alone) rather than once per candidate. ECDSA candidates still hash
 * on their own: verify mode holds the file in memory (16 MiB at most), where Node's
 * verifier costs less than verifying from the digest in JavaScript (see
 * ECDSA_DIGEST_MIN_BYTES).
 */
export class CandidateVerifier {
  private readonly checks: Check[]
  private readonly hashers = new Map<HashName, Hash>()
  private readonly digests = new Map<HashName, Buffer>()
  /** Only when a pure Ed25519 candidate needs the whole file. */
  private readonly wholeFile: BoundedBuffer | undefined

  /** `alsoHash`: digests the caller wants of the same bytes (sigstore's recorded digest). */
  constructor(
    private readonly signature: Buffer,
    candidates: readonly Candidate[],
    alsoHash: readonly HashName[] = [],
  ) {
    if (candidates.length > MAX_CANDIDATES) {
      throw new VerifyLimitError(
        'too-many-candidates',
        `cannot be checked: ${candidates.length} trusted key/algorithm pairs could fit it, more than ${MAX_CANDIDATES}; trust fewer keys`,
      )
    }
    this.checks = candidates.map((candidate) => checkFor(candidate, signature))
    for (const check of this.checks) if ('rsa' in check && check.rsa) this.hashOf(check.rsa.hash)
    for (const hash of alsoHash) this.hashOf(hash)
    const needsWholeFile = this.checks.some((check) => 'wholeFile' in check)
    this.wholeFile = needsWholeFile ? new BoundedBuffer() : undefined
  }

  update(chunk: Buffer): void {
    for (const hasher of this.hashers.values()) hasher.update(chunk)
    for (const check of this.checks) if ('stream' in check) check.stream.update(chunk)
    this.wholeFile?.update(chunk)
  }

  /** The file's digest under `hash`, which must have been named at construction. */
  digest(hash: HashName): Buffer {
    let digest = this.digests.get(hash)
    if (digest === undefined) {
      const hasher = this.hashers.get(hash)
      if (hasher === undefined) throw new Error(`${hash} was not asked for before the bytes`)
      digest = hasher.digest()
      this.digests.set(hash, digest)
    }
    return digest
  }

  /**
   * The first candidate, in key order, that verifies. Throws `file-too-large` only
   * when nothing else verified and an Ed25519 candidate could not be tried.
   */
  finish(): Candidate | undefined {
    let data: Buffer | undefined
    let tooLarge: unknown
    for (const check of this.checks) {
      const { candidate } = check
      if ('rsa' in check) {
        const rsa = check.rsa
        if (rsa && verifies(() => rsa.matches(this.digest(rsa.hash)))) return candidate
        continue
      }
      if ('stream' in check) {
        if (verifies(() => check.stream.verify(check.keyInput, this.signature))) return candidate
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

  private hashOf(hash: HashName): void {
    if (!this.hashers.has(hash)) this.hashers.set(hash, createHash(hash))
  }
}

function checkFor(candidate: Candidate, signature: Buffer): Check {
  const { algorithm } = candidate
  if (algorithm === 'ED25519') return { candidate, wholeFile: true }
  const { scheme, hash } = ALGORITHMS[algorithm]
  if (scheme === 'ecdsa') {
    const keyInput = verifyKeyInput(algorithm, candidate.key.publicKey)
    return { candidate, stream: createVerify(hash), keyInput }
  }
  return { candidate, rsa: decodeRsaSignature(algorithm, candidate.key.publicKey, signature) }
}

/** OpenSSL throws on some malformed signatures instead of answering false; both mean no. */
function verifies(check: () => boolean): boolean {
  try {
    return check()
  } catch {
    return false
  }
}
