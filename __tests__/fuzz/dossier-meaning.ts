// The fuzz oracle for dossiers: formats.md 1.1, 1.2, 2 and 2.1 read straight from the
// spec, apart from src/, so a property can tell whether a mutation changed what an
// embedded signature covers. It reads leniently where src/ refuses (fences, spec-layout
// rules): a refusal never makes a check `verified`, so leniency here never hides a bug.
import { createHash } from 'node:crypto'
import { load } from 'js-yaml'
import type { PayloadScheme } from '../../src/dossier/payload.js'

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const CR = 0x0d
const LF = 0x0a

/** formats.md 1.1: frontmatter up to the first "\n---" after the opening line; one CR, one LF dropped. */
export function splitBySpec(bytes: Buffer): { frontmatter: Buffer; body: Buffer } | undefined {
  if (bytes.toString('latin1', 0, 3) !== '---') return undefined
  const openingEnd = bytes.indexOf(LF)
  // From the opening line's own "\n": an empty frontmatter closes at once (as src/ reads it).
  const closing = openingEnd < 0 ? -1 : bytes.indexOf('\n---', openingEnd)
  if (closing < 0) return undefined
  let start = closing + 4
  if (bytes[start] === CR) start++
  if (bytes[start] === LF) start++
  return { frontmatter: bytes.subarray(openingEnd + 1, closing + 1), body: bytes.subarray(start) }
}

interface ReadDossier {
  frontmatter: Record<string, unknown>
  body: Buffer
  /** formats.md 1: a `metadata` map with a `dossier.` key. */
  spec: boolean
}

function readDossier(bytes: Buffer): ReadDossier | undefined {
  const parts = splitBySpec(bytes)
  if (parts === undefined) return undefined
  let value: unknown
  try {
    value = load(UTF8.decode(parts.frontmatter))
  } catch {
    return undefined
  }
  if (!isRecord(value)) return undefined
  const metadata = own(value, 'metadata')
  const spec = isRecord(metadata) && Object.keys(metadata).some((key) => key.startsWith('dossier.'))
  return { frontmatter: value, body: parts.body, spec }
}

/** A dossier field wherever the layout keeps it; spec-layout values are JSON text. */
function field(dossier: ReadDossier, name: 'checksum' | 'signature'): unknown {
  if (!dossier.spec) return own(dossier.frontmatter, name)
  const text = own(
    own(dossier.frontmatter, 'metadata') as Record<string, unknown>,
    `dossier.${name}`,
  )
  if (typeof text !== 'string') return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** formats.md 1.2, computed here from the bytes alone. */
export function integrityBySpec(bytes: Buffer): 'valid' | 'invalid' | 'missing' {
  const dossier = readDossier(bytes)
  if (dossier === undefined) return 'missing'
  const checksum = field(dossier, 'checksum')
  if (checksum === undefined || checksum === null) return 'missing'
  const hash = createHash('sha256').update(dossier.body).digest('hex')
  return isRecord(checksum) && checksum['algorithm'] === 'sha256' && checksum['hash'] === hash
    ? 'valid'
    : 'invalid'
}

/**
 * Everything an embedded signature's verdict may depend on: the covered content under
 * the scheme it was made with, the signature bytes, the key, the algorithm and `covers`.
 * Anything else in the file (key_id, signed_at, and for v1 the frontmatter) is unsigned.
 */
export interface SignedMeaning {
  /** v1: the body; v2/v3: canonical frontmatter (signature removed) and body. Undefined: no JSON form. */
  covered: string | undefined
  /** Hex of the signature bytes, when the field is canonical base64. */
  signature: string | undefined
  /** The `public_key` text (see keyText); undefined when absent, NOT_A_STRING when not a string. */
  publicKey: string | undefined
  algorithm: string
  covers: string
}

export const NOT_A_STRING = '\u0000not a string'

export function signedMeaning(bytes: Buffer, scheme: PayloadScheme): SignedMeaning | undefined {
  const dossier = readDossier(bytes)
  if (dossier === undefined) return undefined
  const signature = field(dossier, 'signature')
  if (!isRecord(signature)) return undefined
  const publicKey = own(signature, 'public_key')
  const signatureText = own(signature, 'signature')
  return {
    covered: coveredBy(dossier, scheme),
    signature:
      typeof signatureText === 'string' ? strictBase64(signatureText)?.toString('hex') : undefined,
    publicKey:
      typeof publicKey === 'string'
        ? keyText(publicKey)
        : publicKey === undefined
          ? undefined
          : NOT_A_STRING,
    algorithm: familyOf(own(signature, 'algorithm')),
    covers: coversOf(own(signature, 'covers')),
  }
}

/** Upstream's names for one algorithm (formats.md 2: read both spellings of ECDSA). */
const ALGORITHM_FAMILY: ReadonlyMap<string, string> = new Map([
  ['ECDSA-SHA-256', 'ecdsa'],
  ['ecdsa-sha256', 'ecdsa'],
  ['ed25519', 'ed25519'],
])

/**
 * A key's text up to what never changes the key: whitespace around it, and inside a PEM
 * block, whose base64 body may be wrapped any way.
 */
function keyText(text: string): string {
  return text.includes('-----') ? text.replace(/\s+/g, '') : text.trim()
}

function familyOf(algorithm: unknown): string {
  return (typeof algorithm === 'string' && ALGORITHM_FAMILY.get(algorithm)) || 'unknown'
}

/** formats.md 2.1: an absent `covers` means "body"; anything but a string is no scheme. */
function coversOf(covers: unknown): string {
  if (covers === undefined) return 'body'
  return typeof covers === 'string' ? covers : NOT_A_STRING
}

/**
 * Whether a `verified` verdict on the mutated file is explainable: the same content, the
 * same signature bytes, the same algorithm and scheme, and the same key text or none
 * (with no `public_key`, only a trusted key can verify it, which is just as good).
 */
export function mayStillVerify(
  original: SignedMeaning,
  mutated: SignedMeaning | undefined,
): boolean {
  return (
    mutated !== undefined &&
    mutated.covered !== undefined &&
    mutated.covered === original.covered &&
    mutated.signature !== undefined &&
    mutated.signature === original.signature &&
    mutated.algorithm === original.algorithm &&
    mutated.covers === original.covers &&
    (mutated.publicKey === undefined || mutated.publicKey === original.publicKey)
  )
}

function coveredBy(dossier: ReadDossier, scheme: PayloadScheme): string | undefined {
  const body = dossier.body.toString('hex')
  if (scheme === 'v1') return body
  const covered = { ...dossier.frontmatter }
  if (scheme === 'v2') {
    delete covered['signature']
  } else if (isRecord(covered['metadata'])) {
    const metadata = { ...covered['metadata'] }
    delete metadata['dossier.signature']
    covered['metadata'] = metadata
  }
  const json = jsonText(covered, 0)
  return json === undefined ? undefined : `${scheme}\n${json}\n${body}`
}

const MAX_DEPTH = 200
const MAX_JSON = 1 << 20

/** Sorted-key JSON of plain data, or undefined for anything JSON cannot hold. */
function jsonText(value: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return JSON.stringify(value)
  }
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined
  if (Array.isArray(value))
    return joined(
      value.map((item) => jsonText(item, depth + 1)),
      '[',
      ']',
    )
  if (!isRecord(value)) return undefined
  const members = Object.keys(value)
    .sort()
    .map((key) => {
      const member = jsonText(value[key], depth + 1)
      return member === undefined ? undefined : `${JSON.stringify(key)}:${member}`
    })
  return joined(members, '{', '}')
}

function joined(parts: (string | undefined)[], open: string, close: string): string | undefined {
  if (parts.some((part) => part === undefined)) return undefined
  const text = `${open}${parts.join(',')}${close}`
  return text.length > MAX_JSON ? undefined : text
}

/** Canonical padded base64 (all formats here write only that), or undefined. */
export function strictBase64(text: string): Buffer | undefined {
  if (
    !/^(?:[A-Za-z0-9+/]{4})+$|^(?:[A-Za-z0-9+/]{4})*[A-Za-z0-9+/]{2}(?:==|[A-Za-z0-9+/]=)$/.test(
      text,
    )
  ) {
    return undefined
  }
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? bytes : undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}
