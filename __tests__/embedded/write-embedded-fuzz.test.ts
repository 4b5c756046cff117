// Property: for frontmatters as JSON and YAML writers lay them out, the writer either
// signs (and upstream's own parser then verifies the file, reading every other value as
// before) or refuses with a code that names a property of the input, never because its
// own text edit misjudged the file.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dump } from 'js-yaml'
import { isDeepStrictEqual } from 'node:util'
import { EmbedError, embedSignature } from '../../src/formats/embedded/write-embedded.js'
import { runs } from '../fuzz/fuzz-settings.js'
import { cut, localKey, optionsFor } from './embed-harness.js'
import { upstreamVerify } from './upstream-checker.js'

const JSON_RUNS = 300
const YAML_RUNS = 300
const SPEC_RUNS = 300

/** Refusals about the input itself; `edit-misread` and `verify-failed` would be the writer's fault. */
const INPUT_REFUSALS = new Set([
  'dossier-unreadable',
  'uncovered-value',
  'yaml-readings-disagree',
  'frontmatter-not-signable',
  'layout-unsupported',
])

const KEY = localKey()

const keyArb = fc.oneof(
  fc.constantFrom('checksum', 'signature', 'title', 'metadata', 'tools'),
  fc.string({ maxLength: 10 }),
)
const frontmatterArb = fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 7 })
const bodyArb = fc.string({ maxLength: 40 })
const eolArb = fc.constantFrom('\n', '\r\n')

/** Spec layout: `name`, `description` and `dossier.*` strings under `metadata`. */
const specArb = fc.record({
  name: fc.string({ maxLength: 12 }),
  description: fc.string({ maxLength: 30 }),
  metadata: fc.dictionary(
    fc.oneof(
      fc.constantFrom('dossier.checksum', 'dossier.signature', 'dossier.title'),
      fc.string({ minLength: 1, maxLength: 8 }).map((field) => `dossier.${field}`),
    ),
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    ),
    { minKeys: 1, maxKeys: 6 },
  ),
})

/** The values upstream reads, minus the two fields the writer sets (either layout). */
function untouched(data: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...data }
  delete rest['checksum']
  delete rest['signature']
  if (rest['metadata'] !== null && typeof rest['metadata'] === 'object') {
    const metadata = { ...(rest['metadata'] as Record<string, unknown>) }
    delete metadata['dossier.checksum']
    delete metadata['dossier.signature']
    rest['metadata'] = metadata
  }
  return rest
}

/** Outcomes by status or refusal code, so a run that refuses everything is noticed. */
const outcomes = new Map<string, number>()

function count(outcome: string): void {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
}

async function expectSignedOrRefused(bytes: Buffer): Promise<void> {
  let result
  try {
    result = await embedSignature(bytes, optionsFor(KEY))
  } catch (error) {
    if (!(error instanceof EmbedError) || !INPUT_REFUSALS.has(error.code)) throw error
    count(error.code)
    return
  }
  count(result.status)
  if (result.status === 'skipped') throw new Error('skipped a file it never signed')
  const before = upstreamVerify(bytes)
  const after = upstreamVerify(result.bytes)
  expect(after).toMatchObject({ checksum: 'valid', signature: 'valid', spki: KEY.spkiBase64 })
  expect(isDeepStrictEqual(untouched(after.data), untouched(before.data))).toBe(true)
  expect(cut(result.bytes).body.equals(cut(bytes).body)).toBe(true)
}

describe('embedSignature on generated frontmatters', () => {
  it('JSON in any indentation and line ending', async () => {
    await fc.assert(
      fc.asyncProperty(
        frontmatterArb,
        fc.constantFrom('', '  ', '    ', '\t'),
        eolArb,
        bodyArb,
        async (data, indent, eol, body) => {
          const json = JSON.stringify(data, null, indent).replaceAll('\n', eol)
          await expectSignedOrRefused(Buffer.from(`---dossier${eol}${json}${eol}---${eol}${body}`))
        },
      ),
      runs(JSON_RUNS),
    )
    expect(outcomes.get('signed')).toBeGreaterThan(JSON_RUNS / 2)
    outcomes.clear()
  })

  it('YAML as a YAML writer lays it out', async () => {
    await fc.assert(
      fc.asyncProperty(
        frontmatterArb,
        fc.integer({ min: -1, max: 2 }),
        fc.constantFrom(-1, 20, 80),
        eolArb,
        bodyArb,
        async (data, flowLevel, lineWidth, eol, body) => {
          const yaml = dump(data, { flowLevel, lineWidth }).replaceAll('\n', eol)
          await expectSignedOrRefused(Buffer.from(`---${eol}${yaml}---${eol}${body}`))
        },
      ),
      runs(YAML_RUNS),
    )
    expect(outcomes.get('signed')).toBeGreaterThan(YAML_RUNS / 2)
    outcomes.clear()
  })

  it('spec layout as a YAML writer lays it out', async () => {
    await fc.assert(
      fc.asyncProperty(
        specArb,
        fc.constantFrom(-1, 80),
        eolArb,
        bodyArb,
        async (data, lineWidth, eol, body) => {
          const yaml = dump(data, { lineWidth }).replaceAll('\n', eol)
          await expectSignedOrRefused(Buffer.from(`---${eol}${yaml}---${eol}${body}`))
        },
      ),
      runs(SPEC_RUNS),
    )
    expect(outcomes.get('signed')).toBeGreaterThan(SPEC_RUNS / 2)
    outcomes.clear()
  })
})
