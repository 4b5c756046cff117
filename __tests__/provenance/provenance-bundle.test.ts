import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from '../../src/formats/provenance/dsse.js'
import {
  formatProvenanceBundle,
  MAX_PROVENANCE_BUNDLE_BYTES,
  parseProvenanceBundle,
  ProvenanceError,
} from '../../src/formats/provenance/provenance-bundle.js'
import { provenanceStatement } from '../../src/formats/provenance/write-provenance.js'
import { statementBytes } from '../../src/formats/provenance/statement.js'
import { HEX_A, HEX_B, sampleRun, testKey, type Json } from './fixtures.js'

const key = testKey()
const statement = provenanceStatement(
  [
    { name: 'dossiers/b.ds.md', digest: { sha256: HEX_B } },
    { name: 'dossiers/a.ds.md', digest: { sha256: HEX_A } },
  ],
  sampleRun(),
)
const payload = statementBytes(statement)
const signature = Buffer.from('3045022100' + 'ab'.repeat(32) + '0220' + 'cd'.repeat(32), 'hex')
const text = formatProvenanceBundle({ payload, signature, spkiDer: key.spkiDer })
const json = (): Json => JSON.parse(text)
const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))

function codeOf(input: Buffer): string {
  try {
    parseProvenanceBundle(input)
  } catch (error) {
    if (error instanceof ProvenanceError) return error.code
    throw error
  }
  return 'accepted'
}

describe('formatProvenanceBundle', () => {
  it('writes formats.md 7 in its field order: v0.3, key hint, DSSE, keyid ""', () => {
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')).toHaveLength(2)
    expect(Object.keys(json())).toEqual(['mediaType', 'verificationMaterial', 'dsseEnvelope'])
    expect(json()).toEqual({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        publicKey: { hint: createHash('sha256').update(key.spkiDer).digest('base64') },
      },
      dsseEnvelope: {
        payloadType: 'application/vnd.in-toto+json',
        payload: payload.toString('base64'),
        signatures: [{ sig: signature.toString('base64'), keyid: '' }],
      },
    })
  })
})

describe('parseProvenanceBundle', () => {
  it('reads back the statement, payload, PAE, signature and hint', () => {
    const read = parseProvenanceBundle(Buffer.from(text))
    expect(read).toEqual({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      hint: createHash('sha256').update(key.spkiDer).digest('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload,
      pae: preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload),
      signature,
      statement,
    })
    expect(read.statement.subject.map((s) => s.name)).toEqual([
      'dossiers/a.ds.md',
      'dossiers/b.ds.md',
    ])
  })

  it('reads a bundle without a hint or keyid, and ignores tlog entries', () => {
    const b = json()
    b.verificationMaterial = { publicKey: {}, tlogEntries: [] }
    delete b.dsseEnvelope.signatures[0].keyid
    const read = parseProvenanceBundle(bytes(b))
    expect(read.hint).toBeUndefined()
    expect(read.signature).toEqual(signature)
  })

  const edits: Array<[string, string, (b: Json) => void]> = [
    [
      'a v0.2 media type',
      'provenance-media-type',
      (b) => (b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2'),
    ],
    ['no media type', 'provenance-media-type', (b) => delete b.mediaType],
    [
      'a certificate instead of a key',
      'provenance-unsupported-content',
      (b) => (b.verificationMaterial = { certificate: { rawBytes: 'AAAA' } }),
    ],
    [
      'a message signature (a .sigstore.json)',
      'provenance-unsupported-content',
      (b) => {
        delete b.dsseEnvelope
        b.messageSignature = {
          messageDigest: { algorithm: 'SHA2_256', digest: 'AAAA' },
          signature: 'AAAA',
        }
      },
    ],
    [
      'another payload type',
      'provenance-payload-type',
      (b) => (b.dsseEnvelope.payloadType = 'application/vnd.in-toto+JSON'),
    ],
    [
      'a payload type with a parameter',
      'provenance-payload-type',
      (b) => (b.dsseEnvelope.payloadType = 'application/vnd.in-toto+json; charset=utf-8'),
    ],
    [
      'two signatures',
      'provenance-unsupported-content',
      (b) => b.dsseEnvelope.signatures.push(b.dsseEnvelope.signatures[0]),
    ],
    ['no signature', 'provenance-unsupported-content', (b) => (b.dsseEnvelope.signatures = [])],
    ['an empty signature', 'provenance-bad-field', (b) => (b.dsseEnvelope.signatures[0].sig = '')],
    ['a numeric keyid', 'provenance-bad-field', (b) => (b.dsseEnvelope.signatures[0].keyid = 7)],
    [
      'a payload with junk base64 skips',
      'provenance-bad-field',
      (b) =>
        (b.dsseEnvelope.payload = `${b.dsseEnvelope.payload.slice(0, 8)}!${b.dsseEnvelope.payload.slice(8)}`),
    ],
    [
      'an unpadded payload',
      'provenance-bad-field',
      (b) =>
        (b.dsseEnvelope.payload =
          b.dsseEnvelope.payload.replace(/=+$/, '') +
          (b.dsseEnvelope.payload.endsWith('=') ? '' : 'A')),
    ],
    [
      'URL-safe base64',
      'provenance-bad-field',
      (b) => (b.dsseEnvelope.signatures[0].sig = signature.toString('base64url')),
    ],
    [
      'a payload object',
      'provenance-bad-field',
      (b) => (b.dsseEnvelope.payload = { length: 300000000 }),
    ],
    [
      'a hint that is no SHA-256',
      'provenance-bad-field',
      (b) => (b.verificationMaterial.publicKey.hint = 'AAAA'),
    ],
    ['a numeric hint', 'provenance-bad-field', (b) => (b.verificationMaterial.publicKey.hint = 7)],
    [
      'a payload that is no statement',
      'provenance-bad-statement',
      (b) => (b.dsseEnvelope.payload = bytes({ _type: 'x' }).toString('base64')),
    ],
  ]
  it.each(edits)('refuses %s', (_, code, edit) => {
    const b = json()
    edit(b)
    expect(codeOf(bytes(b))).toBe(code)
  })

  it('refuses what is not strict JSON, too large, or nested too deep', () => {
    expect(codeOf(Buffer.from(text.slice(0, -5)))).toBe('provenance-not-json')
    expect(codeOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(
      'provenance-not-json',
    )
    expect(codeOf(Buffer.from('[]'))).toBe('provenance-bad-field')
    expect(codeOf(Buffer.alloc(MAX_PROVENANCE_BUNDLE_BYTES + 1, 0x20))).toBe('provenance-too-large')
    const deep = text.replace(
      '"verificationMaterial":{',
      `"verificationMaterial":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
    )
    expect(codeOf(Buffer.from(deep))).toBe('provenance-too-deep')
  })

  it('checks the statement inside, whatever the predicate type', () => {
    const other = { ...statement, predicateType: 'https://example.com/not-slsa' }
    const b = json()
    b.dsseEnvelope.payload = bytes(other).toString('base64')
    expect(parseProvenanceBundle(bytes(b)).statement.predicateType).toBe(
      'https://example.com/not-slsa',
    )
  })
})
