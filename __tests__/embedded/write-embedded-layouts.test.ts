import { describe, expect, it } from '@jest/globals'
import { parseDossier } from '../../src/dossier/dossier.js'
import type { Layout } from '../../src/dossier/layout.js'
import type { PayloadScheme } from '../../src/dossier/payload.js'
import { embedSignature } from '../../src/formats/embedded/write-embedded.js'
import {
  cut,
  expectUpstreamSigned,
  fixture,
  LocalSigner,
  localKey,
  optionsFor,
  signedBytes,
  type LocalKey,
} from './embed-harness.js'
import { makeKey, signedDossier } from './signed-dossier.js'
import { upstreamVerify } from './upstream-checker.js'

const KEY = localKey()

describe('JSON written with other indentation', () => {
  const qa = cut(fixture('qa-sheet-triage-skill.unsigned.ds.md'))
  const data = JSON.parse(qa.frontmatter) as Record<string, unknown>
  const rewrite = (frontmatter: string) =>
    Buffer.concat([Buffer.from(`---dossier\n${frontmatter}\n---\n`), qa.body])

  it('4 spaces: the signature is written in 4-space style', async () => {
    const before = rewrite(JSON.stringify(data, null, 4))
    const after = signedBytes(await embedSignature(before, optionsFor(KEY)))
    expectUpstreamSigned(before, after, KEY, 'frontmatter+body')
    expect(after.toString('utf8')).toContain(
      '\n    },\n    "signature": {\n        "algorithm": "ECDSA-SHA-256",\n        "signature": "',
    )
    expect(after.toString('utf8')).toContain('"covers": "frontmatter+body"\n    }\n}\n---\n')
  })

  it('one line, no checksum: both fields appended compact, before the closing brace', async () => {
    const rest = { ...data }
    delete rest['checksum']
    const before = rewrite(JSON.stringify(rest))
    const after = signedBytes(await embedSignature(before, optionsFor(KEY)))
    const { checksum, signature } = parseDossier(after)
    const appended = `,"checksum":${JSON.stringify(checksum)},"signature":${JSON.stringify(signature?.value)}`
    expect(cut(after).frontmatter).toBe(cut(before).frontmatter.replace(/\}\n$/, `${appended}}\n`))
    expect(upstreamVerify(after)).toMatchObject({ checksum: 'valid', signature: 'valid' })
  })
})

describe('YAML with a multi-line signature block that is not last', () => {
  const before = Buffer.from(
    [
      '---',
      'title: Block signature',
      'signature:',
      '  algorithm: ed25519',
      '  public_key: aFl367Ta9sFHpQZXSsndkGYm4h4BgSuCV/f/qkMIvl4=',
      '  signature: >-',
      '    DypxBRsCA4ICYDYkwZfm48eUUhr3ZE550AZG3dFuCRWwjiNU8wzHtunnPda7c5vqZWSa8eDW1rdVbBBdhBNVAg==',
      '  signed_by: someone',
      'checksum:',
      '  algorithm: sha256',
      '  hash: "0000"',
      'version: "1.0.0"',
      'tags:',
      '- a',
      '- b',
      '---',
      '',
      'Body with a leading blank line.',
      '',
    ].join('\n'),
  )

  it('replaces both blocks by one line each; every other line stays', async () => {
    const after = signedBytes(await embedSignature(before, optionsFor(KEY)))
    expectUpstreamSigned(before, after, KEY, 'frontmatter+body')
    const lines = cut(after).frontmatter.split('\n')
    expect(lines[0]).toBe('title: Block signature')
    expect(lines[1]).toMatch(/^signature: \{"algorithm":"ECDSA-SHA-256",.*\}$/)
    expect(lines[2]).toMatch(/^checksum: \{"algorithm":"sha256","hash":"[0-9a-f]{64}"\}$/)
    expect(lines.slice(3)).toEqual(['version: "1.0.0"', 'tags:', '- a', '- b', ''])
  })
})

it('replaces an old signature block that YAML 1.1 and 1.2 read apart (it is not signed)', async () => {
  const before = Buffer.from(
    '---\ntitle: T\nsignature:\n  algorithm: ed25519\n  covers: frontmatter+body\n  timeout: 010\n  signature: AAAA\n---\nbody\n',
  )
  expect(parseDossier(before).readingsDisagree).toMatchObject({ path: 'signature.timeout' })
  const after = signedBytes(await embedSignature(before, optionsFor(KEY)))
  expectUpstreamSigned(before, after, KEY, 'frontmatter+body')
})

describe('spec layout without dossier.signature (nor checksum)', () => {
  const before = Buffer.from(
    [
      '---',
      "name: 'release-notes'",
      'description: "Write release notes; it\'s a test"',
      'metadata:',
      "    dossier.title: 'Release notes'",
      '    "dossier.version": \'1.0.0\'',
      "    dossier.risk_level: 'low'",
      '---',
      '# Release notes',
      '',
    ].join('\n'),
  )

  it('inserts both under metadata with its 4-space indentation, single-quoted', async () => {
    const options = { ...optionsFor(KEY), signedBy: "octo-org/o'reilly run 7" }
    const after = signedBytes(await embedSignature(before, options))
    expectUpstreamSigned(before, after, KEY, 'spec-frontmatter+body')
    const lines = cut(after).frontmatter.split('\n')
    expect(lines[6]).toMatch(
      /^ {4}dossier\.checksum: '\{"algorithm":"sha256","hash":"[0-9a-f]{64}"\}'$/,
    )
    expect(lines[7]).toMatch(
      /^ {4}dossier\.signature: '\{"algorithm":"ECDSA-SHA-256",.*"signed_by":"octo-org\/o''reilly run 7"\}'$/,
    )
    expect(upstreamVerify(after).data).toMatchObject({ name: 'release-notes' })
  })
})

describe('signatures by this key made by other writers', () => {
  const test = makeKey('p256')
  const key: LocalKey = {
    arn: 'arn:aws:kms:eu-west-1:111122223333:key/11111111-2222-3333-4444-555555555555',
    spkiDer: Buffer.from(test.spkiBase64, 'base64'),
    spkiBase64: test.spkiBase64,
    publicKey: test.publicKey,
    privateKey: test.privateKey,
  }

  it.each([
    ['legacy-json', 'v1', 'signed'],
    ['legacy-yaml', 'v1', 'signed'],
    ['legacy-json', 'v2', 'skipped'],
    ['legacy-yaml', 'v2', 'skipped'],
    ['spec', 'v3', 'skipped'],
  ] as Array<[Layout, PayloadScheme, string]>)('%s %s: %s', async (layout, scheme, status) => {
    const before = signedDossier({ layout, scheme, key: test })
    const signer = new LocalSigner(key)
    const result = await embedSignature(before, optionsFor(key, signer))
    expect(result.status).toBe(status)
    expect(signer.calls).toBe(status === 'signed' ? 1 : 0)
    if (result.status === 'signed') {
      // A v1 (body-only) signature by this key is upgraded, never kept.
      expectUpstreamSigned(before, result.bytes, key, 'frontmatter+body')
      expect(parseDossier(result.bytes).signature?.value).toMatchObject({ key_id: key.arn })
    }
  })
})

it('signs with a secp256k1 key too (ECDSA-SHA-256)', async () => {
  const k1 = localKey('secp256k1')
  const before = fixture('qa-sheet-triage-skill.unsigned.ds.md')
  const after = signedBytes(await embedSignature(before, optionsFor(k1)))
  expectUpstreamSigned(before, after, k1, 'frontmatter+body')
})
