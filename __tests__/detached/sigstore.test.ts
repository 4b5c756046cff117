import { describe, expect, it } from '@jest/globals'
import {
  constants,
  createHash,
  generateKeyPairSync,
  sign,
  type KeyObject,
  type SignKeyObjectInput,
} from 'node:crypto'
import type { HashName } from '../../src/keys/algorithms.js'
import {
  formatSigstoreBundle,
  parseSigstoreBundle,
  sigstoreKeyHint,
} from '../../src/formats/sigstore/sigstore-bundle.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { trustedKey, verifyDetached } from './fixtures.js'

const file = Buffer.from('---\nname: bundle test\n---\nbody\n')

interface TestKey {
  privateKey: KeyObject
  trusted: TrustedKey
}

function ecKey(name: string, namedCurve = 'P-256'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve })
  return { privateKey, trusted: trustedKey(publicKey, name) }
}

const alice = ecKey('alice')
const bob = ecKey('bob')
const mallory = ecKey('mallory')

/** A bundle as sign mode writes it: KMS signs the digest, formatSigstoreBundle wraps it. */
function bundleFor(
  signer: TestKey,
  options: {
    hash?: HashName
    content?: Buffer
    hintKey?: TrustedKey
    key?: SignKeyObjectInput
  } = {},
): string {
  const hash = options.hash ?? 'sha256'
  const key = options.key ?? signer.privateKey
  const signature =
    signer.privateKey.asymmetricKeyType === 'ed25519'
      ? sign(null, file, signer.privateKey)
      : sign(hash, file, key)
  return formatSigstoreBundle({
    digest: createHash(hash)
      .update(options.content ?? file)
      .digest(),
    hashAlgorithm: hash,
    signature,
    spkiDer: (options.hintKey ?? signer.trusted).spkiDer,
  })
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at any field of the JSON
type Json = any

function edited(bundle: string, edit: (json: Json) => void): string {
  const json = JSON.parse(bundle)
  edit(json)
  return JSON.stringify(json)
}

describe('formatSigstoreBundle', () => {
  it('writes the exact v0.3 shape of formats.md 5, on one line', () => {
    const signature = Buffer.from('3045022100', 'hex')
    const digest = createHash('sha256').update(file).digest()
    const text = formatSigstoreBundle({
      digest,
      hashAlgorithm: 'sha256',
      signature,
      spkiDer: alice.trusted.spkiDer,
    })
    const hint = createHash('sha256').update(alice.trusted.spkiDer).digest('base64')
    expect(text).toBe(
      `{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json",` +
        `"verificationMaterial":{"publicKey":{"hint":"${hint}"}},` +
        `"messageSignature":{"messageDigest":{"algorithm":"SHA2_256","digest":"${digest.toString('base64')}"},` +
        `"signature":"MEUCIQA="}}\n`,
    )
    expect(sigstoreKeyHint(alice.trusted.spkiDer)).toBe(hint)
    expect(parseSigstoreBundle(Buffer.from(text))).toEqual({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      hint,
      hash: 'sha256',
      digest,
      signature,
    })
  })
})

describe('.sigstore.json verification', () => {
  it('round trip: verified by the hinted key', () => {
    expect(
      verifyDetached('sigstore', bundleFor(alice), [bob.trusted, alice.trusted], file),
    ).toEqual({
      kind: 'sigstore',
      status: 'verified',
      coverage: 'file',
      keyIdentifier: 'alice',
      algorithm: 'ECDSA_SHA_256',
      signatureFile: 'signed.txt.sigstore',
      message: expect.stringContaining('alice'),
    })
  })

  it('the same verdict one byte at a time', () => {
    expect(verifyDetached('sigstore', bundleFor(alice), [alice.trusted], file, 1).status).toBe(
      'verified',
    )
  })

  it.each([
    ['P-384', 'sha384', 'ECDSA_SHA_384'],
    ['P-521', 'sha512', 'ECDSA_SHA_512'],
    ['secp256k1', 'sha256', 'ECDSA_SHA_256'],
  ] as const)('%s with %s: verified as %s', (curve, hash, algorithm) => {
    const signer = ecKey(curve, curve)
    expect(
      verifyDetached('sigstore', bundleFor(signer, { hash }), [signer.trusted], file),
    ).toMatchObject({ status: 'verified', algorithm })
  })

  it('RSA-PSS and PKCS#1 v1.5 keys, Ed25519 keys', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 3072 })
    const rsaKey = { privateKey: rsa.privateKey, trusted: trustedKey(rsa.publicKey, 'rsa') }
    const pss = {
      key: rsa.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
    }
    expect(
      verifyDetached(
        'sigstore',
        bundleFor(rsaKey, { hash: 'sha384', key: pss }),
        [rsaKey.trusted],
        file,
      ),
    ).toMatchObject({ status: 'verified', algorithm: 'RSASSA_PSS_SHA_384' })
    expect(
      verifyDetached('sigstore', bundleFor(rsaKey, { hash: 'sha512' }), [rsaKey.trusted], file),
    ).toMatchObject({ status: 'verified', algorithm: 'RSASSA_PKCS1_V1_5_SHA_512' })
    const ed = generateKeyPairSync('ed25519')
    const edKey = { privateKey: ed.privateKey, trusted: trustedKey(ed.publicKey, 'ed') }
    expect(
      verifyDetached('sigstore', bundleFor(edKey, { hash: 'sha512' }), [edKey.trusted], file),
    ).toMatchObject({ status: 'verified', algorithm: 'ED25519' })
  })

  it('a P-384 key never verifies under a hash KMS does not pair with its curve', () => {
    const signer = ecKey('p384', 'P-384')
    expect(
      verifyDetached('sigstore', bundleFor(signer, { hash: 'sha256' }), [signer.trusted], file),
    ).toMatchObject({ status: 'invalid', code: 'no-fitting-key' })
  })

  it('a changed file is a digest mismatch', () => {
    const check = verifyDetached(
      'sigstore',
      bundleFor(alice),
      [alice.trusted],
      Buffer.from('other'),
    )
    expect(check).toMatchObject({ status: 'invalid', code: 'digest-mismatch' })
  })

  it('a recorded digest that is not the file’s is invalid even when the signature verifies', () => {
    const bundle = bundleFor(alice, { content: Buffer.from('something else') })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file)).toMatchObject({
      status: 'invalid',
      code: 'digest-mismatch',
    })
  })

  it('a hint naming another trusted key is only a hint', () => {
    const check = verifyDetached(
      'sigstore',
      bundleFor(alice, { hintKey: bob.trusted }),
      [bob.trusted, alice.trusted],
      file,
    )
    expect(check).toMatchObject({ status: 'verified', keyIdentifier: 'alice' })
    expect(check.message).toContain('names another trusted key, bob')
  })

  it('a hint naming an untrusted key, yet a trusted key signed: verified', () => {
    const check = verifyDetached(
      'sigstore',
      bundleFor(alice, { hintKey: mallory.trusted }),
      [alice.trusted],
      file,
    )
    expect(check).toMatchObject({ status: 'verified', keyIdentifier: 'alice' })
    expect(check.message).toContain('names no trusted key')
  })

  it('signed and hinted by an untrusted key: invalid, never signed_unknown', () => {
    const check = verifyDetached('sigstore', bundleFor(mallory), [alice.trusted, bob.trusted], file)
    expect(check).toMatchObject({ status: 'invalid', code: 'hinted-key-untrusted' })
  })

  it('hinting a trusted key does not make an untrusted signature verify', () => {
    const bundle = bundleFor(mallory, { hintKey: alice.trusted })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file)).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    })
  })

  it('without a hint, every fitting key is tried', () => {
    const bundle = edited(bundleFor(alice), (json) => {
      json.verificationMaterial.publicKey = {}
    })
    expect(verifyDetached('sigstore', bundle, [bob.trusted, alice.trusted], file)).toMatchObject({
      status: 'verified',
      keyIdentifier: 'alice',
    })
  })

  it('accepts the v0.2 media type and ignores tlog entries', () => {
    const bundle = edited(bundleFor(alice), (json) => {
      json.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2'
      json.verificationMaterial.tlogEntries = []
    })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file).status).toBe('verified')
  })

  it('an empty hint is no hint: a wrong signature is a mismatch, not an untrusted hint', () => {
    const bundle = edited(bundleFor(mallory), (json) => {
      json.verificationMaterial.publicKey.hint = ''
    })
    expect(parseSigstoreBundle(Buffer.from(bundle))).not.toHaveProperty('hint')
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file)).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    })
  })

  it('ignores tlog entries and timestamps, even ones @sigstore/bundle would refuse', () => {
    const bundle = edited(bundleFor(alice), (json) => {
      json.verificationMaterial.tlogEntries = [{}, 7]
      json.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: 'x' }
    })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file).status).toBe('verified')
  })

  it('a changed signature is never verified', () => {
    const bundle = edited(bundleFor(alice), (json) => {
      const signature = Buffer.from(json.messageSignature.signature, 'base64')
      signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 1
      json.messageSignature.signature = signature.toString('base64')
    })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file).status).toBe('invalid')
  })
})

describe('malformed bundles are errors with codes, never throws', () => {
  const good = bundleFor(alice)
  const cases: Array<[string, string | Buffer, string]> = [
    ['not JSON', 'not json', 'sigstore-not-json'],
    ['empty', '', 'sigstore-not-json'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'sigstore-not-json'],
    ['a BOM', `\ufeff${good}`, 'sigstore-not-json'],
    ['a JSON array', '[]', 'sigstore-bad-field'],
    ['JSON null', 'null', 'sigstore-bad-field'],
    ['too large', `${good}${' '.repeat(1024 * 1024)}`, 'sigstore-too-large'],
    [
      'a wrong media type',
      edited(good, (j) => (j.mediaType = 'application/json')),
      'sigstore-media-type',
    ],
    ['no media type', edited(good, (j) => delete j.mediaType), 'sigstore-media-type'],
    [
      'verificationMaterial a string',
      edited(good, (j) => (j.verificationMaterial = 'x')),
      'sigstore-bad-field',
    ],
    [
      'a certificate instead of a key',
      edited(good, (j) => (j.verificationMaterial = { certificate: { rawBytes: 'AAAA' } })),
      'sigstore-unsupported-content',
    ],
    [
      'a numeric hint',
      edited(good, (j) => (j.verificationMaterial.publicKey.hint = 7)),
      'sigstore-bad-field',
    ],
    [
      'a DSSE envelope',
      edited(good, (j) => {
        delete j.messageSignature
        j.dsseEnvelope = {
          payload: 'e30=',
          payloadType: 'application/vnd.in-toto+json',
          signatures: [],
        }
      }),
      'sigstore-unsupported-content',
    ],
    [
      'no messageDigest',
      edited(good, (j) => delete j.messageSignature.messageDigest),
      'sigstore-bad-field',
    ],
    [
      'SHA-1',
      edited(good, (j) => (j.messageSignature.messageDigest.algorithm = 'SHA1')),
      'sigstore-unsupported-hash',
    ],
    [
      'a prototype key as algorithm',
      edited(good, (j) => (j.messageSignature.messageDigest.algorithm = 'toString')),
      'sigstore-unsupported-hash',
    ],
    [
      'a short digest',
      edited(good, (j) => (j.messageSignature.messageDigest.digest = 'AAAA')),
      'sigstore-bad-field',
    ],
    [
      'a SHA-384 label on a SHA-256 digest',
      edited(good, (j) => (j.messageSignature.messageDigest.algorithm = 'SHA2_384')),
      'sigstore-bad-field',
    ],
    [
      'a numeric signature',
      edited(good, (j) => (j.messageSignature.signature = 5)),
      'sigstore-bad-field',
    ],
    [
      'a signature not in base64',
      edited(good, (j) => (j.messageSignature.signature = 'MEUC!!==')),
      'sigstore-bad-field',
    ],
    [
      'an empty signature',
      edited(good, (j) => (j.messageSignature.signature = '')),
      'sigstore-bad-field',
    ],
    [
      'an empty digest',
      edited(good, (j) => (j.messageSignature.messageDigest.digest = '')),
      'sigstore-bad-field',
    ],
    [
      'unpadded base64',
      edited(
        good,
        (j) => (j.messageSignature.signature = j.messageSignature.signature.slice(0, -1)),
      ),
      'sigstore-bad-field',
    ],
    [
      'a signature as an array of bytes',
      edited(good, (j) => (j.messageSignature.signature = [48, 69])),
      'sigstore-bad-field',
    ],
    [
      'a null hint',
      edited(good, (j) => (j.verificationMaterial.publicKey.hint = null)),
      'sigstore-bad-field',
    ],
    [
      'publicKey a string',
      edited(good, (j) => (j.verificationMaterial.publicKey = 'key')),
      'sigstore-bad-field',
    ],
    [
      'the v0.1 media type (@sigstore/bundle reads it)',
      edited(good, (j) => (j.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1')),
      'sigstore-media-type',
    ],
    [
      'v0.3 in the media type spelling of v0.2',
      edited(good, (j) => (j.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.3')),
      'sigstore-media-type',
    ],
    [
      'SHA3-256 (a protobuf HashAlgorithm, not one KMS signs)',
      edited(good, (j) => (j.messageSignature.messageDigest.algorithm = 'SHA3_256')),
      'sigstore-unsupported-hash',
    ],
    [
      'the algorithm as its protobuf enum number',
      edited(good, (j) => (j.messageSignature.messageDigest.algorithm = 1)),
      'sigstore-unsupported-hash',
    ],
    [
      'a media type nested 100,000 arrays deep',
      `{"mediaType":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'sigstore-bad-field',
    ],
    [
      'nesting 100,000 deep in a field nobody reads',
      edited(good, (j) => (j.verificationMaterial.tlogEntries = 'DEEP')).replace(
        '"DEEP"',
        `${'{"a":'.repeat(100_000)}0${'}'.repeat(100_000)}`,
      ),
      'sigstore-bad-field',
    ],
  ]

  it.each(cases)('%s', (_name, content, code) => {
    expect(verifyDetached('sigstore', content, [alice.trusted], file)).toMatchObject({
      kind: 'sigstore',
      status: 'error',
      code,
    })
  })
})

describe('what the bundle library must never be handed', () => {
  it('an object with a length where bytes belong: refused at once, never allocated', () => {
    // protobuf's JSON reader passes any value to Buffer.from, which allocates `length`
    // bytes for an array-like: 300 MB here took 18 s and a gigabyte before this check.
    const started = performance.now()
    const bundle = edited(bundleFor(alice), (json) => {
      json.messageSignature.signature = { length: 300_000_000 }
      json.messageSignature.messageDigest.digest = { length: 300_000_000 }
    })
    expect(verifyDetached('sigstore', bundle, [alice.trusted], file)).toMatchObject({
      status: 'error',
      code: 'sigstore-bad-field',
    })
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('formatSigstoreBundle refuses an empty signature rather than write an unreadable bundle', () => {
    expect(() =>
      formatSigstoreBundle({
        digest: createHash('sha256').update(file).digest(),
        hashAlgorithm: 'sha256',
        signature: Buffer.alloc(0),
        spkiDer: alice.trusted.spkiDer,
      }),
    ).toThrow(expect.objectContaining({ code: 'sigstore-bad-field' }))
  })
})
