import { CodedError } from '../../errors.js'
import { bytesFromBase64 } from '../../keys/base64.js'
import { MINISIGN_KEY_ID_BYTES, UNTRUSTED_COMMENT_PREFIX } from '../../keys/minisign-key.js'

/**
 * The detached `<file>.minisig` (formats.md 6): four lines, the untrusted comment,
 * base64(algorithm + key id + signature), the trusted comment, base64(global signature).
 */
export const MINISIG_SUFFIX = '.minisig'

/** `ED`: Ed25519 over BLAKE2b-512 of the file (the default). `Ed`: over the file itself (`minisign -l`). */
export type MinisigAlgorithm = 'ED' | 'Ed'

export interface Minisig {
  algorithm: MinisigAlgorithm
  keyId: Buffer
  signature: Buffer
  /** Exactly the signed bytes after `trusted comment: `, without the line ending. */
  trustedComment: Buffer
  globalSignature: Buffer
  /** Display only: nothing signs it. */
  untrustedComment: string
}

export const TRUSTED_COMMENT_PREFIX = 'trusted comment: '
const SIGNATURE_BYTES = 64
const SIGNATURE_LINE_BYTES = 2 + MINISIGN_KEY_ID_BYTES + SIGNATURE_BYTES
/** minisign reads at most 1 KiB of untrusted and 8 KiB of trusted comment. */
export const MAX_MINISIG_BYTES = 16 * 1024
const ALGORITHMS: readonly string[] = ['ED', 'Ed'] satisfies MinisigAlgorithm[]

export type MinisigErrorCode =
  | 'minisig-too-large'
  | 'minisig-malformed'
  | 'minisig-not-base64'
  | 'minisig-wrong-length'
  | 'minisig-unknown-algorithm'

export class MinisigError extends CodedError<MinisigErrorCode> {}

/** What the global signature covers: the file signature, then the trusted comment, nothing between. */
export function minisigGlobalMessage(signature: Buffer, trustedComment: Buffer): Buffer {
  return Buffer.concat([signature, trustedComment])
}

/** Strict: the four lines (LF or CRLF, final line ending optional) and nothing else. */
export function parseMinisig(content: Buffer): Minisig {
  if (content.length > MAX_MINISIG_BYTES) {
    throw new MinisigError(
      'minisig-too-large',
      `is ${content.length} bytes; a minisign signature is at most ${MAX_MINISIG_BYTES}`,
    )
  }
  const lines = splitLines(content)
  const [untrusted, signatureLine, trusted, globalLine] = lines
  if (
    lines.length !== 4 ||
    untrusted === undefined ||
    signatureLine === undefined ||
    trusted === undefined ||
    globalLine === undefined ||
    !startsWith(untrusted, UNTRUSTED_COMMENT_PREFIX) ||
    !startsWith(trusted, TRUSTED_COMMENT_PREFIX)
  ) {
    throw new MinisigError(
      'minisig-malformed',
      `is not a minisign signature: expected four lines, "${UNTRUSTED_COMMENT_PREFIX}...", the signature, "${TRUSTED_COMMENT_PREFIX}...", the global signature`,
    )
  }
  const signed = decode(signatureLine, 'signature', SIGNATURE_LINE_BYTES)
  const algorithm = signed.toString('latin1', 0, 2)
  if (!ALGORITHMS.includes(algorithm)) {
    throw new MinisigError(
      'minisig-unknown-algorithm',
      `has signature algorithm ${JSON.stringify(algorithm)}; minisign writes "ED" (prehashed) or "Ed" (legacy)`,
    )
  }
  const idEnd = 2 + MINISIGN_KEY_ID_BYTES
  return {
    algorithm: algorithm as MinisigAlgorithm,
    keyId: signed.subarray(2, idEnd),
    signature: signed.subarray(idEnd),
    trustedComment: trusted.subarray(TRUSTED_COMMENT_PREFIX.length),
    globalSignature: decode(globalLine, 'global signature', SIGNATURE_BYTES),
    untrustedComment: untrusted.subarray(UNTRUSTED_COMMENT_PREFIX.length).toString('utf8'),
  }
}

/** The file `minisign -S` writes, byte for byte. */
export function formatMinisig(minisig: Minisig): Buffer {
  for (const comment of [minisig.trustedComment, Buffer.from(minisig.untrustedComment)]) {
    if (comment.includes(0x0a) || comment.includes(0x0d)) {
      throw new MinisigError('minisig-malformed', 'cannot hold a comment with a line break')
    }
  }
  const signed = Buffer.concat([Buffer.from(minisig.algorithm), minisig.keyId, minisig.signature])
  return Buffer.concat([
    Buffer.from(`${UNTRUSTED_COMMENT_PREFIX}${minisig.untrustedComment}\n`),
    Buffer.from(`${signed.toString('base64')}\n${TRUSTED_COMMENT_PREFIX}`),
    minisig.trustedComment,
    Buffer.from(`\n${minisig.globalSignature.toString('base64')}\n`),
  ])
}

/** Lines as bytes (the trusted comment is signed byte for byte), one CR before each LF dropped. */
function splitLines(content: Buffer): Buffer[] {
  const lines: Buffer[] = []
  let start = 0
  while (start < content.length) {
    const newline = content.indexOf(0x0a, start)
    const end = newline === -1 ? content.length : newline
    const line = content.subarray(start, end)
    lines.push(line.at(-1) === 0x0d && newline !== -1 ? line.subarray(0, -1) : line)
    start = end + 1
  }
  return lines
}

function startsWith(line: Buffer, prefix: string): boolean {
  return line.toString('latin1', 0, prefix.length) === prefix
}

function decode(line: Buffer, what: string, bytes: number): Buffer {
  const decoded = bytesFromBase64(line.toString('latin1'))
  if (decoded === undefined) {
    throw new MinisigError('minisig-not-base64', `has a ${what} line that is not base64`)
  }
  if (decoded.length !== bytes) {
    throw new MinisigError(
      'minisig-wrong-length',
      `has a ${decoded.length}-byte ${what}; minisign's is ${bytes} bytes`,
    )
  }
  return decoded
}
