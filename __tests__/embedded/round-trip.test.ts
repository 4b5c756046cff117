import { describe, expect, it } from '@jest/globals'
import { parseDossier } from '../../src/dossier/dossier.js'
import type { Layout } from '../../src/dossier/layout.js'
import type { PayloadScheme } from '../../src/dossier/payload.js'
import { ecdsaFromDer, toEcdsaDer } from '../../src/keys/der.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { TrustStore } from '../../src/keys/trusted-key.js'
import { makeKey, signedDossier, type KeyType, type TestKey } from './signed-dossier.js'

const KEYS: Record<KeyType, TestKey> = {
  p256: makeKey('p256'),
  secp256k1: makeKey('secp256k1'),
  ed25519: makeKey('ed25519'),
}

const trustOf = (key: TestKey): TrustStore =>
  buildTrustStore([{ text: `${key.spkiBase64} test-signer\n`, source: 'test' }])

const check = (bytes: Buffer, trust: TrustStore): SignatureCheck | undefined =>
  verifyEmbedded(parseDossier(bytes), trust)

/** Every layout with the schemes it allows (formats.md 2.1). */
const CASES: Array<[Layout, PayloadScheme]> = [
  ['legacy-json', 'v1'],
  ['legacy-json', 'v2'],
  ['legacy-yaml', 'v1'],
  ['legacy-yaml', 'v2'],
  ['spec', 'v3'],
]

/** Replace the first occurrence of `from` by `to` (same length: a one-byte change). */
function edit(bytes: Buffer, from: string, to: string): Buffer {
  const text = bytes.toString('utf8')
  expect(text).toContain(from)
  return Buffer.from(text.replace(from, to))
}

describe.each(Object.keys(KEYS) as KeyType[])('embedded %s signatures', (type) => {
  const key = KEYS[type]
  const trust = trustOf(key)

  describe.each(CASES)('%s %s', (layout, scheme) => {
    const bytes = signedDossier({ layout, scheme, key })

    it('verifies with the key trusted, naming its identifier and algorithm', () => {
      expect(check(bytes, trust)).toMatchObject({
        kind: 'embedded',
        status: 'verified',
        keyIdentifier: 'test-signer',
        algorithm: type === 'ed25519' ? 'ED25519' : 'ECDSA_SHA_256',
      })
    })

    it('is signed_unknown with no trusted keys', () => {
      expect(check(bytes, { keys: [], unpinnedArns: [] })).toMatchObject({
        status: 'signed_unknown',
        code: 'key-not-trusted',
      })
    })

    it('reports the line of the signature', () => {
      const line = check(bytes, trust)?.line ?? 0
      const lineText = bytes.toString('utf8').split('\n')[line - 1] ?? ''
      expect(lineText).toMatch(layout === 'spec' ? /dossier\.signature/ : /signature/)
    })

    it('is invalid after a one-byte change to the body', () => {
      expect(check(edit(bytes, 'Do the thing', 'Do the thinG'), trust)).toMatchObject({
        status: 'invalid',
        code: 'signature-mismatch',
      })
    })

    it('is invalid after a one-byte change to the signature', () => {
      const signature = signatureOf(bytes)
      const tampered = Buffer.from(signature, 'base64')
      tampered.writeUInt8((tampered.at(-1) ?? 0) ^ 0x01, tampered.length - 1)
      const result = check(edit(bytes, signature, tampered.toString('base64')), trust)
      expect(result?.status).toBe('invalid')
    })

    if (scheme !== 'v1') {
      it('is invalid after a one-byte change to the frontmatter', () => {
        expect(check(edit(bytes, 'Round trip', 'Round trap'), trust)).toMatchObject({
          status: 'invalid',
          code: 'signature-mismatch',
        })
      })
    } else {
      it('still verifies when only uncovered frontmatter changes (v1 covers the body)', () => {
        expect(check(edit(bytes, 'Round trip', 'Round trap'), trust)?.status).toBe('verified')
      })
    }
  })
})

describe('ECDSA high-S signatures (KMS does not normalise S)', () => {
  // n of P-256 and of secp256k1: s and n - s are both valid signatures of one message.
  const ORDERS: Record<'p256' | 'secp256k1', bigint> = {
    p256: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  }

  it.each(['p256', 'secp256k1'] as const)('accepts s and n - s on %s', (type) => {
    const key = KEYS[type]
    const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v1', key })
    const signature = signatureOf(bytes)
    const parts = ecdsaFromDer(Buffer.from(signature, 'base64'))
    if (!parts) throw new Error('test signature is not DER')
    const flipped = toEcdsaDer({ r: parts.r, s: ORDERS[type] - parts.s })
    const highS = parts.s > ORDERS[type] / 2n ? signature : flipped.toString('base64')
    const lowS = parts.s > ORDERS[type] / 2n ? flipped.toString('base64') : signature
    const trust = trustOf(key)
    expect(check(edit(bytes, signature, highS), trust)?.status).toBe('verified')
    expect(check(edit(bytes, signature, lowS), trust)?.status).toBe('verified')
  })
})

describe('Ed25519 public key forms', () => {
  const key = KEYS.ed25519
  const der = key.publicKey.export({ type: 'spki', format: 'der' })
  it.each([
    ['raw 32-byte base64', der.subarray(-32).toString('base64')],
    ['SPKI DER base64', der.toString('base64')],
    ['SPKI PEM', key.publicKey.export({ type: 'spki', format: 'pem' }).toString()],
  ])('verifies with %s', (_form, publicKey) => {
    const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v2', key, publicKey })
    expect(check(bytes, trustOf(key))).toMatchObject({
      status: 'verified',
      keyIdentifier: 'test-signer',
    })
  })
})

describe('accepted field spellings', () => {
  it('reads the schema spelling ecdsa-sha256 and `timestamp` for signed_at', () => {
    const key = KEYS.p256
    const bytes = signedDossier({
      layout: 'legacy-yaml',
      scheme: 'v2',
      key,
      signature: { algorithm: 'ecdsa-sha256', signed_at: undefined, timestamp: '2025-12-05' },
    })
    expect(check(bytes, trustOf(key))).toMatchObject({
      status: 'verified',
      algorithm: 'ECDSA_SHA_256',
    })
  })
})

function signatureOf(bytes: Buffer): string {
  const value = parseDossier(bytes).signature?.value as { signature?: string } | undefined
  if (!value?.signature) throw new Error('no signature in test dossier')
  return value.signature
}
