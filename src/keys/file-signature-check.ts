import { createVerify, type KeyObject, type Verify } from 'node:crypto'
import { ALGORITHMS, verifyKeyInput, type SigningAlgorithm } from './algorithms.js'
import { ecdsaCurveFor } from './ecdsa-digest-verify.js'
import { verifyDigest } from './digest-verify.js'

/**
 * From this size up, an ECDSA check verifies from the digest the file's one pass already
 * computes; below it, Node's verifier hashes the file a second time, which is cheaper
 * than loading the curve arithmetic (about 45-80 ms, once) and running it in JavaScript
 * (2.5 ms for P-256 to 8.5 ms for P-521) while Node hashes about 1.3 MB per ms.
 */
export const ECDSA_DIGEST_MIN_BYTES = 64 * 1024 * 1024

/**
 * One signature check by one key over a file that streams by once, as a sink of that
 * pass: RSA always verifies from the digest; ECDSA too for a file of at least
 * ECDSA_DIGEST_MIN_BYTES, once `begin` has said the size; otherwise Node's streaming
 * verifier sees the bytes. Either way the answer is `crypto.verify`'s.
 */
export class FileSignatureCheck {
  private stream: Verify | undefined

  constructor(
    private readonly algorithm: SigningAlgorithm,
    private readonly publicKey: KeyObject,
  ) {
    const { scheme, hash } = ALGORITHMS[algorithm]
    if (scheme === 'ecdsa') this.stream = createVerify(hash)
  }

  /** The file's size, before its first byte: a large file is checked from its digest. */
  begin(size: number): void {
    if (this.stream === undefined || size < ECDSA_DIGEST_MIN_BYTES) return
    this.stream = undefined
    // Start the import now, so it is ready when the last byte is hashed.
    ecdsaCurveFor(this.publicKey)?.catch(() => {})
  }

  update(chunk: Buffer): void {
    this.stream?.update(chunk)
  }

  /** Whether `signature` holds over the bytes streamed, whose digest under the key's hash is `digest`. */
  async verify(signature: Buffer, digest: Buffer): Promise<boolean> {
    const stream = this.stream
    if (stream === undefined) return verifyDigest(this.algorithm, this.publicKey, digest, signature)
    this.stream = undefined // a Verify answers once
    try {
      return stream.verify(verifyKeyInput(this.algorithm, this.publicKey), signature)
    } catch {
      return false // OpenSSL throws on some malformed signatures instead of answering false
    }
  }
}
