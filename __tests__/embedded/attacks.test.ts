import { generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { checksumOf } from '../../src/dossier/checksum.js'
import { parseDossier } from '../../src/dossier/dossier.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
import { buildTrustStore, pinArn } from '../../src/trust/trust-store.js'
import type { TrustStore } from '../../src/keys/trusted-key.js'
import { makeKey, signedDossier, writeDossier } from './signed-dossier.js'

const OFFICIAL_ARN = 'arn:aws:kms:us-east-1:942039714848:key/d9ccd3fc-b190-49fd-83f7-e94df6620c1d'
const official = makeKey('p256')
const attacker = makeKey('p256')
const ed = makeKey('ed25519')

const officialTrust = buildTrustStore([
  { text: `${official.spkiBase64} official\n${ed.spkiBase64} content\n`, source: 'test' },
])
const arnTrust = buildTrustStore([{ text: `${OFFICIAL_ARN} official\n`, source: 'test' }])

const check = (bytes: Buffer, trust: TrustStore = officialTrust): SignatureCheck | undefined =>
  verifyEmbedded(parseDossier(bytes), trust)

describe('the official ARN as key_id on an attacker key', () => {
  const forged = signedDossier({
    layout: 'legacy-json',
    scheme: 'v1',
    key: attacker,
    signature: { key_id: OFFICIAL_ARN },
  })

  it('is signed_unknown when the ARN is listed but not pinned, never verified', () => {
    expect(check(forged, arnTrust)).toMatchObject({
      status: 'signed_unknown',
      code: 'arn-not-pinned',
    })
  })

  it('is signed_unknown when the ARN is pinned to the real key bytes', () => {
    const pinned = pinArn(
      arnTrust,
      OFFICIAL_ARN,
      Buffer.from(official.spkiBase64, 'base64'),
      'official',
    )
    expect(check(forged, pinned)).toMatchObject({
      status: 'signed_unknown',
      code: 'key-not-trusted',
    })
    expect(check(forged, officialTrust)?.status).toBe('signed_unknown')
  })

  it('while the genuine signature verifies under the pinned ARN', () => {
    const genuine = signedDossier({
      layout: 'legacy-json',
      scheme: 'v1',
      key: official,
      signature: { key_id: OFFICIAL_ARN },
    })
    const pinned = pinArn(
      arnTrust,
      OFFICIAL_ARN,
      Buffer.from(official.spkiBase64, 'base64'),
      'official',
    )
    expect(check(genuine, pinned)).toMatchObject({ status: 'verified', keyIdentifier: 'official' })
  })

  it('is invalid when the attacker omits public_key, hoping a trusted key is tried', () => {
    const noKey = signedDossier({
      layout: 'legacy-json',
      scheme: 'v1',
      key: attacker,
      signature: { key_id: OFFICIAL_ARN, public_key: undefined },
    })
    expect(check(noKey)).toMatchObject({ status: 'invalid', code: 'no-trusted-key-verifies' })
  })
})

describe('a signature without public_key', () => {
  it('verifies against a trusted key of the right type', () => {
    const bytes = signedDossier({
      layout: 'legacy-yaml',
      scheme: 'v2',
      key: ed,
      signature: { public_key: undefined },
    })
    expect(check(bytes)).toMatchObject({ status: 'verified', keyIdentifier: 'content' })
  })

  it('is invalid with no trusted keys', () => {
    const bytes = signedDossier({
      layout: 'legacy-yaml',
      scheme: 'v2',
      key: ed,
      signature: { public_key: undefined },
    })
    expect(check(bytes, { keys: [], unpinnedArns: [] })).toMatchObject({ status: 'invalid' })
  })
})

describe('algorithm confusion: the algorithm field decides and the key must match it', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
  const rsaSpki = rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')

  it.each([
    [
      'an Ed25519 key under ECDSA-SHA-256',
      { algorithm: 'ECDSA-SHA-256', public_key: ed.spkiBase64 },
    ],
    [
      'a raw Ed25519 key under ECDSA-SHA-256',
      { algorithm: 'ECDSA-SHA-256', public_key: ed.spkiBase64.slice(-44) },
    ],
    ['an RSA key under ECDSA-SHA-256', { algorithm: 'ECDSA-SHA-256', public_key: rsaSpki }],
    [
      'a P-384 key under ECDSA-SHA-256',
      {
        algorithm: 'ECDSA-SHA-256',
        public_key: p384.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      },
    ],
    ['a P-256 key under ed25519', { algorithm: 'ed25519', public_key: official.spkiBase64 }],
  ])('refuses %s', (_case, signature) => {
    const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v1', key: official, signature })
    const result = check(bytes)
    expect(result?.status).toBe('invalid')
    expect(['key-algorithm-mismatch', 'signature-wrong-length', 'signature-not-der']).toContain(
      result?.code,
    )
  })

  it('refuses an RSA signature offered as ECDSA even when it is a valid RSA signature', () => {
    const body = '# body\n'
    const rsaSignature = sign('sha256', Buffer.from(body), rsa.privateKey)
    const bytes = writeDossier(
      'legacy-json',
      { checksum: checksumOf(Buffer.from(body)) },
      {
        algorithm: 'ECDSA-SHA-256',
        signature: rsaSignature.toString('base64'),
        public_key: rsaSpki,
      },
      body,
    )
    expect(check(bytes)).toMatchObject({ status: 'invalid', code: 'signature-not-der' })
  })

  it('refuses an unknown algorithm rather than guessing one', () => {
    const bytes = signedDossier({
      layout: 'legacy-json',
      scheme: 'v1',
      key: official,
      signature: { algorithm: 'none' },
    })
    expect(check(bytes)).toMatchObject({ status: 'invalid', code: 'unsupported-algorithm' })
  })
})

describe('covers: never downgraded', () => {
  it.each([
    [
      'an unknown covers value',
      'legacy-json',
      'v2',
      { covers: 'everything' },
      'unsupported-covers',
    ],
    ['a non-string covers value', 'legacy-json', 'v2', { covers: 2 }, 'unsupported-covers'],
    [
      'v3 on a legacy layout',
      'legacy-json',
      'v2',
      { covers: 'spec-frontmatter+body' },
      'covers-layout-mismatch',
    ],
    [
      'v2 on the spec layout',
      'spec',
      'v3',
      { covers: 'frontmatter+body' },
      'covers-layout-mismatch',
    ],
    ['v1 on the spec layout', 'spec', 'v3', { covers: undefined }, 'covers-layout-mismatch'],
  ] as const)('refuses %s', (_case, layout, scheme, signature, code) => {
    const bytes = signedDossier({ layout, scheme, key: ed, signature })
    expect(check(bytes)).toMatchObject({ status: 'invalid', code })
  })

  it('refuses a v2 signature relabelled as v1 (body only)', () => {
    const bytes = signedDossier({
      layout: 'legacy-json',
      scheme: 'v2',
      key: ed,
      signature: { covers: 'body' },
    })
    expect(check(bytes)).toMatchObject({ status: 'invalid', code: 'signature-mismatch' })
  })
})

describe('malformed signature objects give coded results, never a crash', () => {
  const ecdsaDer = Buffer.from(signedDossierSignature(), 'base64')
  it.each([
    ['not an object', 'just a string', 'error', 'signature-malformed'],
    ['an array', [1, 2], 'error', 'signature-malformed'],
    [
      'no signature field',
      { algorithm: 'ed25519', public_key: ed.spkiBase64 },
      'error',
      'signature-malformed',
    ],
    [
      'non-base64 signature',
      { algorithm: 'ed25519', signature: 'not base64!', public_key: ed.spkiBase64 },
      'error',
      'signature-not-base64',
    ],
    [
      'non-canonical base64',
      { algorithm: 'ed25519', signature: 'QUJD\nREVG', public_key: ed.spkiBase64 },
      'error',
      'signature-not-base64',
    ],
    [
      'a short Ed25519 signature',
      { algorithm: 'ed25519', signature: 'QUJD', public_key: ed.spkiBase64 },
      'invalid',
      'signature-wrong-length',
    ],
    [
      'a non-DER ECDSA signature',
      {
        algorithm: 'ECDSA-SHA-256',
        signature: Buffer.alloc(64, 1).toString('base64'),
        public_key: official.spkiBase64,
      },
      'invalid',
      'signature-not-der',
    ],
    [
      'DER with trailing bytes',
      {
        algorithm: 'ECDSA-SHA-256',
        signature: Buffer.concat([ecdsaDer, Buffer.from([0])]).toString('base64'),
        public_key: official.spkiBase64,
      },
      'invalid',
      'signature-not-der',
    ],
    [
      'a public key that is not base64',
      { algorithm: 'ed25519', signature: Buffer.alloc(64).toString('base64'), public_key: '%%%' },
      'error',
      'public-key-unreadable',
    ],
    [
      'a wrong-length public key',
      { algorithm: 'ed25519', signature: Buffer.alloc(64).toString('base64'), public_key: 'QUJD' },
      'error',
      'public-key-unreadable',
    ],
    [
      'a point not on the curve',
      {
        algorithm: 'ECDSA-SHA-256',
        signature: ecdsaDer.toString('base64'),
        public_key: offCurve(),
      },
      'error',
      'public-key-unreadable',
    ],
    [
      'a non-string public key',
      { algorithm: 'ed25519', signature: Buffer.alloc(64).toString('base64'), public_key: 7 },
      'error',
      'signature-malformed',
    ],
    [
      'a PEM with text around it',
      {
        algorithm: 'ed25519',
        signature: Buffer.alloc(64).toString('base64'),
        public_key: `junk\n${ed.publicKey.export({ type: 'spki', format: 'pem' }).toString()}`,
      },
      'error',
      'public-key-unreadable',
    ],
  ])('%s', (_case, signature, status, code) => {
    const body = '# body\n'
    const frontmatter = { checksum: checksumOf(Buffer.from(body)), signature }
    const text = `---dossier\n${JSON.stringify(frontmatter, null, 2)}\n---\n${body}`
    expect(check(Buffer.from(text))).toMatchObject({ kind: 'embedded', status, code })
  })

  // Upstream writes a YAML date as {} in the payload (formats.md 2.2): a signature over it
  // verifies, but the date can change under it. Verified, never ALLOW: it names the key.
  it('reports a frontmatter value the payload holds without covering (a YAML date)', () => {
    const dossierWith = (date: string, signature: Buffer): Buffer =>
      Buffer.from(
        `---\nlast_updated: ${date}\nsignature:\n  algorithm: ed25519\n  covers: frontmatter+body\n  signature: ${signature.toString('base64')}\n  public_key: ${ed.spkiBase64}\n---\nbody\n`,
      )
    const payload = Buffer.from(`dossier-signature-v2\n{"last_updated":{}}\nbody\n`, 'utf8')
    const signature = sign(null, payload, ed.privateKey)
    const first = check(dossierWith('2025-11-19', signature))
    expect(first).toMatchObject({
      status: 'verified',
      coverage: 'frontmatter+body',
      uncovered: ['last_updated'],
    })
    // The date changed; the signature still verifies: exactly why it is not covered.
    expect(check(dossierWith('2031-01-01', signature))).toMatchObject({ status: 'verified' })
    expect(check(dossierWith('2025-11-19', Buffer.alloc(64)))).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    })
  })
})

function signedDossierSignature(): string {
  const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v1', key: official })
  return (parseDossier(bytes).signature?.value as { signature: string }).signature
}

/** The official key's SPKI with the point's last byte changed: almost surely off the curve. */
function offCurve(): string {
  const der = Buffer.from(official.spkiBase64, 'base64')
  der[der.length - 1] = (der[der.length - 1] ?? 0) ^ 0x01
  return der.toString('base64')
}
