import { CodedError } from '../errors.js'

/**
 * Pure Ed25519 (a `.sig` from an Ed25519 key, a legacy `Ed` minisig) signs the whole
 * file, not a digest, so the file must sit in memory; dossiers are far smaller.
 */
export const MAX_BUFFERED_FILE_BYTES = 64 * 1024 * 1024

/**
 * Every (key, algorithm) pair that could have made a signature hashes the whole file
 * on its own (node:crypto cannot verify a precomputed digest), so bound the work.
 */
export const MAX_CANDIDATES = 128

export type VerifyLimitCode = 'file-too-large' | 'too-many-candidates'

export class VerifyLimitError extends CodedError<VerifyLimitCode> {}

/** Collects a streamed file up to a limit; past it, keeps nothing and remembers why. */
export class BoundedBuffer {
  private chunks: Buffer[] = []
  private size = 0
  private overflowed = false

  constructor(private readonly limit: number = MAX_BUFFERED_FILE_BYTES) {}

  update(chunk: Buffer): void {
    if (this.overflowed) return
    this.size += chunk.length
    if (this.size > this.limit) {
      this.overflowed = true
      this.chunks = []
      return
    }
    // Copy: callers may reuse their read buffer for the next chunk.
    this.chunks.push(Buffer.from(chunk))
  }

  /** The whole file; throws `file-too-large` when it went past the limit. */
  bytes(): Buffer {
    if (this.overflowed) {
      throw new VerifyLimitError(
        'file-too-large',
        `cannot be checked: its Ed25519 signature covers the whole file, which is over the ${this.limit / (1024 * 1024)} MiB this action holds in memory; sign large files with an ECDSA or RSA key, or with prehashed minisign (the default, not -l)`,
      )
    }
    return Buffer.concat(this.chunks, this.size)
  }
}
