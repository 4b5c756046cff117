// formats.md 2.2, YAML note: upstream reads frontmatter with js-yaml 3 (YAML 1.1 numbers),
// other tools with YAML 1.2. The dossier carries upstream's reading; where the two differ
// a v2/v3 payload is refused, naming the key, and v1 is untouched.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { load } from 'js-yaml'
import yaml3 from 'js-yaml-3'
import { parseDossier, type Dossier } from '../../src/dossier/dossier.js'
import { splitDossier } from '../../src/dossier/fences.js'
import { readingsDifference } from '../../src/dossier/readings-diff.js'
import {
  PayloadError,
  signedPayload,
  signedPayloadWithGaps,
  type PayloadScheme,
} from '../../src/dossier/payload.js'
import { MAX_YAML_DEPTH, upstreamReading } from '../../src/dossier/yaml-readings.js'
import { parsedOrRefused, runs } from '../fuzz/fuzz-settings.js'

const BODY = '# Body\r\nkept as is\n'
const legacy = (yaml: string): Dossier => parseDossier(Buffer.from(`---\n${yaml}\n---\n${BODY}`))
const json = (text: string): Dossier =>
  parseDossier(Buffer.from(`---dossier\n${text}\n---\n${BODY}`))
const spec = (yaml: string): Dossier =>
  parseDossier(Buffer.from(`---\nname: n\n${yaml}\n---\n${BODY}`))

/** The v2 payload as built before this change: sorted JSON of the YAML 1.2 reading. */
function yaml12Payload(frontmatterYaml: string): string {
  const value = load(frontmatterYaml) as Record<string, unknown>
  delete value['signature']
  return `dossier-signature-v2\n${sortedJson(value)}\n${BODY}`
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function refusal(dossier: Dossier, scheme: PayloadScheme): PayloadError {
  try {
    signedPayloadWithGaps(dossier, scheme)
  } catch (error) {
    if (error instanceof PayloadError) return error
    throw error
  }
  throw new Error(`a ${scheme} payload was built`)
}

describe('values YAML 1.1 (upstream) and YAML 1.2 read apart', () => {
  it.each([
    ['an octal-looking integer', 'timeout: 010', 'timeout', '8', '10'],
    ['a negative one', 'offset: -010', 'offset', '-8', '-10'],
    ['a sexagesimal integer', 'start: 1:30', 'start', '90', '"1:30"'],
    ['a longer sexagesimal', 'window: 1:30:00', 'window', '5400', '"1:30:00"'],
    ['a sexagesimal float', 'angle: 190:20:30.15', 'angle', '685230.15', '"190:20:30.15"'],
    ['an underscored integer', 'count: 1_000', 'count', '1000', '"1_000"'],
    ['an underscored float', 'ratio: 1_000.5', 'ratio', '1000.5', '"1_000.5"'],
    ['underscored hex', 'mask: 0x_1F', 'mask', '31', '"0x_1F"'],
    ['underscored binary', 'bits: 0b1_0', 'bits', '2', '"0b1_0"'],
    ['a 0o octal', 'mode: 0o17', 'mode', '"0o17"', '15'],
    ['a leading-zero non-octal', 'code: 09', 'code', '"09"', '9'],
    ['an explicit !!int', 'n: !!int "010"', 'n', '8', '10'],
    [
      'a value in a list item',
      'tools:\n  - name: x\n    timeout: 010',
      'tools[0].timeout',
      '8',
      '10',
    ],
    [
      'a value in a nested map',
      'limits:\n  run:\n    max: 1_000',
      'limits.run.max',
      '1000',
      '"1_000"',
    ],
    ['a list element', 'ports: [80, 010]', 'ports[1]', '8', '10'],
    ['a key', '1_000: x', '["1_000"]', 'key "1000"', 'key "1_000"'],
    ['a key that is not a plain name', '"odd key": 010', '["odd key"]', '8', '10'],
    ['a __proto__ key', '"__proto__": 010', '__proto__', '8', '10'],
  ])('%s: %j', (_case, yaml, path, upstream, yaml12) => {
    const dossier = legacy(`title: T\n${yaml}`)
    expect(dossier.readingsDisagree).toEqual({ path, upstream, yaml12 })
    const error = refusal(dossier, 'v2')
    expect(error.code).toBe('yaml-readings-disagree')
    expect(error.message).toContain(`frontmatter key ${path} reads as ${upstream} under YAML 1.1`)
    expect(error.message).toContain(`but as ${yaml12} under YAML 1.2`)
    expect(error.message).toMatch(/; quote it .* and sign again$/)
    // The strict entry point refuses alike; v1 (the body) is untouched.
    expect(() => signedPayload(dossier, 'v2')).toThrow(
      expect.objectContaining({ code: 'yaml-readings-disagree' }),
    )
    expect(signedPayload(dossier, 'v1').toString()).toBe(BODY)
  })

  it('keeps upstream reading as the frontmatter every field is read from', () => {
    const dossier = legacy(
      'timeout: 010\nstart: 1:30\nmode: 0o17\nchecksum: {algorithm: sha256, hash: 010}',
    )
    expect(dossier.frontmatter).toEqual({
      timeout: 8,
      start: 90,
      mode: '0o17',
      checksum: { algorithm: 'sha256', hash: 8 },
    })
    expect(dossier.checksum).toEqual({ algorithm: 'sha256', hash: 8 })
  })

  it('finds them in JSON-layout frontmatter too (JSON is read as YAML)', () => {
    const dossier = json('{\n  "title": "T",\n  "tools": [{"timeout": 010}]\n}')
    expect(dossier.layout).toBe('legacy-json')
    expect(dossier.readingsDisagree).toEqual({
      path: 'tools[0].timeout',
      upstream: '8',
      yaml12: '10',
    })
    expect(refusal(dossier, 'v2').code).toBe('yaml-readings-disagree')
  })

  it.each([
    [
      'a top-level field',
      'description: 0o17\nmetadata:\n  dossier.title: T',
      'description',
      '"0o17"',
      '15',
    ],
    [
      'a metadata field',
      'metadata:\n  dossier.title: T\n  dossier.timeout: 09',
      'metadata["dossier.timeout"]',
      '"09"',
      '9',
    ],
  ])('refuses a v3 payload over %s', (_case, yaml, path, upstream, yaml12) => {
    const dossier = spec(yaml)
    expect(dossier.layout).toBe('spec')
    expect(dossier.readingsDisagree).toEqual({ path, upstream, yaml12 })
    const error = refusal(dossier, 'v3')
    expect(error.code).toBe('yaml-readings-disagree')
    expect(error.message).toContain(`frontmatter key ${path} reads as ${upstream}`)
  })

  it('names the disagreement even when it is inside the signature block (any difference counts)', () => {
    const dossier = legacy('title: T\nsignature:\n  covers: frontmatter+body\n  key_id: 010')
    expect(dossier.readingsDisagree?.path).toBe('signature.key_id')
    expect(refusal(dossier, 'v2').code).toBe('yaml-readings-disagree')
  })

  it('still checks layout and covers first', () => {
    expect(refusal(legacy('a: 010'), 'v3').code).toBe('covers-layout-mismatch')
  })
})

describe('values both readings agree on', () => {
  it.each([
    ['hex', 'mask: 0x1F', { mask: 31 }],
    ['binary', 'bits: 0b101', { bits: 5 }],
    ['a leading-dot float', 'ratio: .5', { ratio: 0.5 }],
    ['a plus sign', 'n: +1', { n: 1 }],
    ['exponents', 'a: 1e3\nb: 1.5e-3', { a: 1000, b: 0.0015 }],
    ['zero', 'a: 0\nb: -0\nc: 00', { a: 0, b: 0, c: 0 }],
    // js-yaml 3 has only true/false booleans (not YAML 1.1's yes/no/on/off): strings in both.
    [
      'yes/no/on/off',
      'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n',
      { a: 'yes', b: 'no', c: 'on', d: 'off', e: 'y', f: 'n' },
    ],
    ['true/false in any case', 'a: TRUE\nb: False', { a: true, b: false }],
    ['nulls', 'a: ~\nb: Null\nc:', { a: null, b: null, c: null }],
    [
      'not-quite numbers',
      'a: 1:90\nb: -.5\nc: 0.5:30\nd: 1,000',
      { a: '1:90', b: '-.5', c: '0.5:30', d: '1,000' },
    ],
    ['a key on:', 'on: push', { on: 'push' }],
  ])('%s', (_case, yaml, frontmatter) => {
    const dossier = legacy(yaml)
    expect(dossier.readingsDisagree).toBeUndefined()
    expect(dossier.frontmatter).toEqual(frontmatter)
    // The same payload bytes as when the frontmatter was read as YAML 1.2 alone.
    const payload = signedPayloadWithGaps(dossier, 'v2')
    expect(payload).toEqual({ bytes: Buffer.from(yaml12Payload(yaml)), uncovered: [] })
    expect(signedPayload(dossier, 'v2').equals(payload.bytes)).toBe(true)
  })

  it('builds the same JSON-layout payload as before', () => {
    const text =
      '{\n  "title": "T",\n  "n": [1.0, 1e3, -0, 0.5, 1E-3],\n  "s": "010",\n  "signature": {"covers": "frontmatter+body"}\n}'
    const dossier = json(text)
    expect(dossier.readingsDisagree).toBeUndefined()
    expect(signedPayload(dossier, 'v2').toString()).toBe(yaml12Payload(text))
  })

  it.each([
    ['a date', 'last_updated: 2025-11-19', ['last_updated'], '"last_updated":{}'],
    [
      'a timestamp in a list',
      'history: [x, 2025-11-19T10:00:00Z]',
      ['history[1]'],
      '"history":["x",{}]',
    ],
    ['infinity', 'limit: .inf', ['limit'], '"limit":null'],
  ])(
    'compares %s by value, writes it as upstream does and reports it uncovered',
    (_case, yaml, uncovered, written) => {
      const dossier = legacy(`title: T\n${yaml}`)
      expect(dossier.readingsDisagree).toBeUndefined()
      const payload = signedPayloadWithGaps(dossier, 'v2')
      expect(payload.uncovered).toEqual(uncovered)
      expect(payload.bytes.toString()).toContain(written)
      expect(() => signedPayload(dossier, 'v2')).toThrow(
        expect.objectContaining({
          code: 'canonical-unsupported-value',
          message: expect.stringContaining(`frontmatter key ${uncovered[0]} holds a date`),
        }),
      )
    },
  )

  it('does not report a date in the signature block, which no payload covers', () => {
    const dossier = legacy('title: T\nsignature:\n  signed_at: 2025-11-19T10:00:00Z')
    expect(signedPayloadWithGaps(dossier, 'v2').uncovered).toEqual([])
  })

  it('agrees on !!binary bytes, which a v2 payload still refuses', () => {
    const dossier = legacy('title: T\nblob: !!binary aGVsbG8=')
    expect(dossier.readingsDisagree).toBeUndefined()
    expect(() => signedPayloadWithGaps(dossier, 'v2')).toThrow(
      expect.objectContaining({ code: 'canonical-unsupported-value' }),
    )
  })
})

describe('hostile YAML stays refused under both readers', () => {
  const aliasBomb = (): string => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    return levels.join('\n')
  }

  it.each([
    ['a duplicate key', 'a: 1\na: 2', /duplicated mapping key \(2:1\)/],
    ['a duplicate key only YAML 1.1 sees (8 and 010)', '8: a\n010: b', /duplicated mapping key/],
    ['JSON that only js-yaml 3 reads (an empty entry)', '{"a": 1,,}', /\(1:9\)/],
    ['deep flow nesting', `a: ${'['.repeat(5000)}${']'.repeat(5000)}`, /maxDepth/],
    ['an unknown tag', 'a: !foo 1', /unknown tag/],
    ['a JS-only tag', 'a: !!js/function "function () {}"', /unknown tag/],
  ])('%s', (_case, yaml, message) => {
    expect(() => legacy(yaml)).toThrow(
      expect.objectContaining({
        code: 'frontmatter-malformed',
        message: expect.stringMatching(message),
      }),
    )
  })

  it('bounds js-yaml 3 nesting itself (it has no bound of its own)', () => {
    const deep = `${'['.repeat(MAX_YAML_DEPTH + 5)}${']'.repeat(MAX_YAML_DEPTH + 5)}`
    expect(() => upstreamReading(`a: ${deep}`)).toThrow(
      expect.objectContaining({
        code: 'frontmatter-malformed',
        message: expect.stringMatching(/nesting exceeded 100 levels \(1:\d+\)/),
      }),
    )
    const fine = `${'['.repeat(MAX_YAML_DEPTH - 2)}${']'.repeat(MAX_YAML_DEPTH - 2)}`
    expect(() => upstreamReading(`a: ${fine}`)).not.toThrow()
  })

  it('compares an alias bomb cheaply and leaves its refusal to canonical JSON', () => {
    const started = Date.now()
    const dossier = legacy(aliasBomb())
    expect(dossier.readingsDisagree).toBeUndefined()
    expect(() => signedPayload(dossier, 'v2')).toThrow(
      expect.objectContaining({ code: 'canonical-too-large' }),
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('compares a cycle made with an alias, and canonical JSON refuses it', () => {
    const dossier = legacy('a: &x [*x]')
    expect(dossier.readingsDisagree).toBeUndefined()
    expect(() => signedPayload(dossier, 'v2')).toThrow(
      expect.objectContaining({ code: 'canonical-cycle' }),
    )
  })

  it('stops comparing past its depth bound and counts that as a disagreement', () => {
    let a: unknown = 1
    let b: unknown = 1
    for (let i = 0; i < 200; i++) {
      a = [a]
      b = [b]
    }
    expect(readingsDifference(a, b)).toMatchObject({
      upstream: expect.stringMatching(/not compared/),
    })
  })

  it('reads a merge key as both readers do', () => {
    const dossier = legacy('base: &b {x: 1}\nuse:\n  <<: *b\n  y: 010')
    expect(dossier.frontmatter['use']).toEqual({ x: 1, y: 8 })
    expect(dossier.readingsDisagree).toEqual({ path: 'use.y', upstream: '8', yaml12: '10' })
  })
})

describe('property: a payload is built only where both readers read the same values', () => {
  const TOKENS = [
    '0',
    '1',
    '8',
    '9',
    '_',
    ':',
    '.',
    '-',
    '+',
    'x',
    'o',
    'b',
    'e',
    'inf',
    'nan',
    'yes',
    '~',
    'T',
    '2025-01-01',
    ' ',
    '"',
  ]
  const scalarArb = fc
    .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join(''))
  const valueArb = fc.oneof(
    scalarArb,
    fc.array(scalarArb, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
  )
  const yamlArb = fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'title', 'timeout', '010', '1_0'), valueArb), {
      maxLength: 4,
    })
    .map((entries) => entries.map(([key, value]) => `${key}: ${value}`).join('\n'))

  /** Each reader on its own, straight from the libraries. */
  function readers(yaml: string): { upstream: unknown; yaml12: unknown } | undefined {
    try {
      return { upstream: yaml3.safeLoad(yaml), yaml12: load(yaml) }
    } catch {
      return undefined
    }
  }

  it('refuses a v2 payload whenever the readers differ, and only then', () => {
    fc.assert(
      fc.property(yamlArb, (yaml) => {
        const parsed = parsedOrRefused(() => legacy(yaml))
        const read = readers(yaml)
        if ('refused' in parsed) {
          // Refused only when a reader refuses, or the frontmatter is no map.
          const map =
            read !== undefined && read.upstream !== null && typeof read.upstream === 'object'
          expect(map).toBe(false)
          return
        }
        expect(read).toBeDefined()
        const same = isDeepStrictEqual(read?.upstream, read?.yaml12)
        expect(parsed.value.frontmatter).toEqual(read?.upstream)
        expect(parsed.value.readingsDisagree === undefined).toBe(same)
        const payload = parsedOrRefused(() => signedPayloadWithGaps(parsed.value, 'v2'))
        if (!same)
          expect('refused' in payload && payload.refused.code).toBe('yaml-readings-disagree')
      }),
      runs(2000),
    )
  })
})

const FIXTURES = new URL('../../../shared/fixtures/upstream-dossiers/', import.meta.url)
const fixtures = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((name) => name.endsWith('.ds.md'))
  : []
if (fixtures.length === 0) console.log('upstream fixtures absent; skipping the readings check')

;(fixtures.length > 0 ? describe : describe.skip)('the upstream fixtures', () => {
  it.each(fixtures)(
    '%s: both readings agree, and the frontmatter is what YAML 1.2 read',
    (name) => {
      const bytes = readFileSync(new URL(name, FIXTURES))
      const dossier = parseDossier(bytes)
      expect(dossier.readingsDisagree).toBeUndefined()
      expect(dossier.frontmatter).toEqual(load(splitDossier(bytes).frontmatter.toString('utf8')))
      const schemes: PayloadScheme[] = dossier.layout === 'spec' ? ['v3'] : ['v1', 'v2']
      for (const scheme of schemes) {
        expect(signedPayloadWithGaps(dossier, scheme)).toEqual({
          bytes: signedPayload(dossier, scheme),
          uncovered: [],
        })
      }
    },
  )
})
