// Property 1 for the detached signature parsers: random and mutated signature files are
// read or refused with their own coded error, and what is read agrees with the format as
// formats.md 5 and 6 state it (signature-meaning.ts).
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { MinisignKeyError, parseMinisignPublicKey } from '../../src/keys/minisign-key.js'
import { MinisigError, parseMinisig } from '../../src/formats/minisig/minisig.js'
import { parseSigFile, SigFileError } from '../../src/formats/sig/sig-file.js'
import {
  parseSigstoreBundle,
  SigstoreBundleError,
} from '../../src/formats/sigstore/sigstore-bundle.js'
import { parsedOrRefused, runs } from './fuzz-settings.js'
import { mutate, mutationsArb, randomBytesArb, tokenSoupArb } from './mutations.js'
import { minisigMeaning, sigMeaning, sigstoreMeaning } from './signature-meaning.js'
import { buildFixtures, rawEd25519, type Fixtures } from './signed-files.js'

const RANDOM_RUNS = 500
const MUTATED_RUNS = 1500

let fixtures: Fixtures
beforeAll(() => {
  fixtures = buildFixtures()
})

/** A fixture's signature file of this kind, mutated. */
function mutatedArb(kind: 'sig' | 'sigstore' | 'minisig') {
  return fc
    .tuple(fc.nat(), mutationsArb)
    .map(([index, mutations]) =>
      mutate(fixtures.files[index % fixtures.files.length]!.detached[kind], mutations),
    )
}

function checkSig(bytes: Buffer): void {
  const parsed = parsedOrRefused(() => parseSigFile(bytes))
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(SigFileError)
    if (bytes.length <= 4096) expect(sigMeaning(bytes)).toBeUndefined()
  } else {
    expect(parsed.value.toString('hex')).toBe(sigMeaning(bytes))
  }
}

const HASH_NAMES = { sha256: 'SHA2_256', sha384: 'SHA2_384', sha512: 'SHA2_512' }

function checkSigstore(bytes: Buffer): void {
  const parsed = parsedOrRefused(() => parseSigstoreBundle(bytes))
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(SigstoreBundleError)
    return
  }
  const { hash, digest, signature } = parsed.value
  expect(digest.length).toBe({ sha256: 32, sha384: 48, sha512: 64 }[hash])
  const meaning = `${HASH_NAMES[hash]} ${digest.toString('hex')} ${signature.toString('hex')}`
  expect(sigstoreMeaning(bytes)).toBe(meaning)
}

function checkMinisig(bytes: Buffer): void {
  const parsed = parsedOrRefused(() => parseMinisig(bytes))
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(MinisigError)
    return
  }
  const { algorithm, keyId, signature, trustedComment, globalSignature } = parsed.value
  expect(['ED', 'Ed']).toContain(algorithm)
  const signed = Buffer.concat([Buffer.from(algorithm), keyId, signature])
  const meaning = [signed, trustedComment, globalSignature].map((part) => part.toString('hex'))
  expect(minisigMeaning(bytes)).toBe(meaning.join(' '))
}

function checkMinisignKey(text: string): void {
  const parsed = parsedOrRefused(() => parseMinisignPublicKey(text))
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(MinisignKeyError)
    return
  }
  expect(parsed.value.keyId.length).toBe(8)
  expect(parsed.value.publicKey.length).toBe(32)
}

/** Four lines with the right prefixes and base64 of plausible lengths, for deeper paths. */
const minisigShapedArb = fc
  .tuple(
    fc.string({ maxLength: 30 }),
    fc.uint8Array({ minLength: 70, maxLength: 78 }),
    fc.uint8Array({ maxLength: 40 }),
    fc.uint8Array({ minLength: 62, maxLength: 66 }),
    fc.constantFrom('\n', '\r\n', ''),
  )
  .map(([untrusted, signed, comment, global, end]) =>
    Buffer.concat([
      Buffer.from(
        `untrusted comment: ${untrusted}\n${Buffer.from(signed).toString('base64')}\ntrusted comment: `,
      ),
      Buffer.from(comment),
      Buffer.from(`\n${Buffer.from(global).toString('base64')}${end}`),
    ]),
  )

/** Bundles with the right skeleton and arbitrary leaves. */
const sigstoreShapedArb = fc
  .record({
    mediaType: fc.constantFrom(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
      'application/vnd.dev.sigstore.bundle+json;version=0.2',
      'application/json',
    ),
    hint: fc.oneof(fc.base64String(), fc.jsonValue()),
    algorithm: fc.oneof(
      fc.constantFrom('SHA2_256', 'SHA2_384', 'SHA2_512', 'hasOwnProperty'),
      fc.jsonValue(),
    ),
    digest: fc.oneof(
      fc.uint8Array({ maxLength: 70 }).map((b) => Buffer.from(b).toString('base64')),
      fc.jsonValue(),
    ),
    signature: fc.oneof(fc.base64String(), fc.jsonValue()),
  })
  .map(({ mediaType, hint, algorithm, digest, signature }) =>
    Buffer.from(
      JSON.stringify({
        mediaType,
        verificationMaterial: { publicKey: { hint } },
        messageSignature: { messageDigest: { algorithm, digest }, signature },
      }),
    ),
  )

describe('detached signature parsers (property 1)', () => {
  it('parseSigFile reads exactly one canonical base64 line, or refuses with a SigFileError', () => {
    fc.assert(fc.property(randomBytesArb, checkSig), runs(RANDOM_RUNS))
    const base64Line = fc
      .tuple(
        fc.base64String({ maxLength: 200 }),
        fc.constantFrom('', '\n', '\r\n', '\n\n', ' ', '\r'),
      )
      .map(([text, end]) => Buffer.from(`${text}${end}`))
    fc.assert(fc.property(base64Line, checkSig), runs(RANDOM_RUNS))
    fc.assert(fc.property(mutatedArb('sig'), checkSig), runs(MUTATED_RUNS))
  })

  it('parseSigstoreBundle reads the bundle formats.md 5 describes, or refuses with a SigstoreBundleError', () => {
    fc.assert(fc.property(randomBytesArb, checkSigstore), runs(RANDOM_RUNS))
    fc.assert(fc.property(sigstoreShapedArb, checkSigstore), runs(RANDOM_RUNS))
    fc.assert(fc.property(mutatedArb('sigstore'), checkSigstore), runs(MUTATED_RUNS))
  })

  it('parseMinisig reads the four lines of formats.md 6, or refuses with a MinisigError', () => {
    fc.assert(fc.property(randomBytesArb, checkMinisig), runs(RANDOM_RUNS))
    fc.assert(fc.property(minisigShapedArb, checkMinisig), runs(RANDOM_RUNS))
    fc.assert(fc.property(mutatedArb('minisig'), checkMinisig), runs(MUTATED_RUNS))
  })

  it('parseMinisignPublicKey reads an RW... key, bare or under its comment, or refuses with a MinisignKeyError', () => {
    fc.assert(fc.property(fc.oneof(tokenSoupArb, fc.string()), checkMinisignKey), runs(RANDOM_RUNS))
    const pub = () => {
      const { minisign } = fixtures.signers
      const token = minisign.listing.form === 'token' ? minisign.listing.token : ''
      return [
        token,
        `untrusted comment: minisign public key\n${token}\n`,
        rawEd25519(minisign.key).toString('base64'),
      ]
    }
    fc.assert(
      fc.property(fc.nat(), mutationsArb, (index, mutations) => {
        const texts = pub()
        checkMinisignKey(
          mutate(Buffer.from(texts[index % texts.length]!), mutations).toString('utf8'),
        )
      }),
      runs(MUTATED_RUNS),
    )
  })
})
