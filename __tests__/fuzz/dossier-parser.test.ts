// Property 1 for the dossier parser: random and mutated bytes either parse or are refused
// with a DossierError code; what parses agrees with formats.md 1.1 and 1.2 read on their
// own (dossier-meaning.ts), and the payload and integrity steps after it stay typed too.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { checkIntegrity } from '../../src/dossier/checksum.js'
import { DossierError } from '../../src/dossier/dossier-error.js'
import { parseDossier, type Dossier } from '../../src/dossier/dossier.js'
import { PayloadError, signedPayload, type PayloadScheme } from '../../src/dossier/payload.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import { integrityBySpec, splitBySpec } from './dossier-meaning.js'
import { parsedOrRefused, runs } from './fuzz-settings.js'
import { mutate, mutationsArb, randomBytesArb, tokenSoupArb } from './mutations.js'
import { buildFixtures, type Fixtures } from './signed-files.js'

const RANDOM_RUNS = 1500
const SHAPED_RUNS = 1500
const MUTATED_RUNS = 3000

let fixtures: Fixtures
beforeAll(() => {
  fixtures = buildFixtures()
})

const SCHEMES: PayloadScheme[] = ['v1', 'v2', 'v3']

/** Property 1 for one input, plus agreement with the spec wherever it parses. */
function checkParse(bytes: Buffer): void {
  const parsed = parsedOrRefused(() => parseDossier(bytes))
  if ('refused' in parsed) {
    expect(parsed.refused).toBeInstanceOf(DossierError)
    return
  }
  const dossier = parsed.value
  expect(['legacy-json', 'legacy-yaml', 'spec']).toContain(dossier.layout)
  expect(dossier.body.equals(splitBySpec(bytes)?.body ?? Buffer.alloc(1))).toBe(true)
  expect(checkIntegrity(dossier.checksum, dossier.body).integrity).toBe(integrityBySpec(bytes))
  checkSignatureLine(dossier, bytes)
  for (const scheme of SCHEMES) {
    const payload = parsedOrRefused(() => signedPayload(dossier, scheme))
    if ('refused' in payload) expect(payload.refused).toBeInstanceOf(refusalFor(payload.refused))
    else expect(Buffer.isBuffer(payload.value)).toBe(true)
  }
  // The embedded verifier never throws on anything the parser accepts.
  const check = verifyEmbedded(dossier, fixtures.trust)
  if (check !== undefined)
    expect(['verified', 'signed_unknown', 'invalid', 'error']).toContain(check.status)
}

function refusalFor(error: Error): typeof PayloadError | typeof DossierError {
  return error instanceof PayloadError ? PayloadError : DossierError
}

/** A signature line, when reported, is a line of the frontmatter. */
function checkSignatureLine(dossier: Dossier, bytes: Buffer): void {
  const line = dossier.signature?.line
  if (line === undefined) return
  const frontmatterLines =
    (splitBySpec(bytes)?.frontmatter.toString('latin1').split('\n').length ?? 0) + 1
  expect(line).toBeGreaterThanOrEqual(2)
  expect(line).toBeLessThanOrEqual(frontmatterLines)
}

const FENCES = [
  '---',
  '---dossier',
  '---json',
  '---yaml',
  '--- ',
  '---\r',
  '---js',
  '---dossier \t',
]
const KEYS = [
  'signature',
  'checksum',
  'metadata',
  'title',
  'covers',
  'name',
  'description',
  '"dossier.signature"',
  '<<',
  '__proto__',
  'a',
  'b',
]

/** A signature-shaped object with arbitrary field values. */
const signatureObjectArb = fc.record(
  {
    algorithm: fc.constantFrom('ECDSA-SHA-256', 'ecdsa-sha256', 'ed25519', 'RSA', ''),
    signature: fc.oneof(fc.base64String({ maxLength: 100 }), fc.string()),
    public_key: fc.oneof(fc.base64String({ maxLength: 200 }), fc.string()),
    covers: fc.constantFrom('body', 'frontmatter+body', 'spec-frontmatter+body', '__proto__', 'x'),
  },
  { requiredKeys: [] },
)

const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: signatureObjectArb.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) },
  { weight: 1, arbitrary: tokenSoupArb },
)

/** `key: value` lines (unique keys, or YAML refuses them all), now and then token soup. */
const frontmatterArb = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), valueArb), {
      selector: ([key]) => key,
      maxLength: 8,
    }),
    fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: tokenSoupArb }),
  )
  .map(([entries, soup]) => [...entries.map(([key, value]) => `${key}: ${value}`), soup].join('\n'))

/** A fence, a frontmatter, a closing fence, a body. */
const shapedDossierArb = fc
  .tuple(
    fc.constantFrom(...FENCES),
    frontmatterArb,
    fc.constantFrom('\n---\n', '\n---\r\n', '\n---', '\n----\n', '\n'),
    tokenSoupArb,
  )
  .map(([fence, frontmatter, closing, body]) =>
    Buffer.from(`${fence}\n${frontmatter}${closing}${body}`),
  )

/** Bytes of any kind, bare or behind a fence. */
const randomDossierArb = fc.oneof(
  randomBytesArb,
  fc
    .tuple(fc.constantFrom(...FENCES), randomBytesArb, randomBytesArb)
    .map(([fence, frontmatter, body]) =>
      Buffer.concat([Buffer.from(`${fence}\n`), frontmatter, Buffer.from('\n---\n'), body]),
    ),
)

describe('parseDossier (property 1)', () => {
  it('returns or refuses with a DossierError on random bytes', () => {
    fc.assert(fc.property(randomDossierArb, checkParse), runs(RANDOM_RUNS))
  })

  it('returns or refuses with a DossierError on dossier-shaped token soup', () => {
    fc.assert(fc.property(shapedDossierArb, checkParse), runs(SHAPED_RUNS))
  })

  it('returns or refuses with a DossierError on mutated signed dossiers of every layout', () => {
    fc.assert(
      fc.property(fc.nat(), mutationsArb, (index, mutations) => {
        const file = fixtures.files[index % fixtures.files.length]!
        checkParse(mutate(file.dossier, mutations))
      }),
      runs(MUTATED_RUNS),
    )
  })
})
