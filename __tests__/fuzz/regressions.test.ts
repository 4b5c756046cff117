// Counterexamples the fuzz properties found, kept as plain tests.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { parseDossier } from '../../src/dossier/dossier.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import { TrustedKeysError } from '../../src/trust/trusted-keys-error.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { makeKey, signedDossier, type TestKey } from '../embedded/signed-dossier.js'

/** Where an SPKI's BIT STRING says how many of its last bits are unused (always 0 in DER). */
const P256_UNUSED_BITS = 25
const ED25519_UNUSED_BITS = 11

/** A P-256 key whose Y is even: OpenSSL then reads the BER variant as this very key. */
function p256WithEvenY(): TestKey {
  for (;;) {
    const key = makeKey('p256')
    if ((Buffer.from(key.spkiBase64, 'base64').at(-1)! & 1) === 0) return key
  }
}

function withUnusedBit(spkiDer: Buffer, at: number): string {
  const ber = Buffer.from(spkiDer)
  ber[at] = 1
  return ber.toString('base64')
}

describe('fuzz counterexample (FUZZ_SEED=2): a public key in BER that OpenSSL re-encodes', () => {
  // verifier.test.ts, legacy-json v1 dossier, one bit flipped: "...DQgAE..." became
  // "...DQgEE...", an unused-bits count of 1 in the key's BIT STRING. OpenSSL read it as
  // the signer's key, so a different public_key text verified as the trusted key.
  it('is refused as an embedded public_key, not verified as the trusted key it re-encodes to', () => {
    const signer = p256WithEvenY()
    const ber = signer.spkiBase64.replace('DQgAE', 'DQgEE')
    expect(ber).toBe(withUnusedBit(Buffer.from(signer.spkiBase64, 'base64'), P256_UNUSED_BITS))
    const trust = buildTrustStore([{ text: `${signer.spkiBase64} official`, source: 'test' }])
    const dossier = signedDossier({
      layout: 'legacy-json',
      scheme: 'v1',
      key: signer,
      publicKey: ber,
    })
    expect(verifyEmbedded(parseDossier(dossier), trust)).toMatchObject({
      status: 'error',
      code: 'public-key-unreadable',
    })
  })

  it('is refused as a trusted-keys entry', () => {
    const ber = withUnusedBit(Buffer.from(p256WithEvenY().spkiBase64, 'base64'), P256_UNUSED_BITS)
    expect(() => buildTrustStore([{ text: `${ber} official`, source: 'test' }])).toThrow(
      expect.objectContaining({ code: 'invalid-key' }) as unknown as TrustedKeysError,
    )
  })

  // key-text.test.ts found the same for a long-form length inside the key: only the
  // outer SEQUENCE was checked for strict DER.
  it('is refused with a non-minimal length inside the key', () => {
    const der = Buffer.from(p256WithEvenY().spkiBase64, 'base64')
    // 3059 3013 <AlgorithmIdentifier> ... becomes 305b 30820013 <AlgorithmIdentifier> ...
    expect(der.subarray(0, 4).toString('hex')).toBe('30593013')
    const ber = Buffer.concat([Buffer.from('305b30820013', 'hex'), der.subarray(4)])
    expect(() =>
      buildTrustStore([{ text: `${ber.toString('base64')} official`, source: 'test' }]),
    ).toThrow(expect.objectContaining({ code: 'invalid-key' }) as unknown as TrustedKeysError)
  })

  it('is refused for Ed25519, where OpenSSL would clear a key bit and read another key', () => {
    const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' })
    const odd = Buffer.from(der)
    odd[odd.length - 1] = odd.at(-1)! | 1
    expect(() =>
      buildTrustStore([{ text: `${withUnusedBit(odd, ED25519_UNUSED_BITS)} ed`, source: 'test' }]),
    ).toThrow(TrustedKeysError)
  })
})
