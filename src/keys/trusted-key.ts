import type { KeyObject } from 'node:crypto'

/**
 * A key the user pinned by its bytes. Only these make a signature `verified`;
 * a signature's own embedded key is merely checked against them.
 */
export interface TrustedKey {
  /** The entry's identifier: the text after the key on its trusted-keys line. */
  identifier: string
  /** How the entry was written: SPKI (PEM or base64 DER), raw Ed25519, or a minisign `RW...` key. */
  kind: 'spki' | 'ed25519-raw' | 'minisign'
  publicKey: KeyObject
  /** DER SubjectPublicKeyInfo of `publicKey`: the canonical bytes trust is compared on. */
  spkiDer: Buffer
  /** minisign keys only: the 8-byte key id that signatures name. */
  minisignKeyId?: Buffer
  /** Where the entry came from, for messages: `path:line` or `trusted-keys input, line N`. */
  source: string
}

/**
 * A KMS key ARN listed without key bytes. It never makes a signature trusted on its
 * own; the verifier may pin it by fetching the key with GetPublicKey when it has AWS access.
 */
export interface UnpinnedArn {
  arn: string
  identifier: string
  source: string
}

/** What the verifier trusts. */
export interface TrustStore {
  keys: TrustedKey[]
  unpinnedArns: UnpinnedArn[]
}
