import { generateKeyPairSync } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseTrustedKeys } from '../../src/trust/trusted-keys-file.js'

const der = (key: { export(o: { type: 'spki'; format: 'der' }): Buffer }): string =>
  key.export({ type: 'spki', format: 'der' }).toString('base64')
const pem = (key: { export(o: { type: 'spki'; format: 'pem' }): string | Buffer }): string =>
  key.export({ type: 'spki', format: 'pem' }).toString().trimEnd()

const ed = generateKeyPairSync('ed25519').publicKey
const edRaw = Buffer.from(der(ed), 'base64').subarray(-32).toString('base64')
const curves = ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1'].map(
  (namedCurve) => generateKeyPairSync('ec', { namedCurve }).publicKey,
)
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
const MINISIGN_KEY_ID = Buffer.from('1122334455667788', 'hex')
const minisign = Buffer.concat([
  Buffer.from('Ed'),
  MINISIGN_KEY_ID,
  Buffer.from(edRaw, 'base64'),
]).toString('base64')
const ARN = 'arn:aws:kms:us-east-1:942039714848:key/d9ccd3fc-b190-49fd-83f7-e94df6620c1d'

const parse = (text: string) => parseTrustedKeys(text, 'keys.txt')

describe('parseTrustedKeys', () => {
  it('reads one entry per line, skipping comments and blank lines, joining the identifier', () => {
    const file = parse(
      `# comment\n\n   \n${edRaw} imboard   content key\r\n${der(curves[0] as never)} kms\n`,
    )
    expect(file.keys.map((k) => [k.identifier, k.kind, k.source])).toEqual([
      ['imboard content key', 'ed25519-raw', 'keys.txt:4'],
      ['kms', 'spki', 'keys.txt:5'],
    ])
  })

  it('reads base64 SPKI DER of every supported key type', () => {
    const keys = [...curves, rsa, ed]
    const file = parse(keys.map((key, i) => `${der(key as never)} key-${i}`).join('\n'))
    expect(file.keys).toHaveLength(keys.length)
    file.keys.forEach((key, i) =>
      expect(key.spkiDer.toString('base64')).toBe(der(keys[i] as never)),
    )
  })

  it('stores raw Ed25519 keys as their SPKI bytes, so they match any encoding', () => {
    const [raw] = parse(`${edRaw} a`).keys
    expect(raw?.spkiDer.toString('base64')).toBe(der(ed))
  })

  it('reads minisign keys with their key id, alone or as a .pub file', () => {
    const single = parse(`${minisign} mini`).keys[0]
    expect(single).toMatchObject({ kind: 'minisign', identifier: 'mini' })
    expect(single?.minisignKeyId?.equals(MINISIGN_KEY_ID)).toBe(true)
    expect(single?.spkiDer.toString('base64')).toBe(der(ed))
    const pub = parse(`untrusted comment: minisign public key 8877665544332211\n${minisign}\n`)
      .keys[0]
    expect(pub).toMatchObject({
      kind: 'minisign',
      identifier: 'minisign public key 8877665544332211',
    })
    expect(parse(`untrusted comment: x\n${minisign} named\n`).keys[0]?.identifier).toBe('named')
  })

  it('reads KMS key ARNs as unpinned: they trust nothing until pinned', () => {
    const file = parse(
      `${ARN} imboard-ai-official-kms\narn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-0123abcd gov`,
    )
    expect(file.keys).toEqual([])
    expect(file.unpinnedArns).toEqual([
      { arn: ARN, identifier: 'imboard-ai-official-kms', source: 'keys.txt:1' },
      expect.objectContaining({ identifier: 'gov', source: 'keys.txt:2' }),
    ])
  })

  describe('PEM blocks', () => {
    const block = pem(curves[0] as never)

    it('take the identifier after -----END PUBLIC KEY----- on its line', () => {
      const file = parse(`${block} official kms\n${edRaw} next`)
      expect(file.keys.map((k) => k.identifier)).toEqual(['official kms', 'next'])
      expect(file.keys[0]?.spkiDer.toString('base64')).toBe(der(curves[0] as never))
    })

    it('take the next line as identifier when the END line has none', () => {
      expect(parse(`${block}\nofficial kms\n`).keys[0]?.identifier).toBe('official kms')
    })

    it('never take a following key, comment or blank line as the identifier', () => {
      for (const next of [`${edRaw} next`, '# comment', '', ARN, minisign]) {
        expect(() => parse(`${block}\n${next}\n`)).toThrow(
          expect.objectContaining({ code: 'missing-identifier', location: 'keys.txt:1' }),
        )
      }
    })

    it('accept CRLF and indentation', () => {
      expect(parse(`  ${block.replace(/\n/g, '\r\n  ')} crlf\r\n`).keys[0]?.identifier).toBe('crlf')
    })
  })

  describe('line endings', () => {
    const other = der(curves[1] as never)

    it('end lines at "\\n" alone, dropping one "\\r" before it', () => {
      const file = parse(`${edRaw} one\r\n${other} two\n# end\r\n`)
      expect(file.keys.map((k) => [k.identifier, k.source])).toEqual([
        ['one', 'keys.txt:1'],
        ['two', 'keys.txt:2'],
      ])
    })

    it.each([
      ['a lone CR (a CR-only file)', '\r', 'U+000D'],
      ['a CR before CRLF', '\r\r\n', 'U+000D'],
      ['a vertical tab', '\v', 'U+000B'],
      ['a form feed', '\f', 'U+000C'],
      ['NEL', '\u0085', 'U+0085'],
      ['a line separator', '\u2028', 'U+2028'],
      ['a paragraph separator', '\u2029', 'U+2029'],
    ])(
      'refuse %s inside a line, never reading a second entry from the identifier',
      (_name, separator, codePoint) => {
        const text = `# keys\n${edRaw} official${separator}${other} second\n`
        let caught: unknown
        try {
          parse(text)
        } catch (error) {
          caught = error
        }
        expect(caught).toMatchObject({ code: 'line-separator-in-line', location: 'keys.txt:2' })
        expect((caught as Error).message).toContain(codePoint)
        expect((caught as Error).message).toMatch(/plain newline/)
      },
    )

    it('refuse a separator in a comment, a PEM block or at the end of a line', () => {
      for (const [text, line] of [
        [`# hidden\u2028${edRaw} official\n`, 1],
        [`${pem(curves[0] as never).replace('\n', '\n\u2029')} kms\n`, 2],
        [`${edRaw} official\n\n${other} second\r`, 3],
      ] as const) {
        expect(() => parse(text)).toThrow(
          expect.objectContaining({ code: 'line-separator-in-line', location: `keys.txt:${line}` }),
        )
      }
    })
  })

  it.each([
    ['a key without identifier', `${edRaw}`, 'missing-identifier', 1],
    ['a minisign key without identifier', `${minisign}`, 'missing-identifier', 1],
    ['garbage', `hello world`, 'invalid-key', 1],
    ['a truncated key', `${der(ed).slice(0, 40)} x`, 'invalid-key', 1],
    ['base64 with junk appended', `${edRaw}AAAA x`, 'invalid-key', 1],
    ['non-canonical base64', `${edRaw.slice(0, -2)}B= x`, 'invalid-key', 1],
    [
      'a key Node reads but we do not verify with',
      `${der(generateKeyPairSync('x25519').publicKey)} x`,
      'invalid-key',
      1,
    ],
    ['an alias ARN', 'arn:aws:kms:us-east-1:942039714848:alias/official x', 'unsupported-arn', 1],
    ['an IAM ARN', 'arn:aws:iam::942039714848:role/x x', 'unsupported-arn', 1],
    [
      'an unterminated PEM block',
      `# c\n-----BEGIN PUBLIC KEY-----\n${der(ed)}\n`,
      'pem-unterminated',
      2,
    ],
    [
      'a private key',
      generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString() + ' x',
      'private-key',
      1,
    ],
    ['a comment line with no key after it', 'untrusted comment: x\n\n', 'minisign-key-missing', 1],
    ['garbage after good lines', `${edRaw} good\n\nnot-a-key ident`, 'invalid-key', 3],
  ])('refuses %s with a code naming source and line', (_case, text, code, line) => {
    expect(() => parse(text)).toThrow(
      expect.objectContaining({ code, location: `keys.txt:${line}` }),
    )
  })

  it('refuses a huge input', () => {
    expect(() => parse('#'.repeat(2 * 1024 * 1024))).toThrow(
      expect.objectContaining({ code: 'trusted-keys-too-large' }),
    )
  })

  const fixture = new URL(
    '../../../shared/fixtures/upstream-dossiers/trusted-keys.txt',
    import.meta.url,
  )
  ;(existsSync(fixture) ? it : it.skip)('reads the upstream fixture file', () => {
    const file = parseTrustedKeys(readFileSync(fixture, 'utf8'), 'trusted-keys.txt')
    expect(file.keys.map((k) => [k.identifier, k.kind])).toEqual([
      ['imboard-ai-official-kms', 'spki'],
      ['imboard-ai', 'ed25519-raw'],
      ['test-key-2025', 'spki'],
    ])
  })
})
