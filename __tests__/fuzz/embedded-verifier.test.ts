// verifyEmbedded on signature objects rewritten field by field (property 1 and a two-sided
// property 2): it never throws, and it says `verified` exactly when every field still
// means what the signer wrote. A field's alternatives are either equivalent (an alias, the
// same key in another form, an unsigned field) or not, so the expected verdict is exact.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDossier } from '../../src/dossier/dossier.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import { signedDossier } from '../embedded/signed-dossier.js'
import { fixedKey, fixedLengthSignature } from './fixed-keys.js'
import { runs } from './fuzz-settings.js'
import { buildFixtures, publicKeyForms, type Fixtures, type SignedFile } from './signed-files.js'

const RUNS = 1500

/** A field's rewrite: its text (undefined deletes it), and whether it keeps the meaning. */
interface Rewrite {
  value: unknown
  equivalent: boolean
}

const same = (value: unknown): Rewrite => ({ value, equivalent: true })
const other = (value: unknown): Rewrite => ({ value, equivalent: false })

let fixtures: Fixtures
/** Per fixture, the alternatives for each signature field. */
let rewrites: Map<SignedFile, Record<string, Rewrite[]>>

beforeAll(() => {
  fixtures = buildFixtures()
  const privatePem = fixedKey('ed25519', 'private')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
  rewrites = new Map(
    fixtures.files.map((file) => {
      const key = file.signers.embedded.key
      const ecdsa = key.type !== 'ed25519'
      const { p256, k1, minisign } = fixtures.signers
      // A trusted key of the same type that did not sign, and one of the other type.
      const sameType = key.type === 'ed25519' ? minisign.key : key === p256.key ? k1.key : p256.key
      const otherType = key.type === 'ed25519' ? p256.key : minisign.key
      const signatureOfOtherContent = fixedLengthSignature(
        key,
        Buffer.from('other content'),
      ).toString('base64')
      const fields: Record<string, Rewrite[]> = {
        algorithm: [
          same(ecdsa ? 'ECDSA-SHA-256' : 'ed25519'),
          ...(ecdsa ? [same('ecdsa-sha256'), other('ed25519')] : [other('ECDSA-SHA-256')]),
          other('ES256'),
          other('Ed25519'),
          other(''),
          other(256),
          other(null),
          other(undefined),
        ],
        signature: [
          other(signatureOfOtherContent),
          other(Buffer.alloc(64, 7).toString('base64')),
          other(`${signatureOfOtherContent.slice(0, -2)}==`),
          other('not base64!'),
          other(''),
          other(42),
          other(undefined),
        ],
        public_key: [
          same(undefined),
          ...publicKeyForms(key).map(same),
          ...publicKeyForms(sameType).map(other),
          ...publicKeyForms(otherType).map(other),
          other(privatePem),
          other('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
          other('AAAA'),
          other(17),
        ],
        covers: [
          ...coversRewrites(file),
          other('__proto__'),
          other('constructor'),
          other('Body'),
          other(3),
          other(null),
        ],
        key_id: [
          same(undefined),
          same('arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
          same(42),
        ],
        signed_at: [same(undefined), same('yesterday'), same({ nested: true })],
        signed_by: [same(undefined), same('someone else')],
      }
      return [file, fields]
    }),
  )
})

/** What `covers` may say for the scheme the fixture was signed with (formats.md 2.1). */
function coversRewrites(file: SignedFile): Rewrite[] {
  const names = { v1: 'body', v2: 'frontmatter+body', v3: 'spec-frontmatter+body' }
  return Object.entries(names)
    .map(([scheme, name]) => (scheme === file.scheme ? same(name) : other(name)))
    .concat(file.scheme === 'v1' ? [same(undefined)] : [other(undefined)])
}

/** Up to three fields rewritten, each by a pick among its alternatives; the rest stay as signed. */
const choicesArb = fc.dictionary(
  fc.constantFrom(
    'algorithm',
    'signature',
    'public_key',
    'covers',
    'key_id',
    'signed_at',
    'signed_by',
  ),
  fc.nat(),
  { maxKeys: 3 },
)

describe('verifyEmbedded on rewritten signature objects (properties 1 and 2)', () => {
  it('never throws, and verifies exactly when every rewritten field is equivalent', () => {
    let verified = 0
    fc.assert(
      fc.property(fc.nat(), choicesArb, (index, choices) => {
        const file = fixtures.files[index % fixtures.files.length]!
        const fields = rewrites.get(file)!
        const overrides: Record<string, unknown> = {}
        let equivalent = true
        for (const [field, pick] of Object.entries(choices)) {
          const options = fields[field]!
          const rewrite = options[pick % options.length]!
          overrides[field] = rewrite.value
          equivalent &&= rewrite.equivalent
        }
        const signer = file.signers.embedded
        // Keyless fixtures stay keyless unless public_key is rewritten.
        const keyless = file.publicKeyForms.length === 0 ? { public_key: undefined } : {}
        const bytes = signedDossier({
          layout: file.layout,
          scheme: file.scheme,
          key: signer.key,
          signature: { ...keyless, ...overrides },
        })
        const check = verifyEmbedded(parseDossier(bytes), fixtures.trust)
        expect(check).toBeDefined()
        expect(['verified', 'signed_unknown', 'invalid', 'error']).toContain(check?.status)
        expect(check?.status === 'verified').toBe(equivalent)
        if (equivalent) expect(check?.keyIdentifier).toBe(signer.identifier)
        if (equivalent) verified++
      }),
      runs(RUNS),
    )
    expect(verified).toBeGreaterThan(RUNS / 10)
  })
})
