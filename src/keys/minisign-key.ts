import { CodedError } from '../errors.js'
import { bytesFromBase64 } from './base64.js'

/**
 * A minisign public key: base64 of `Ed` + 8-byte key id + 32-byte Ed25519 key, alone
 * (`RW...`, as `minisign -P` takes it) or under an `untrusted comment:` line (a .pub file).
 */
export interface MinisignPublicKey {
  keyId: Buffer
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer
}

export const MINISIGN_KEY_ALGORITHM = 'Ed'
export const MINISIGN_KEY_ID_BYTES = 8
const PUBLIC_KEY_BYTES = 32
const ENCODED_KEY_BYTES = MINISIGN_KEY_ALGORITHM.length + MINISIGN_KEY_ID_BYTES + PUBLIC_KEY_BYTES
export const UNTRUSTED_COMMENT_PREFIX = 'untrusted comment: '

export type MinisignKeyErrorCode =
  | 'minisign-key-malformed'
  | 'minisign-key-not-base64'
  | 'minisign-key-wrong-length'
  | 'minisign-key-wrong-algorithm'

export class MinisignKeyError extends CodedError<MinisignKeyErrorCode> {}

export function parseMinisignPublicKey(text: string): MinisignPublicKey {
  const trimmed = text.trim()
  const lines = trimmed === '' ? [] : trimmed.split(/\r?\n/)
  const [first, second] = lines
  const encoded = lines.length === 1 ? first : second
  if (
    encoded === undefined ||
    lines.length > 2 ||
    (lines.length === 2 && !first?.startsWith(UNTRUSTED_COMMENT_PREFIX))
  ) {
    throw new MinisignKeyError(
      'minisign-key-malformed',
      'is not a minisign public key: expected the `RW...` base64 line, alone or after an `untrusted comment:` line',
    )
  }
  const bytes = bytesFromBase64(encoded.trim())
  if (bytes === undefined) {
    throw new MinisignKeyError('minisign-key-not-base64', 'is not a base64 minisign public key')
  }
  if (bytes.length !== ENCODED_KEY_BYTES) {
    throw new MinisignKeyError(
      'minisign-key-wrong-length',
      `decodes to ${bytes.length} bytes; a minisign public key is ${ENCODED_KEY_BYTES}`,
    )
  }
  if (bytes.toString('latin1', 0, 2) !== MINISIGN_KEY_ALGORITHM) {
    throw new MinisignKeyError(
      'minisign-key-wrong-algorithm',
      `is not an Ed25519 minisign key (algorithm ${JSON.stringify(bytes.toString('latin1', 0, 2))})`,
    )
  }
  const idEnd = 2 + MINISIGN_KEY_ID_BYTES
  return { keyId: bytes.subarray(2, idEnd), publicKey: bytes.subarray(idEnd) }
}

/** The two-line .pub file `minisign -G` writes. */
export function formatMinisignPublicKey(key: MinisignPublicKey): string {
  if (key.keyId.length !== MINISIGN_KEY_ID_BYTES || key.publicKey.length !== PUBLIC_KEY_BYTES) {
    throw new MinisignKeyError(
      'minisign-key-wrong-length',
      `needs an ${MINISIGN_KEY_ID_BYTES}-byte key id and a ${PUBLIC_KEY_BYTES}-byte Ed25519 key`,
    )
  }
  const encoded = Buffer.concat([Buffer.from(MINISIGN_KEY_ALGORITHM), key.keyId, key.publicKey])
  return `${UNTRUSTED_COMMENT_PREFIX}minisign public key ${minisignKeyIdHex(key.keyId)}\n${encoded.toString('base64')}\n`
}

/** The key id as minisign prints it (little-endian, upper-case hex), zero-padded to 16 digits where minisign drops leading zeros. */
export function minisignKeyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase()
}
