import { KeyTextError, publicKeyFromText } from '../keys/public-key-text.js'
import { isKmsKeyArn } from '../keys/kms-arn.js'
import { minisignKeyFromText } from '../keys/minisign-trusted-key.js'
import { TrustedKeysError } from './trusted-keys-error.js'
import type { TrustedKey, UnpinnedArn } from '../keys/trusted-key.js'

/** Far above any real list; a bigger input is a mistake (a wrong file), not a key list. */
export const MAX_TRUSTED_KEYS_CHARS = 1024 * 1024

const MINISIGN_COMMENT = /^untrusted comment:/i
/** Lines end at "\n" only, as upstream splits them; one "\r" before it is a CRLF ending. */
const LINE_END = /\r?\n/
/**
 * Every other line or paragraph separator (formats.md 3). Upstream keeps it inside the
 * line, an editor shows a line break: the text after it would be an entry to the reader
 * and part of an identifier (or of a comment) to the parser, so it is refused, never folded.
 */
const OTHER_SEPARATOR = /[\v\f\r\u0085\u2028\u2029]/
type OtherSeparator = '\v' | '\f' | '\r' | '\u0085' | '\u2028' | '\u2029'
const SEPARATOR_NAME: Record<OtherSeparator, string> = {
  '\v': 'LINE TABULATION',
  '\f': 'FORM FEED',
  '\r': 'CARRIAGE RETURN not followed by a newline',
  '\u0085': 'NEXT LINE',
  '\u2028': 'LINE SEPARATOR',
  '\u2029': 'PARAGRAPH SEPARATOR',
}
const PEM_END = /-----END [A-Z0-9 ]+-----/
/** Text that is plainly an attempt at a key, so it must never be read as an identifier. */
const KEY_LIKE = /^(?:-----|#|arn:|untrusted comment:|[A-Za-z0-9+/=]{32,}(?:\s|$))/i

export interface TrustedKeysFile {
  keys: TrustedKey[]
  unpinnedArns: UnpinnedArn[]
}

/**
 * Parse upstream's trusted-keys format (formats.md 3): `<public-key> <identifier...>` per
 * line, `#` comments and blank lines skipped. Also: multi-line PEM blocks, whose
 * identifier follows `-----END PUBLIC KEY-----` on its line or, when nothing does, is the
 * whole next line (as upstream reads blocks pasted with their trailing newline), unless
 * that line looks like a key; and minisign `.pub` files (`untrusted comment:` line, then
 * `RW...`), whose identifier defaults to the comment. Any unusable line throws.
 */
export function parseTrustedKeys(text: string, source: string): TrustedKeysFile {
  if (text.length > MAX_TRUSTED_KEYS_CHARS) {
    throw new TrustedKeysError('trusted-keys-too-large', source, 'is larger than 1 MiB')
  }
  const lines = linesOf(text, source)
  const file: TrustedKeysFile = { keys: [], unpinnedArns: [] }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const location = `${source}:${i + 1}`
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('-----BEGIN')) {
      i = readPemBlock(lines, i, location, file)
    } else if (MINISIGN_COMMENT.test(line)) {
      const keyLine = lines[i + 1] ?? ''
      const comment = line.replace(MINISIGN_COMMENT, '').trim()
      if (!isMinisignKey(firstToken(keyLine))) {
        throw new TrustedKeysError(
          'minisign-key-missing',
          location,
          'is not followed by an RW... minisign key',
        )
      }
      addEntry(file, firstToken(keyLine), restOf(keyLine) || comment, `${source}:${i + 2}`)
      i += 1
    } else {
      addEntry(file, firstToken(line), restOf(line), location)
    }
  }
  return file
}

/** Trimmed lines, refusing any line that holds a separator other than its "\n" ending. */
function linesOf(text: string, source: string): string[] {
  return text.split(LINE_END).map((line, i) => {
    const separator = OTHER_SEPARATOR.exec(line)?.[0] as OtherSeparator | undefined
    if (separator !== undefined) {
      const codePoint = separator.codePointAt(0) ?? 0
      throw new TrustedKeysError(
        'line-separator-in-line',
        `${source}:${i + 1}`,
        `contains U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ` +
          `${SEPARATOR_NAME[separator]} inside the line; trusted-keys lines end only at ` +
          'a plain newline ("\\n" or "\\r\\n"); save the file with plain newlines',
      )
    }
    return line.trim()
  })
}

/** Reads a PEM block starting at `start`; returns the index of its last line. */
function readPemBlock(
  lines: string[],
  start: number,
  location: string,
  file: TrustedKeysFile,
): number {
  let end = start
  while (end < lines.length && !PEM_END.test(lines[end] ?? '')) end++
  const endLine = lines[end]
  const marker = endLine === undefined ? null : PEM_END.exec(endLine)
  if (endLine === undefined || marker === null) {
    throw new TrustedKeysError('pem-unterminated', location, 'PEM block has no -----END line')
  }
  const markerEnd = marker.index + marker[0].length
  const pem = [...lines.slice(start, end), endLine.slice(0, markerEnd)].join('\n')
  let identifier = endLine.slice(markerEnd).trim()
  const next = lines[end + 1]
  if (identifier === '' && next !== undefined && next !== '' && !KEY_LIKE.test(next)) {
    identifier = next
    end += 1
  }
  addEntry(file, pem, identifier, location)
  return end
}

function addEntry(file: TrustedKeysFile, key: string, identifier: string, location: string): void {
  if (identifier === '') {
    throw new TrustedKeysError(
      'missing-identifier',
      location,
      'has a key but no identifier; write "<public-key> <identifier>"',
    )
  }
  if (key.startsWith('arn:')) {
    if (!isKmsKeyArn(key)) {
      throw new TrustedKeysError(
        'unsupported-arn',
        location,
        `${key} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>; aliases are not accepted)`,
      )
    }
    file.unpinnedArns.push({ arn: key, identifier, source: location })
    return
  }
  try {
    file.keys.push({ identifier, ...trustedKeyFromText(key), source: location })
  } catch (error) {
    const isPrivate = error instanceof KeyTextError && error.code === 'key-is-private'
    const reason = error instanceof Error ? error.message : 'is not a key'
    throw new TrustedKeysError(
      isPrivate ? 'private-key' : 'invalid-key',
      location,
      `the key ${reason} (expected SPKI PEM/DER base64, raw Ed25519 base64, RW... minisign or a KMS key ARN)`,
      error,
    )
  }
}

function trustedKeyFromText(key: string): Omit<TrustedKey, 'identifier' | 'source'> {
  const minisign = minisignKeyFromText(key)
  if (minisign === undefined) return publicKeyFromText(key)
  const { keyId, ...decoded } = minisign
  return { kind: 'minisign', ...decoded, minisignKeyId: keyId }
}

function isMinisignKey(token: string): boolean {
  try {
    return minisignKeyFromText(token) !== undefined
  } catch {
    return false
  }
}

function firstToken(line: string): string {
  return line.split(/\s+/)[0] ?? ''
}

function restOf(line: string): string {
  return line.split(/\s+/).slice(1).join(' ')
}
