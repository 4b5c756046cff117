import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'
import { CodedError } from '../../errors.js'
import {
  formatMinisignPublicKey,
  MINISIGN_KEY_ID_BYTES,
  minisignKeyIdHex,
} from '../../keys/minisign-key.js'
import { formatMinisig, minisigGlobalMessage, parseMinisig } from './minisig.js'

/**
 * Writing `<file>.minisig` with a pure Ed25519 key kept elsewhere (AWS KMS
 * ECC_NIST_EDWARDS25519): two short message signatures (formats.md 6), both checked
 * against the public key before a byte of the file is returned.
 */

/** What the writer needs of a key service: pure Ed25519 over a short message (sign/'s MessageSigner is one). */
export interface Ed25519MessageSigner {
  signMessage(message: Buffer): Promise<Buffer>
}

/** The minisign key a run signs with: its id and its Ed25519 public key. */
export interface MinisignSigningKey {
  keyId: Buffer
  publicKey: KeyObject
}

/** A minisign key derived from an Ed25519 SPKI, in the forms users paste or save. */
export interface DerivedMinisignKey extends MinisignSigningKey {
  /** The `RW...` line, as `minisign -P` takes it and a trusted-keys file lists it. */
  line: string
  /** The two-line `.pub` file that `minisign -V -p` reads. */
  pub: string
}

/** Provenance for one signed file, as the trusted comment carries it. */
export interface TrustedCommentFacts {
  /** Unix time in seconds. */
  timestamp: number
  /** The workspace-relative path, `/` separators. */
  file: string
  repository?: string
  ref?: string
  commit?: string
  runId?: string
}

export type MinisigWriteErrorCode =
  | 'minisign-key-not-ed25519'
  | 'digest-wrong-length'
  | 'trusted-comment-invalid'
  | 'trusted-comment-too-long'
  | 'signature-not-verified'

export class MinisigWriteError extends CodedError<MinisigWriteErrorCode> {}

const RAW_ED25519_KEY_BYTES = 32
/** An Ed25519 SubjectPublicKeyInfo: 12 bytes of DER header (OID 1.3.101.112), then the key. */
const ED25519_SPKI_BYTES = 44
const BLAKE2B_512_BYTES = 64
const ED25519_SIGNATURE_BYTES = 64
/** KMS signs RAW messages of at most 4,096 bytes (formats.md 8). */
const MAX_KMS_MESSAGE_BYTES = 4096
/** The global signature's message is the 64-byte signature, then the comment: both must fit one RAW Sign. */
export const MAX_TRUSTED_COMMENT_BYTES = MAX_KMS_MESSAGE_BYTES - ED25519_SIGNATURE_BYTES

/**
 * The key id for a key minisign did not generate. minisign draws 8 random bytes when it
 * makes a key pair; a KMS key has no such bytes, and every run must name the same id
 * without storing one anywhere, so the id is derived from the key itself: the first 8
 * bytes of SHA-256 over the raw 32-byte Ed25519 public key. The same key gives the same
 * id on every run, machine and version; a new key gives a new id; nothing about the
 * account or the key's ARN shows. A minisign key id is neither secret nor unique (anyone
 * can make a key with any id): it only selects which trusted key to try, and the
 * signatures decide.
 */
export function minisignKeyIdFor(rawPublicKey: Buffer): Buffer {
  if (rawPublicKey.length !== RAW_ED25519_KEY_BYTES) {
    throw new MinisigWriteError(
      'minisign-key-not-ed25519',
      `a raw Ed25519 public key is ${RAW_ED25519_KEY_BYTES} bytes, not ${rawPublicKey.length}`,
    )
  }
  return createHash('sha256').update(rawPublicKey).digest().subarray(0, MINISIGN_KEY_ID_BYTES)
}

/** The minisign public key (id, `RW...` line, `.pub` text) of an Ed25519 key given as DER SPKI. */
export function minisignPublicKeyFor(spkiDer: Buffer): DerivedMinisignKey {
  const publicKey = ed25519PublicKeyFrom(spkiDer)
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  const keyId = minisignKeyIdFor(raw)
  const pub = formatMinisignPublicKey({ keyId, publicKey: raw })
  return { keyId, publicKey, line: pub.split('\n')[1] ?? '', pub }
}

const OPTIONAL_FIELDS = [
  ['repository', 'repository'],
  ['ref', 'ref'],
  ['commit', 'commit'],
  ['run', 'runId'],
] as const satisfies ReadonlyArray<readonly [string, keyof TrustedCommentFacts]>

/**
 * minisign's own `timestamp:<unix>\tfile:<name>`, then where the signature was made.
 * Values come from the workspace and the workflow: a tab would forge a field, a line
 * break would end the comment (minisign reads one line), so every control character
 * (and U+2028/U+2029) becomes U+FFFD. Refused past MAX_TRUSTED_COMMENT_BYTES.
 */
export function trustedCommentFor(facts: TrustedCommentFacts): Buffer {
  if (!Number.isSafeInteger(facts.timestamp) || facts.timestamp < 0) {
    throw new MinisigWriteError(
      'trusted-comment-invalid',
      `the trusted comment's timestamp must be whole seconds since 1970, not ${facts.timestamp}`,
    )
  }
  const fields: Array<[string, string]> = [
    ['timestamp', String(facts.timestamp)],
    ['file', facts.file],
  ]
  for (const [label, key] of OPTIONAL_FIELDS) {
    const value = facts[key]
    if (value !== undefined && value !== '') fields.push([label, value])
  }
  const comment = Buffer.from(
    fields.map(([label, value]) => `${label}:${oneLine(value)}`).join('\t'),
  )
  if (comment.length > MAX_TRUSTED_COMMENT_BYTES) {
    throw new MinisigWriteError(
      'trusted-comment-too-long',
      `the trusted comment would be ${comment.length} bytes; KMS signs it in one RAW message after the 64-byte signature, so it can hold at most ${MAX_TRUSTED_COMMENT_BYTES}. Shorten the file path.`,
    )
  }
  return comment
}

/**
 * The `.minisig` for a file, given BLAKE2b-512 of its bytes (the `ED` prehashed
 * algorithm). Sign call 1 covers the digest, call 2 the signature followed by the
 * trusted comment (the global signature); both are verified here, so nothing
 * unverified is ever written.
 */
export async function writeMinisig(
  fileBlake2b512: Buffer,
  signer: Ed25519MessageSigner,
  key: MinisignSigningKey,
  trustedComment: Buffer,
): Promise<Buffer> {
  checkSigningKey(key)
  if (fileBlake2b512.length !== BLAKE2B_512_BYTES) {
    throw new MinisigWriteError(
      'digest-wrong-length',
      `minisign signs the 64-byte BLAKE2b-512 of the file, not ${fileBlake2b512.length} bytes`,
    )
  }
  checkTrustedComment(trustedComment)
  const signature = await signer.signMessage(fileBlake2b512)
  mustVerify(key, fileBlake2b512, signature, 'the file signature (over BLAKE2b-512 of the file)')
  const global = minisigGlobalMessage(signature, trustedComment)
  const globalSignature = await signer.signMessage(global)
  mustVerify(key, global, globalSignature, 'the global signature (over the trusted comment)')
  return formatMinisig({
    algorithm: 'ED',
    keyId: key.keyId,
    signature,
    trustedComment,
    globalSignature,
    untrustedComment: `signature from dossier-sign, minisign key ${minisignKeyIdHex(key.keyId)}`,
  })
}

/**
 * Whether a `.minisig` already beside the file still holds for this key, so a re-run
 * makes no Sign call: a prehashed (`ED`) signature naming this key id whose file and
 * global signatures both verify. Its trusted comment may differ from today's.
 */
export function minisigStillValid(
  existing: Buffer,
  fileBlake2b512: Buffer,
  key: MinisignSigningKey,
): boolean {
  let minisig
  try {
    minisig = parseMinisig(existing)
  } catch {
    return false
  }
  return (
    minisig.algorithm === 'ED' &&
    minisig.keyId.equals(key.keyId) &&
    ed25519Verifies(key.publicKey, fileBlake2b512, minisig.signature) &&
    ed25519Verifies(
      key.publicKey,
      minisigGlobalMessage(minisig.signature, minisig.trustedComment),
      minisig.globalSignature,
    )
  )
}

function ed25519PublicKeyFrom(spkiDer: Buffer): KeyObject {
  let publicKey: KeyObject | undefined
  try {
    publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
  } catch {
    publicKey = undefined
  }
  if (publicKey?.asymmetricKeyType !== 'ed25519' || spkiDer.length !== ED25519_SPKI_BYTES) {
    throw new MinisigWriteError(
      'minisign-key-not-ed25519',
      `minisign needs an Ed25519 public key (a ${ED25519_SPKI_BYTES}-byte SPKI), not ${publicKey?.asymmetricKeyType ?? 'unreadable DER'} (${spkiDer.length} bytes)`,
    )
  }
  return publicKey
}

function checkSigningKey(key: MinisignSigningKey): void {
  if (key.publicKey.asymmetricKeyType !== 'ed25519' || key.keyId.length !== MINISIGN_KEY_ID_BYTES) {
    throw new MinisigWriteError(
      'minisign-key-not-ed25519',
      `a minisign key is an Ed25519 public key with an ${MINISIGN_KEY_ID_BYTES}-byte id, not a ${key.publicKey.asymmetricKeyType ?? 'secret'} key with ${key.keyId.length}`,
    )
  }
}

function checkTrustedComment(comment: Buffer): void {
  if (comment.length > MAX_TRUSTED_COMMENT_BYTES) {
    throw new MinisigWriteError(
      'trusted-comment-too-long',
      `a trusted comment of ${comment.length} bytes does not fit one KMS RAW message after the signature (at most ${MAX_TRUSTED_COMMENT_BYTES})`,
    )
  }
  if (comment.includes(0x0a) || comment.includes(0x0d)) {
    throw new MinisigWriteError(
      'trusted-comment-invalid',
      'a trusted comment is one line: minisign stops reading it at the first line break',
    )
  }
}

function mustVerify(key: MinisignSigningKey, message: Buffer, signature: Buffer, what: string) {
  if (
    signature.length === ED25519_SIGNATURE_BYTES &&
    ed25519Verifies(key.publicKey, message, signature)
  ) {
    return
  }
  throw new MinisigWriteError(
    'signature-not-verified',
    `${what} returned by the key service does not verify under minisign key ${minisignKeyIdHex(key.keyId)}; nothing was written. The key that signed is not the key whose public key was loaded, or the signature was damaged on the way.`,
  )
}

function ed25519Verifies(publicKey: KeyObject, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, message, publicKey, signature)
  } catch {
    return false
  }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** One field value that cannot end the comment's line or forge another `\tname:` field. */
function oneLine(value: string): string {
  return value.replace(LINE_BREAKING, '\uFFFD')
}
