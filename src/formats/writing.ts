import type { KeyObject } from 'node:crypto'
import { CodedError } from '../errors.js'
import type { ByteSink } from '../files/file-digest.js'
import { readFileNoFollow, ReadError } from '../files/read-regular-file.js'
import type { HashName, SigningAlgorithm } from '../keys/algorithms.js'

/** What a writer may use of the signed file: its path and digests, from the one read pass. */
export interface FileFacts {
  /** Relative to the workspace, `/` separators. */
  file: string
  /** Hex SHA-256 of the file, for the report. */
  sha256: string
  /** The key's hash of the file: what a digest signer signs. */
  digest: Buffer
  /** BLAKE2b-512 of the file, when minisig is written (minisign's prehash). */
  blake2b512?: Buffer
}

/**
 * What a writer needs of a digest signer: a signature over the key's hash of some bytes.
 * Structural, so formats/ does not depend on the sign pipeline that implements it.
 */
export interface DigestSigner {
  sign(digest: Buffer): Promise<Buffer>
}

/** The key a run signs digests with (KMS ECDSA/RSA), as writers need it. */
export interface DigestKey {
  publicKey: KeyObject
  algorithm: SigningAlgorithm
  hash: HashName
  spkiDer: Buffer
}

/** The pure Ed25519 key a run signs minisign messages with. */
export interface MessageKey {
  keyId: Buffer
  publicKey: KeyObject
  /** Pure Ed25519 over a short message (KMS `RAW`). */
  signMessage(message: Buffer): Promise<Buffer>
  /** The trusted comment for one file (provenance: path, repository, run...). */
  trustedComment(file: string): Buffer
}

/**
 * A signature file already beside the file, checked in the same read pass: it sees the
 * file's bytes like any hash, then says whether it still holds under this run's key.
 */
export interface ExistingSignature extends ByteSink {
  holds(facts: FileFacts): boolean | Promise<boolean>
}

/** How sign mode writes one detached kind. */
export interface DetachedWriter {
  /** The signature the file has, or undefined when there is none worth keeping. */
  existing(content: Buffer, keys: WriterKeys): ExistingSignature | undefined
  /** Largest signature file worth reading back; a larger one is replaced. */
  maxBytes: number
  /** Exactly one of these, by what the kind is signed with. */
  fromDigestSignature?(signature: Buffer, facts: FileFacts, key: DigestKey): Buffer | string
  fromMessageKey?(facts: FileFacts, key: MessageKey): Promise<Buffer>
}

export interface WriterKeys {
  digest: DigestKey
  message?: MessageKey
}

export class SignatureFileError extends CodedError<'signature-path-unusable'> {}

/**
 * The current signature file's bytes; undefined when absent, too large or unreadable (a
 * good one replaces it). A symlink, a folder or a FIFO there is refused, never followed
 * or replaced: whoever put it there must look.
 */
export async function readExistingSignatureFile(
  absolute: string,
  relative: string,
  maxBytes: number,
): Promise<Buffer | undefined> {
  try {
    return await readFileNoFollow(absolute, maxBytes)
  } catch (error) {
    if (
      error instanceof ReadError &&
      (error.code === 'symlink' || error.code === 'not-regular-file')
    ) {
      throw new SignatureFileError(
        'signature-path-unusable',
        `${relative} exists and is not a regular file (a symlink, a directory or a FIFO); remove it so the signature can be written.`,
      )
    }
    return undefined
  }
}
