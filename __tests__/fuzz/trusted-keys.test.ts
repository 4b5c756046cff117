// Property 1 (and the parser half of property 2) for trusted keys: random and mutated
// trusted-keys texts are read or refused with a TrustedKeysError, and a signer's key is
// trusted only while the text still lists it (signature-meaning.ts, formats.md 3).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import fc from 'fast-check'
import { TrustedKeysError } from '../../src/trust/trusted-keys-error.js'
import { parseTrustedKeys, type TrustedKeysFile } from '../../src/trust/trusted-keys-file.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { parsedOrRefused, runs } from './fuzz-settings.js'
import { mutate, mutationsArb, STRUCTURAL_TOKENS, tokenSoupArb } from './mutations.js'
import { listingsOf, listsKey } from './signature-meaning.js'
import { fixedKey, fixedX25519PublicKey } from './fixed-keys.js'
import { buildFixtures, rawEd25519, type Fixtures } from './signed-files.js'

const RANDOM_RUNS = 1000
const LINES_RUNS = 1000
const MUTATED_RUNS = 1500
const STORE_RUNS = 300

let fixtures: Fixtures
let keyPieces: string[]
beforeAll(() => {
  fixtures = buildFixtures()
  const { p256, k1, ed, minisign } = fixtures.signers
  const pem = (key: typeof p256.key) =>
    key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  keyPieces = [
    p256.key.spkiBase64,
    k1.key.spkiBase64,
    rawEd25519(ed.key).toString('base64'),
    minisign.listing.form === 'token' ? minisign.listing.token : '',
    ...pem(k1.key).split('\n'),
    fixedKey('ed25519', 'private').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    fixedX25519PublicKey('unsupported').export({ type: 'spki', format: 'der' }).toString('base64'),
    'untrusted comment: minisign public key 0042',
    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws:kms:us-east-1:123456789012:alias/official',
  ]
})

/** formats.md 3: every line or paragraph separator but "\n" (after one optional "\r"). */
const OTHER_SEPARATORS = ['\r', '\v', '\f', '\u0085', '\u2028', '\u2029']
const STRAY_SEPARATOR = /\r(?!\n)|[\v\f\u0085\u2028\u2029]/

/** The "\n"-counted line holding the first stray separator, which must be refused there. */
function straySeparatorLine(text: string): number | undefined {
  const stray = STRAY_SEPARATOR.exec(text)
  return stray === null ? undefined : text.slice(0, stray.index).split('\n').length
}

/** Property 1 and well-formed entries; returns what was read, if anything. */
function checkParse(text: string): TrustedKeysFile | undefined {
  const parsed = parsedOrRefused(() => parseTrustedKeys(text, 'trusted-keys'))
  const strayLine = straySeparatorLine(text)
  if (strayLine !== undefined) {
    // Never read as a line break, never folded into an identifier: refused on its line.
    expect('refused' in parsed && parsed.refused).toMatchObject({
      code: 'line-separator-in-line',
      location: `trusted-keys:${strayLine}`,
    })
  }
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(TrustedKeysError)
    if (strayLine === undefined) expect(parsed.refused.code).not.toBe('line-separator-in-line')
    return undefined
  }
  for (const key of parsed.value.keys) {
    expect(key.identifier).not.toBe('')
    expect(
      key.spkiDer.equals(
        createPublicKey({ key: key.spkiDer, format: 'der', type: 'spki' }).export({
          type: 'spki',
          format: 'der',
        }),
      ),
    ).toBe(true)
    expect(key.spkiDer.equals(key.publicKey.export({ type: 'spki', format: 'der' }))).toBe(true)
    if (key.kind === 'minisign') expect(key.minisignKeyId?.length).toBe(8)
    // Trusted only as written: no damaged, padded or re-encoded text names a key.
    expect({
      key: key.identifier,
      listed: listingsOf(key).some((listing) => listsKey(text, listing)),
    }).toEqual({
      key: key.identifier,
      listed: true,
    })
  }
  for (const arn of parsed.value.unpinnedArns) expect(arn.identifier).not.toBe('')
  return parsed.value
}

/**
 * Lines of key pieces, identifiers, comments and token soup, joined by "\n" or "\r\n"
 * or, now and then, by a separator that must be refused.
 */
const linesArb = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.nat(), fc.constantFrom(' ', '\t', '  ', ''), fc.string({ maxLength: 20 }))
        .map(
          ([index, gap, identifier]) => `${keyPieces[index % keyPieces.length]}${gap}${identifier}`,
        ),
      fc.constantFrom('# a comment', '', '-----BEGIN PUBLIC KEY-----', '-----END PUBLIC KEY-----'),
      tokenSoupArb,
    ),
    { maxLength: 10 },
  )
  .chain((lines) =>
    fc
      .oneof(
        { arbitrary: fc.constantFrom('\n', '\r\n'), weight: 3 },
        { arbitrary: fc.constantFrom(...OTHER_SEPARATORS), weight: 1 },
      )
      .map((lineBreak) => lines.join(lineBreak)),
  )

describe('parseTrustedKeys and buildTrustStore (properties 1 and 2)', () => {
  it('read or refuse with a TrustedKeysError on random text', () => {
    const randomText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom(...STRUCTURAL_TOKENS)).map((t) => t.join('')),
    )
    fc.assert(
      fc.property(randomText, (text) => void checkParse(text)),
      runs(RANDOM_RUNS),
    )
  })

  it('read or refuse with a TrustedKeysError on lines built from real keys', () => {
    fc.assert(
      fc.property(linesArb, (text) => void checkParse(text)),
      runs(LINES_RUNS),
    )
  })

  it('trust a key only while a mutated trusted-keys text still lists it', () => {
    let read = 0
    fc.assert(
      fc.property(mutationsArb, (mutations) => {
        const text = mutate(Buffer.from(fixtures.trustedKeysText), mutations).toString('utf8')
        const file = checkParse(text)
        if (file === undefined) return
        read++
      }),
      runs(MUTATED_RUNS),
    )
    expect(read).toBeGreaterThan(MUTATED_RUNS / 10)
  })

  it('buildTrustStore reads several sources in order as one store, or refuses with a TrustedKeysError', () => {
    fc.assert(
      fc.property(mutationsArb, mutationsArb, (first, second) => {
        const texts = [first, second].map((mutations) =>
          mutate(Buffer.from(fixtures.trustedKeysText), mutations).toString('utf8'),
        )
        const files = texts.map(checkParse)
        const store = parsedOrRefused(() =>
          buildTrustStore(texts.map((text, i) => ({ text, source: `source-${i}` }))),
        )
        if ('refused' in store) {
          expect(store.refused).toBeInstanceOf(TrustedKeysError)
          expect(files).toContain(undefined)
          return
        }
        expect(store.value.keys.map((key) => key.source)).toEqual(
          files.flatMap(
            (file, i) =>
              file?.keys.map((key) => key.source.replace('trusted-keys', `source-${i}`)) ?? [],
          ),
        )
        expect(store.value.unpinnedArns.length).toBe(
          files.reduce((sum, file) => sum + (file?.unpinnedArns.length ?? 0), 0),
        )
      }),
      runs(STORE_RUNS),
    )
  })
})
