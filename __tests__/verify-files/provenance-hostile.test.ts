// Hostile provenance bundles: each gets a coded report of its own (the bundle's row, or
// `invalid` on the files it names), nothing is `verified` through it, nothing throws.
// And the one cross-kind move provenance opens: its signature over a PAE, offered as a
// detached signature of a file holding that PAE.
import { createHash, sign, verify as cryptoVerify } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { isDssePae, isTaggedPayload } from '../../src/dossier/payload.js'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { formatSigstoreBundle } from '../../src/formats/sigstore/sigstore-bundle.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import {
  MAX_PROVENANCE_BUNDLE_BYTES,
  parseProvenanceBundle,
} from '../../src/verify/provenance/bundle-reader.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { verifyWorkspace } from '../../src/verify/verify-workspace.js'
import { makeKey } from '../embedded/signed-dossier.js'
import {
  envelopeBundle,
  IN_TOTO,
  keyHint,
  pae,
  provenanceBundle,
  sha256Hex,
  statementText,
} from './provenance-bundles.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'dossier-provenance-hostile-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
beforeEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  mkdirSync(workspace)
})

const official = makeKey('p256')
const trust = buildTrustStore([{ text: `${official.spkiBase64} official\n`, source: 'keys' }])
const FILE = Buffer.from('---dossier\n{"title":"a"}\n---\nbody\n')
const BUNDLE = 'provenance.json'

const write = (name: string, bytes: Buffer | string): void => {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
  writeFileSync(path.join(workspace, name), bytes)
}

async function verify(files = '**/*.ds.md\n**/*.txt'): Promise<Map<string, FileReport>> {
  const { reports } = await verifyWorkspace({
    workspace,
    patterns: parseFilePatterns(files),
    trust,
    policy: 'warn',
    provenance: { patterns: parseFilePatterns(BUNDLE), expected: {} },
  })
  return new Map(reports.map((r) => [r.file, r]))
}

/** Any JSON value reached by indexing, for the field edits below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile edits reach anywhere
type Json = any

/** A bundle JSON with one field replaced, the rest valid. */
function bundleWith(change: (bundle: Json) => void): string {
  const bundle = JSON.parse(provenanceBundle({ key: official, files: { 'a.ds.md': FILE } }))
  change(bundle)
  return JSON.stringify(bundle)
}

const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`

/** Bundles nothing can be read from: the bundle's own row says why, with this code. */
const UNREADABLE: Array<[string, () => Buffer | string, string]> = [
  [
    'a bundle over the size limit',
    () => Buffer.alloc(MAX_PROVENANCE_BUNDLE_BYTES + 1, 0x20),
    'file-too-large',
  ],
  ['JSON nested 100,000 deep', () => deep(100_000), 'provenance-too-deep'],
  [
    'deep JSON inside a valid bundle',
    () => bundleWith((b) => (b['extra'] = JSON.parse(deep(40)))),
    'provenance-too-deep',
  ],
  [
    'a statement nested 100,000 deep',
    () => envelopeBundle(official, Buffer.from(deep(100_000))),
    'provenance-too-deep',
  ],
  [
    'a payload that is not base64',
    () => bundleWith((b) => (b['dsseEnvelope']['payload'] = '!!not base64!!')),
    'provenance-not-base64',
  ],
  [
    'a payload in non-canonical base64',
    () => bundleWith((b) => (b['dsseEnvelope']['payload'] = 'e30')),
    'provenance-not-base64',
  ],
  [
    'a signature that is not base64',
    () => bundleWith((b) => (b['dsseEnvelope']['signatures'][0]['sig'] = 'AAA=\n')),
    'provenance-not-base64',
  ],
  ['not JSON', () => 'not json', 'provenance-not-json'],
  ['invalid UTF-8', () => Buffer.from([0x7b, 0xff, 0x7d]), 'provenance-not-json'],
  [
    'a BOM before the JSON',
    () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bundleWith(() => {}))]),
    'provenance-not-json',
  ],
  ['a JSON array', () => '[]', 'provenance-bad-field'],
  [
    'another media type',
    () => bundleWith((b) => (b['mediaType'] = 'application/json')),
    'provenance-media-type',
  ],
  [
    'a blob signature bundle',
    () =>
      formatSigstoreBundle({
        digest: Buffer.alloc(32),
        hashAlgorithm: 'sha256',
        signature: Buffer.alloc(70, 1),
        spkiDer: Buffer.alloc(91),
      }),
    'provenance-unsupported-content',
  ],
  [
    'a keyless bundle',
    () => bundleWith((b) => (b['verificationMaterial'] = { certificate: {} })),
    'provenance-unsupported-content',
  ],
  [
    'a numeric hint',
    () => bundleWith((b) => (b['verificationMaterial']['publicKey']['hint'] = 7)),
    'provenance-bad-field',
  ],
  [
    'no signatures',
    () => bundleWith((b) => (b['dsseEnvelope']['signatures'] = [])),
    'provenance-bad-field',
  ],
  [
    '10,000 signatures',
    () =>
      bundleWith((b) => (b['dsseEnvelope']['signatures'] = Array(10_000).fill({ sig: 'AAAA' }))),
    'provenance-bad-field',
  ],
  [
    'a subject without a SHA-256',
    () =>
      envelopeBundle(
        official,
        Buffer.from('{"subject":[{"name":"a.ds.md","digest":{"sha1":"00"}}]}'),
      ),
    'provenance-bad-field',
  ],
  [
    'a subject list that is an object',
    () => envelopeBundle(official, Buffer.from('{"subject":{"name":"a.ds.md"}}')),
    'provenance-bad-field',
  ],
  [
    'one path listed twice',
    () =>
      envelopeBundle(
        official,
        Buffer.from(
          `{"subject":[{"name":"a.ds.md","digest":{"sha256":"${sha256Hex(FILE)}"}},{"name":"a.ds.md","digest":{"sha256":"${'0'.repeat(64)}"}}]}`,
        ),
      ),
    'provenance-duplicate-subject',
  ],
]

describe('bundles that cannot be read: a coded row of their own, never a crash', () => {
  it.each(UNREADABLE)('%s', async (_, bytes, code) => {
    write('a.ds.md', FILE)
    write(BUNDLE, bytes())
    const reports = await verify()
    expect(reports.get(BUNDLE)).toMatchObject({
      authenticity: 'error',
      recommendation: 'BLOCK',
      code,
      signatures: [expect.objectContaining({ kind: 'provenance', status: 'error', code })],
    })
    expect(reports.get('a.ds.md')).toMatchObject({ authenticity: 'unsigned', signatures: [] })
  })

  it('the reader alone refuses a too-large bundle before parsing it', () => {
    expect(() => parseProvenanceBundle(Buffer.alloc(MAX_PROVENANCE_BUNDLE_BYTES + 1))).toThrow(
      expect.objectContaining({ code: 'provenance-too-large' }),
    )
  })
})

describe('readable bundles that prove nothing: the files they name are invalid', () => {
  const cases: Array<[string, () => string, string]> = [
    [
      'garbage signature bytes',
      () =>
        bundleWith(
          (b) =>
            (b['dsseEnvelope']['signatures'][0]['sig'] = Buffer.from([0x30, 3, 2, 1, 1]).toString(
              'base64',
            )),
        ),
      'provenance-signature-mismatch',
    ],
    [
      'a hint naming an untrusted key',
      () => provenanceBundle({ key: makeKey('p256'), files: { 'a.ds.md': FILE } }),
      'provenance-signature-mismatch',
    ],
    [
      'a trusted key`s hint on a stranger`s signature',
      () =>
        provenanceBundle({
          key: makeKey('p256'),
          files: { 'a.ds.md': FILE },
          hint: keyHint(official),
        }),
      'provenance-signature-mismatch',
    ],
    [
      '__proto__ everywhere in the predicate',
      () =>
        envelopeBundle(
          official,
          Buffer.from(
            statementText({ key: official, files: { 'a.ds.md': FILE } })
              .replace('"predicate":{', '"predicate":{"__proto__":{"runDetails":1},')
              .replace('"https://slsa.dev/provenance/v1"', '"x"'),
          ),
        ),
      'provenance-predicate-type',
    ],
  ]
  it.each(cases)('%s', async (_, bytes, code) => {
    write('a.ds.md', FILE)
    write(BUNDLE, bytes())
    const report = (await verify()).get('a.ds.md')
    expect(report).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK', code })
  })

  it('a subject named __proto__ or with a path outside the workspace is only a name', async () => {
    const files = {
      ['__proto__']: FILE,
      '../outside.ds.md': FILE,
      '/etc/passwd': FILE,
      'a.ds.md': FILE,
    }
    expect(Object.keys(files)).toContain('__proto__')
    write('a.ds.md', FILE)
    write(
      BUNDLE,
      provenanceBundle({ key: official, files: Object.fromEntries(Object.entries(files)) }),
    )
    const reports = await verify()
    expect([...reports.keys()]).toEqual(['a.ds.md'])
    expect(reports.get('a.ds.md')?.authenticity).toBe('verified')
  })
})

describe('a DSSE PAE is never verified as a file (the tagged-payload rule, extended)', () => {
  const statement = Buffer.from(statementText({ key: official, files: { 'a.ds.md': FILE } }))
  const signedPae = pae(IN_TOTO, statement)

  it('isDssePae knows the prefix, and only it', () => {
    expect(isDssePae(signedPae)).toBe(true)
    expect(isTaggedPayload(signedPae)).toBe(true)
    expect(isDssePae(Buffer.from('DSSEv1 0  0 '))).toBe(true)
    for (const text of ['DSSEv1', 'DSSEv1\n', 'dssev1 1 a 0 ', ' DSSEv1 ', 'DSSEv2 1 a 0 ', '']) {
      expect(isDssePae(Buffer.from(text))).toBe(false)
    }
    expect(isTaggedPayload(Buffer.from('dossier-signature-v2\n{}'))).toBe(true)
    expect(isTaggedPayload(Buffer.from('---dossier\n{}\n---\n'))).toBe(false)
  })

  it('the bundle signature over the PAE, as a .sig or a .sigstore.json of a file holding it, is refused', async () => {
    const signature = sign('sha256', signedPae, official.privateKey)
    // The attack would work without the rule: this is a valid signature over the file.
    expect(cryptoVerify('sha256', signedPae, official.publicKey, signature)).toBe(true)
    write('pae.txt', signedPae)
    write('pae.txt.sig', formatSigFile(signature))
    write('pae2.txt', signedPae)
    write(
      'pae2.txt.sigstore.json',
      formatSigstoreBundle({
        digest: createHash('sha256').update(signedPae).digest(),
        hashAlgorithm: 'sha256',
        signature,
        spkiDer: official.publicKey.export({ type: 'spki', format: 'der' }),
      }),
    )
    const reports = await verify('**/*.txt')
    for (const file of ['pae.txt', 'pae2.txt']) {
      expect(reports.get(file)).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK' })
      expect(reports.get(file)?.signatures[0]?.code).toBe('dsse-payload-as-file')
      expect(reports.get(file)?.message).toContain('what a provenance bundle signs')
    }
  })
})
