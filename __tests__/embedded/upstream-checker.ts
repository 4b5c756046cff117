// An independent re-implementation of upstream's embedded-signature check (formats.md 1,
// 1.1, 1.2, 2, 2.1), on upstream's own parser: gray-matter 4, which reads YAML with
// js-yaml 3. It imports nothing from src/, so a mistake shared with the writer cannot
// pass both sides.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'
import matter from 'gray-matter'

export interface UpstreamVerdict {
  checksum: 'valid' | 'invalid' | 'missing'
  signature: 'valid' | 'invalid' | 'unsigned'
  covers?: string
  /** The signing key as base64 SPKI DER, when the signature names one. */
  spki?: string
  /** The parsed frontmatter, as upstream sees it. */
  data: Record<string, unknown>
}

const TAGS: Record<string, string> = {
  'frontmatter+body': 'dossier-signature-v2',
  'spec-frontmatter+body': 'dossier-signature-v3',
}

export function upstreamVerify(bytes: Buffer): UpstreamVerdict {
  // Upstream rewrites a ---dossier or ---json opening line to --- and reads YAML.
  const text = bytes.toString('utf8').replace(/^---(?:dossier|json)(?=\r?\n)/, '---')
  const data = matter(text, {}).data as Record<string, unknown>
  const body = Buffer.from(bodyOf(text), 'utf8')
  const metadata = data['metadata']
  const spec = isObject(metadata) && Object.keys(metadata).some((key) => key.startsWith('dossier.'))
  const field = (name: string): unknown =>
    spec ? specValue((metadata as Record<string, unknown>)[`dossier.${name}`]) : data[name]
  const declared = field('checksum')
  const hash = createHash('sha256').update(body).digest('hex')
  const checksum =
    declared === undefined || declared === null
      ? 'missing'
      : isObject(declared) && declared['algorithm'] === 'sha256' && declared['hash'] === hash
        ? 'valid'
        : 'invalid'
  const signature = field('signature')
  if (!isObject(signature)) return { checksum, signature: 'unsigned', data }
  const covers = signature['covers'] as string | undefined
  const payload = payloadOf(data, spec, covers, body)
  const key = keyOf(signature)
  const valid =
    payload !== undefined && key !== undefined && verifies(signature, payload, key.object)
  return {
    checksum,
    signature: valid ? 'valid' : 'invalid',
    covers,
    spki: key?.spki,
    data,
  }
}

/** formats.md 1.1: after the first "\n---", minus one "\r", then minus one "\n". */
export function bodyOf(text: string): string {
  const closing = text.indexOf('\n---', text.indexOf('\n'))
  let body = text.slice(closing + 4)
  if (body.startsWith('\r')) body = body.slice(1)
  if (body.startsWith('\n')) body = body.slice(1)
  return body
}

function payloadOf(
  data: Record<string, unknown>,
  spec: boolean,
  covers: string | undefined,
  body: Buffer,
): Buffer | undefined {
  if (covers === undefined || covers === 'body') return spec ? undefined : body
  if (covers !== (spec ? 'spec-frontmatter+body' : 'frontmatter+body')) return undefined
  const covered: Record<string, unknown> = { ...data }
  if (spec) {
    const metadata = { ...(data['metadata'] as Record<string, unknown>) }
    delete metadata['dossier.signature']
    covered['metadata'] = metadata
  } else {
    delete covered['signature']
  }
  return Buffer.concat([Buffer.from(`${TAGS[covers]}\n${stable(covered)}\n`), body])
}

/** Upstream's stableStringify: sorted keys, no whitespace, undefined dropped, Date as {}. */
export function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stable(object[key])}`).join(',')}}`
}

function keyOf(
  signature: Record<string, unknown>,
): { object: KeyObject; spki: string } | undefined {
  const text = signature['public_key']
  if (typeof text !== 'string') return undefined
  let object: KeyObject
  if (text.startsWith('-----BEGIN')) object = createPublicKey(text)
  else if (signature['algorithm'] === 'ed25519' && Buffer.from(text, 'base64').length === 32) {
    const x = Buffer.from(text, 'base64').toString('base64url')
    object = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' })
  } else {
    object = createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' })
  }
  return { object, spki: object.export({ type: 'spki', format: 'der' }).toString('base64') }
}

function verifies(signature: Record<string, unknown>, payload: Buffer, key: KeyObject): boolean {
  const bytes = Buffer.from(String(signature['signature']), 'base64')
  switch (signature['algorithm']) {
    case 'ECDSA-SHA-256':
      return verify('sha256', payload, key, bytes)
    case 'ed25519':
      return verify(null, payload, key, bytes)
    default:
      return false
  }
}

function specValue(text: unknown): unknown {
  if (typeof text !== 'string') return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
