import type { KeyObject } from 'node:crypto'
import type { HashName, SigningAlgorithm } from '../keys/algorithms.js'

/** What the sign pipeline needs of a key service: a signature over a digest, and a stop rule. */
export interface Signer {
  /** A signature over `digest` (the key's hash of the signed bytes). */
  sign(digest: Buffer): Promise<Buffer>
  /**
   * True when an error means no later Sign call can succeed either (the key was disabled,
   * the caller denied): the run stops signing instead of hammering the service.
   */
  stopsRun(error: unknown): boolean
}

/** The public half the pipeline checks every signature with before writing it. */
export interface SignerKey {
  publicKey: KeyObject
  algorithm: SigningAlgorithm
  /** The hash whose digest the signer signs (fixed by the algorithm). */
  hash: HashName
}

/**
 * A signer of whole messages (KMS `MessageType: RAW`), for pure Ed25519: minisign signs
 * BLAKE2b-512(file) and then `signature || trusted comment`, both short messages.
 */
export interface MessageSigner {
  /** Pure Ed25519 over `message` (at most 4,096 bytes, as KMS allows for RAW). */
  signMessage(message: Buffer): Promise<Buffer>
  stopsRun(error: unknown): boolean
}
