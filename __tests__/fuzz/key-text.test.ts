// The key decoder behind trusted keys and embedded `public_key` (publicKeyFromText), fed
// keys whose DER was damaged byte by byte: it refuses with a KeyTextError, or it returns
// a key whose canonical SPKI is exactly the bytes it was given. Two texts never name one key.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { KeyTextError, publicKeyFromText } from '../../src/keys/public-key-text.js'
import { derVariantArb, encodeVariant, parseDer } from './der-variants.js'
import { parsedOrRefused, runs } from './fuzz-settings.js'
import { mutate, mutationsArb } from './mutations.js'
import { buildFixtures, rawEd25519 } from './signed-files.js'

const RUNS = 800
const VARIANT_RUNS = 400

/** A key's DER and how it is written around it: base64, PEM, or raw Ed25519 base64. */
interface KeyForm {
  der: Buffer
  write: (der: Buffer) => string
}

let forms: KeyForm[]
beforeAll(() => {
  const { p256, k1, ed } = buildFixtures().signers
  const base64 = (der: Buffer) => der.toString('base64')
  const pem = (der: Buffer) =>
    `-----BEGIN PUBLIC KEY-----\n${
      der
        .toString('base64')
        .match(/.{1,64}/g)
        ?.join('\n') ?? ''
    }\n-----END PUBLIC KEY-----\n`
  forms = [
    ...[p256, k1, ed].map((signer) => ({
      der: Buffer.from(signer.key.spkiBase64, 'base64'),
      write: base64,
    })),
    ...[p256, k1, ed].map((signer) => ({
      der: Buffer.from(signer.key.spkiBase64, 'base64'),
      write: pem,
    })),
    { der: rawEd25519(ed.key), write: base64 },
  ]
})

describe('publicKeyFromText on keys damaged below the text (properties 1 and 2)', () => {
  it('refuses with a KeyTextError, or reads exactly the canonical key it was given', () => {
    let read = 0
    fc.assert(
      fc.property(fc.nat(), mutationsArb, (index, mutations) => {
        const form = forms[index % forms.length]!
        const der = mutate(form.der, mutations)
        const decoded = parsedOrRefused(() => publicKeyFromText(form.write(der)))
        if ('refused' in decoded) {
          expect(decoded.refused).toBeInstanceOf(KeyTextError)
          return
        }
        read++
        const written =
          decoded.value.kind === 'ed25519-raw'
            ? decoded.value.spkiDer.subarray(-32)
            : decoded.value.spkiDer
        expect(written.toString('hex')).toBe(der.toString('hex'))
      }),
      runs(RUNS),
    )
    // Raw Ed25519 keys take any 32 bytes, so some damaged keys must still read.
    expect(read).toBeGreaterThan(0)
  })

  it('refuses every BER re-encoding of a real key that is not its canonical DER', () => {
    const spkiForms = forms.filter((form) => form.der.length > 32)
    fc.assert(
      fc.property(fc.nat(), derVariantArb, (index, variant) => {
        const form = spkiForms[index % spkiForms.length]!
        const tree = parseDer(form.der)
        expect(tree).toBeDefined()
        const ber = encodeVariant(tree!, variant)
        const decoded = parsedOrRefused(() => publicKeyFromText(form.write(ber)))
        if ('refused' in decoded) expect(decoded.refused).toBeInstanceOf(KeyTextError)
        else expect(decoded.value.spkiDer.toString('hex')).toBe(ber.toString('hex'))
      }),
      runs(VARIANT_RUNS),
    )
  })
})
