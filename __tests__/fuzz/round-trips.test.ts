// Property 3: the signature formats dossier-sign writes read back as what was written.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { formatMinisignPublicKey, parseMinisignPublicKey } from '../../src/keys/minisign-key.js'
import { formatMinisig, parseMinisig, type Minisig } from '../../src/formats/minisig/minisig.js'
import { formatSigFile, parseSigFile } from '../../src/formats/sig/sig-file.js'
import {
  formatSigstoreBundle,
  parseSigstoreBundle,
  SIGSTORE_BUNDLE_MEDIA_TYPE,
  sigstoreKeyHint,
} from '../../src/formats/sigstore/sigstore-bundle.js'
import { runs } from './fuzz-settings.js'

const SIGSTORE_RUNS = 500
const MINISIG_RUNS = 500
const KEY_RUNS = 300
const SIG_RUNS = 300

const bytes = (length: number) =>
  fc.uint8Array({ minLength: length, maxLength: length }).map((b) => Buffer.from(b))
const DIGEST_BYTES = { sha256: 32, sha384: 48, sha512: 64 } as const

/** A comment line: anything but a line break (formatMinisig refuses those). */
const commentArb = fc
  .string({ unit: 'binary', maxLength: 200 })
  .filter((text) => !/[\r\n]/.test(text))

const minisigArb: fc.Arbitrary<Minisig> = fc.record({
  algorithm: fc.constantFrom('ED', 'Ed'),
  keyId: bytes(8),
  signature: bytes(64),
  trustedComment: fc
    .uint8Array({ maxLength: 300 })
    .map((b) => Buffer.from(b.filter((byte) => byte !== 0x0a && byte !== 0x0d))),
  globalSignature: bytes(64),
  untrustedComment: commentArb,
})

describe('round trips (property 3)', () => {
  it('formatSigstoreBundle then parseSigstoreBundle is the identity on every field', () => {
    const inputArb = fc.constantFrom('sha256', 'sha384', 'sha512').chain((hashAlgorithm) =>
      fc.record({
        hashAlgorithm: fc.constant(hashAlgorithm),
        digest: bytes(DIGEST_BYTES[hashAlgorithm]),
        signature: fc.uint8Array({ minLength: 1, maxLength: 600 }).map((b) => Buffer.from(b)),
        spkiDer: fc.uint8Array({ minLength: 1, maxLength: 600 }).map((b) => Buffer.from(b)),
      }),
    )
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(parseSigstoreBundle(Buffer.from(formatSigstoreBundle(input)))).toEqual({
          mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
          hint: sigstoreKeyHint(input.spkiDer),
          hash: input.hashAlgorithm,
          digest: input.digest,
          signature: input.signature,
        })
      }),
      runs(SIGSTORE_RUNS),
    )
  })

  it('formatMinisig then parseMinisig is the identity, and formats back byte for byte', () => {
    fc.assert(
      fc.property(minisigArb, (minisig) => {
        const file = formatMinisig(minisig)
        const parsed = parseMinisig(file)
        expect(parsed).toEqual(minisig)
        expect(formatMinisig(parsed).equals(file)).toBe(true)
      }),
      runs(MINISIG_RUNS),
    )
  })

  it('formatMinisignPublicKey then parseMinisignPublicKey is the identity', () => {
    fc.assert(
      fc.property(bytes(8), bytes(32), (keyId, publicKey) => {
        expect(parseMinisignPublicKey(formatMinisignPublicKey({ keyId, publicKey }))).toEqual({
          keyId,
          publicKey,
        })
      }),
      runs(KEY_RUNS),
    )
  })

  it('formatSigFile then parseSigFile is the identity', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), (signature) => {
        expect(parseSigFile(Buffer.from(formatSigFile(Buffer.from(signature))))).toEqual(
          Buffer.from(signature),
        )
      }),
      runs(SIG_RUNS),
    )
  })
})
