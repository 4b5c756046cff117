import { describe, expect, it } from '@jest/globals'
import { ProvenanceError } from '../../src/formats/provenance/provenance-error.js'
import {
  IN_TOTO_STATEMENT_TYPE,
  statementBytes,
  statementFrom,
  statementFromBytes,
} from '../../src/formats/provenance/statement.js'
import { HEX_A, HEX_B } from './fixtures.js'

const MAX = 1 << 20

function codeOf(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    if (error instanceof ProvenanceError) return error.code
    throw error
  }
  return 'accepted'
}

const payload = (statement: unknown): Buffer => Buffer.from(JSON.stringify(statement))
const valid = {
  _type: IN_TOTO_STATEMENT_TYPE,
  subject: [{ name: 'a.ds.md', digest: { sha256: HEX_A } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {},
}

describe('statementFrom / statementBytes', () => {
  it('writes the Statement v1 fields in order, subjects sorted by name', () => {
    const statement = statementFrom(
      [
        { name: 'z/b.ds.md', digest: { sha256: HEX_B } },
        { name: 'a.ds.md', digest: { sha256: HEX_A } },
      ],
      'https://slsa.dev/provenance/v1',
      { k: 1 },
    )
    expect(statementBytes(statement).toString()).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"a.ds.md","digest":{"sha256":"${HEX_A}"}},{"name":"z/b.ds.md","digest":{"sha256":"${HEX_B}"}}],"predicateType":"https://slsa.dev/provenance/v1","predicate":{"k":1}}`,
    )
  })

  it('refuses a subject it could not write truthfully', () => {
    const make = (name: string, sha256: string) => () =>
      statementFrom(
        [
          { name, digest: { sha256 } },
          { name: 'b', digest: { sha256: HEX_B } },
        ],
        't',
        {},
      )
    expect(codeOf(make('a', HEX_A.toUpperCase()))).toBe('provenance-bad-statement')
    expect(codeOf(make('a', 'ab'))).toBe('provenance-bad-statement')
    expect(codeOf(make('', HEX_A))).toBe('provenance-bad-statement')
    expect(codeOf(make('b', HEX_A))).toBe('provenance-bad-statement')
  })

  it('reads back what it writes', () => {
    const statement = statementFrom([{ name: 'é/a b.ds.md', digest: { sha256: HEX_A } }], 't', {
      x: [1, { y: 'z' }],
    })
    expect(statementFromBytes(statementBytes(statement), MAX)).toEqual(statement)
  })
})

describe('statementFromBytes', () => {
  it('keeps sha256 and ignores other digests of a subject', () => {
    const read = statementFromBytes(
      payload({ ...valid, subject: [{ name: 'a', digest: { sha256: HEX_A, sha512: 'ff' } }] }),
      MAX,
    )
    expect(read.subject).toEqual([{ name: 'a', digest: { sha256: HEX_A } }])
  })

  it('leaves the predicate type to the verifier', () => {
    expect(
      statementFromBytes(payload({ ...valid, predicateType: 'https://example.com/other' }), MAX)
        .predicateType,
    ).toBe('https://example.com/other')
  })

  it.each([
    ['another _type', { ...valid, _type: 'https://in-toto.io/Statement/v0.1' }],
    ['no subject', { ...valid, subject: [] }],
    ['a subject list that is not a list', { ...valid, subject: { name: 'a' } }],
    ['a subject without sha256', { ...valid, subject: [{ name: 'a', digest: { sha1: 'ab' } }] }],
    ['a numeric name', { ...valid, subject: [{ name: 7, digest: { sha256: HEX_A } }] }],
    [
      'a name listed twice',
      {
        ...valid,
        subject: [
          { name: 'a', digest: { sha256: HEX_A } },
          { name: 'a', digest: { sha256: HEX_B } },
        ],
      },
    ],
    ['no predicateType', { ...valid, predicateType: undefined }],
    ['a predicate that is a list', { ...valid, predicate: [] }],
  ])('refuses %s', (_, statement) => {
    expect(codeOf(() => statementFromBytes(payload(statement), MAX))).toBe(
      'provenance-bad-statement',
    )
  })

  it('refuses what is not strict JSON, too large, or too deep', () => {
    expect(codeOf(() => statementFromBytes(Buffer.from('{"_type":'), MAX))).toBe(
      'provenance-not-json',
    )
    expect(
      codeOf(() =>
        statementFromBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), payload(valid)]), MAX),
      ),
    ).toBe('provenance-not-json')
    expect(codeOf(() => statementFromBytes(Buffer.from([0x7b, 0xff, 0x7d]), MAX))).toBe(
      'provenance-not-json',
    )
    expect(codeOf(() => statementFromBytes(payload(valid), 10))).toBe('provenance-too-large')
    const deep = { ...valid, predicate: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }
    expect(codeOf(() => statementFromBytes(payload(deep), MAX))).toBe('provenance-too-deep')
    const abyss = Buffer.from(`{"p":${'['.repeat(200_000)}${']'.repeat(200_000)}}`)
    expect(codeOf(() => statementFromBytes(abyss, 1 << 22))).toBe('provenance-too-deep')
  })
})
