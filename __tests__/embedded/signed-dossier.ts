// Test helper: writes dossiers in each layout and signs them with real keys, the way
// upstream's writers and KMS do, so the verifier is checked against real signatures.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { dump } from 'js-yaml'
import { canonical } from '../../src/dossier/canonical-json.js'
import { checksumOf } from '../../src/dossier/checksum.js'
import type { Layout } from '../../src/dossier/layout.js'
import type { PayloadScheme } from '../../src/dossier/payload.js'

export type KeyType = 'p256' | 'secp256k1' | 'ed25519'

export interface TestKey {
  type: KeyType
  privateKey: KeyObject
  publicKey: KeyObject
  spkiBase64: string
}

export function makeKey(type: KeyType): TestKey {
  const pair =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: type === 'p256' ? 'prime256v1' : 'secp256k1' })
  return {
    type,
    ...pair,
    spkiBase64: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  }
}

/** KMS ECDSA_SHA_256 over a DIGEST of SHA-256(payload) is ECDSA-SHA256 over the payload. */
export function signPayload(key: TestKey, payload: Buffer): Buffer {
  return key.type === 'ed25519'
    ? sign(null, payload, key.privateKey)
    : sign('sha256', payload, key.privateKey)
}

export const COVERS: Record<PayloadScheme, string | undefined> = {
  v1: undefined,
  v2: 'frontmatter+body',
  v3: 'spec-frontmatter+body',
}

export interface SignOptions {
  layout: Layout
  scheme: PayloadScheme
  key: TestKey
  body?: string
  /** Override the signature object's fields (undefined deletes). */
  signature?: Record<string, unknown>
  /** Raw text for public_key; default: base64 SPKI DER (ECDSA) or raw 32 bytes (Ed25519). */
  publicKey?: string
}

/** Long base64 stays on one line, so tests can find and edit it in the text. */
const NO_FOLDING = { lineWidth: -1 }

export const DEFAULT_BODY = '# Title\n\nDo the thing.\r\nWith a CRLF line.\n'

/** A signed dossier's bytes in the given layout. */
export function signedDossier(options: SignOptions): Buffer {
  const body = options.body ?? DEFAULT_BODY
  const fields: Record<string, unknown> = {
    dossier_schema_version: '1.0.0',
    title: 'Round trip',
    version: '1.0.0',
    risk_level: 'low',
    tags: ['a', 'b'],
    checksum: checksumOf(Buffer.from(body)),
  }
  const covered = options.layout === 'spec' ? toSpec(fields) : fields
  const tag = options.scheme === 'v2' ? 'dossier-signature-v2' : 'dossier-signature-v3'
  const payload =
    options.scheme === 'v1'
      ? Buffer.from(body)
      : Buffer.from(`${tag}\n${canonical(covered)}\n${body}`)
  const signature: Record<string, unknown> = {
    algorithm: options.key.type === 'ed25519' ? 'ed25519' : 'ECDSA-SHA-256',
    signature: signPayload(options.key, payload).toString('base64'),
    public_key: options.publicKey ?? defaultPublicKey(options.key),
    key_id: 'test-key',
    signed_at: '2026-01-01T00:00:00.000Z',
    covers: COVERS[options.scheme],
    ...options.signature,
  }
  for (const name of Object.keys(signature))
    if (signature[name] === undefined) delete signature[name]
  return writeDossier(options.layout, covered, signature, body)
}

export function writeDossier(
  layout: Layout,
  frontmatter: Record<string, unknown>,
  signature: Record<string, unknown> | undefined,
  body: string,
): Buffer {
  if (layout === 'spec') {
    const metadata = { ...(frontmatter['metadata'] as Record<string, string>) }
    if (signature) metadata['dossier.signature'] = JSON.stringify(signature)
    return Buffer.from(`---\n${dump({ ...frontmatter, metadata }, NO_FOLDING)}---\n${body}`)
  }
  const withSignature = signature ? { ...frontmatter, signature } : frontmatter
  return layout === 'legacy-json'
    ? Buffer.from(`---dossier\n${JSON.stringify(withSignature, null, 2)}\n---\n${body}`)
    : Buffer.from(`---\n${dump(withSignature, NO_FOLDING)}---\n${body}`)
}

function toSpec(fields: Record<string, unknown>): Record<string, unknown> {
  const metadata: Record<string, string> = {}
  for (const [name, value] of Object.entries(fields)) {
    metadata[`dossier.${name}`] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return { name: 'round-trip', description: 'A round trip', metadata }
}

function defaultPublicKey(key: TestKey): string {
  const der = key.publicKey.export({ type: 'spki', format: 'der' })
  return key.type === 'ed25519' ? der.subarray(-32).toString('base64') : der.toString('base64')
}
