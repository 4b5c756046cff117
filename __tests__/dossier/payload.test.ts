import { createPublicKey, verify } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseDossier } from '../../src/dossier/dossier.js'
import { schemeOf, signedPayload } from '../../src/dossier/payload.js'

const FIXTURES = new URL('../../../shared/fixtures/upstream-dossiers/', import.meta.url)
const present = existsSync(new URL('trusted-keys.txt', FIXTURES))
if (!present) console.log('upstream fixtures absent; skipping the byte-exact payload checks')

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

;(present ? describe : describe.skip)('upstream v2/v3 payloads reproduce byte for byte', () => {
  it.each([
    ['dossier-content-hello.ed25519-signed.ds.md', 'v2', 'dossier-signature-v2\n{"authors":'],
    ['today-summary-skill.v3-spec-signed.ds.md', 'v3', 'dossier-signature-v3\n{"description":'],
  ] as const)('%s (%s)', (name, scheme, start) => {
    const dossier = parseDossier(readFileSync(new URL(name, FIXTURES)))
    const signature = dossier.signature?.value as {
      signature: string
      public_key: string
      covers: string
    }
    expect(schemeOf(signature.covers)).toBe(scheme)
    const payload = signedPayload(dossier, scheme)
    expect(payload.toString().startsWith(start)).toBe(true)
    expect(payload.toString()).not.toContain('"signature"')
    expect(payload.subarray(-dossier.body.length).equals(dossier.body)).toBe(true)
    // Checked straight with node:crypto, independent of the embedded verifier.
    const key = createPublicKey({
      key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(signature.public_key, 'base64')]),
      format: 'der',
      type: 'spki',
    })
    expect(verify(null, payload, key, Buffer.from(signature.signature, 'base64'))).toBe(true)
  })
})

describe('payload schemes', () => {
  const legacy = parseDossier(Buffer.from('---\ntitle: T\nsignature: {covers: x}\n---\nbody'))
  const spec = parseDossier(
    Buffer.from(
      "---\nname: n\nmetadata:\n  dossier.title: T\n  dossier.signature: '{}'\n  other.tool: x\n---\nbody",
    ),
  )

  it('v1 is the body', () => {
    expect(signedPayload(legacy, 'v1').toString()).toBe('body')
  })

  it('v2 is the tag, the frontmatter without signature, and the body', () => {
    expect(signedPayload(legacy, 'v2').toString()).toBe('dossier-signature-v2\n{"title":"T"}\nbody')
  })

  it('v3 drops only metadata["dossier.signature"], keeping other tools\' keys', () => {
    expect(signedPayload(spec, 'v3').toString()).toBe(
      'dossier-signature-v3\n{"metadata":{"dossier.title":"T","other.tool":"x"},"name":"n"}\nbody',
    )
  })

  it('binds schemes to layouts', () => {
    expect(() => signedPayload(spec, 'v1')).toThrow(
      expect.objectContaining({ code: 'covers-layout-mismatch' }),
    )
    expect(() => signedPayload(spec, 'v2')).toThrow(
      expect.objectContaining({ code: 'covers-layout-mismatch' }),
    )
    expect(() => signedPayload(legacy, 'v3')).toThrow(
      expect.objectContaining({ code: 'covers-layout-mismatch' }),
    )
  })

  it.each([undefined, 'body', 'frontmatter+body', 'spec-frontmatter+body'])(
    'knows covers %j',
    (covers) => {
      expect(['v1', 'v2', 'v3']).toContain(schemeOf(covers))
    },
  )

  it.each(['Body', 'frontmatter', '__proto__', 'constructor', null, 1, {}])(
    'refuses covers %j',
    (covers) => {
      expect(() => schemeOf(covers)).toThrow(
        expect.objectContaining({ code: 'unsupported-covers' }),
      )
    },
  )
})
