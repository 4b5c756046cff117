// The fuzz oracle for detached signatures and trusted keys, read from formats.md 3, 5 and
// 6 apart from src/: what a signature file says once its unsigned parts are set aside, and
// whether a trusted-keys text still lists a key. Two texts with the same meaning may verify
// alike; a text whose meaning changed must not verify.
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { strictBase64 } from './dossier-meaning.js'
import type { Listing } from './signed-files.js'

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** formats.md 5: one canonical base64 line, then an optional LF or CRLF. */
export function sigMeaning(bytes: Buffer): string | undefined {
  const text = bytes.toString('latin1').replace(/\r?\n$/, '')
  return strictBase64(text)?.toString('hex')
}

/**
 * formats.md 5: what a bundle vouches for is its digest and its signature, in the shape
 * given there: a media type we read, a public-key hint (the key is pinned, never carried;
 * the hint itself is unsigned and optional) and a message signature.
 */
export function sigstoreMeaning(bytes: Buffer): string | undefined {
  let root: unknown
  try {
    root = JSON.parse(UTF8.decode(bytes))
  } catch {
    return undefined
  }
  const publicKey = at(at(root, 'verificationMaterial'), 'publicKey')
  const hint = at(publicKey, 'hint')
  const digestObject = at(at(root, 'messageSignature'), 'messageDigest')
  const algorithm = at(digestObject, 'algorithm')
  const digest = at(digestObject, 'digest')
  const signature = at(at(root, 'messageSignature'), 'signature')
  if (
    !MEDIA_TYPES.includes(at(root, 'mediaType') as string) ||
    !isObject(publicKey) ||
    !(hint === undefined || typeof hint === 'string') ||
    typeof algorithm !== 'string'
  ) {
    return undefined
  }
  const digestBytes = typeof digest === 'string' ? strictBase64(digest) : undefined
  const signatureBytes = typeof signature === 'string' ? strictBase64(signature) : undefined
  if (digestBytes === undefined || signatureBytes === undefined) return undefined
  return `${algorithm} ${digestBytes.toString('hex')} ${signatureBytes.toString('hex')}`
}

const MEDIA_TYPES: readonly string[] = [
  'application/vnd.dev.sigstore.bundle.v0.3+json',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
]

/**
 * formats.md 6: four lines (LF or CRLF, last line ending optional). The untrusted comment
 * is unsigned; the signature line, the trusted comment's bytes and the global signature are.
 */
export function minisigMeaning(bytes: Buffer): string | undefined {
  const text = bytes.toString('latin1')
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
  const stripped = lines.map((line, i) =>
    i < lines.length - 1 || text.endsWith('\n') ? line.replace(/\r$/, '') : line,
  )
  const [untrusted, signature, trusted, global] = stripped
  if (
    stripped.length !== 4 ||
    !untrusted?.startsWith('untrusted comment: ') ||
    !trusted?.startsWith('trusted comment: ')
  ) {
    return undefined
  }
  const signatureBytes = strictBase64(signature ?? '')
  const globalBytes = strictBase64(global ?? '')
  if (signatureBytes?.length !== 74 || globalBytes?.length !== 64) return undefined
  const comment = Buffer.from(trusted.slice('trusted comment: '.length), 'latin1')
  return [signatureBytes, comment, globalBytes].map((part) => part.toString('hex')).join(' ')
}

/**
 * Every mandatory line break ends a trusted-keys line, not only LF: a CR-only file must
 * not fold the next entry into a comment or an identifier (src/trust reads it so too).
 */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/
const PEM_WHITESPACE = /[\s\u0085]+/g

/**
 * formats.md 3: a line whose first whitespace-separated token is the key. A PEM block may
 * be wrapped and indented any way, so it is compared without whitespace.
 */
export function listsKey(trustedKeysText: string, listing: Listing): boolean {
  if (listing.form === 'pem') {
    const compact = trustedKeysText.replace(PEM_WHITESPACE, '')
    return compact.includes(`-----BEGINPUBLICKEY-----${listing.body}-----ENDPUBLICKEY-----`)
  }
  return trustedKeysText
    .split(LINE_BREAK)
    .some((line) => line.trim().split(/\s+/)[0] === listing.token)
}

const ED25519_RAW_BYTES = 32

/**
 * The texts a trusted-keys file may list a key by (formats.md 3 and 6): base64 SPKI DER
 * or its PEM block, raw Ed25519 base64, or a minisign `RW...` key carrying its key id.
 */
export function listingsOf(key: TrustedKey): Listing[] {
  const spki = key.spkiDer.toString('base64')
  const raw = key.spkiDer.subarray(-ED25519_RAW_BYTES)
  if (key.kind === 'ed25519-raw') return [{ form: 'token', token: raw.toString('base64') }]
  if (key.kind === 'minisign') {
    const token = Buffer.concat([Buffer.from('Ed'), key.minisignKeyId ?? Buffer.alloc(0), raw])
    return [{ form: 'token', token: token.toString('base64') }]
  }
  return [
    { form: 'token', token: spki },
    { form: 'pem', body: spki },
  ]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function at(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined
}
