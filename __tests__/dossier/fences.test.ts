import { describe, expect, it } from '@jest/globals'
import { splitDossier } from '../../src/dossier/fences.js'

const split = (text: string) => splitDossier(Buffer.from(text))
const bodyOf = (text: string): string => split(text).body.toString()

describe('the body rule (formats.md 1.1)', () => {
  it.each([
    ['one newline after the fence is stripped', '---\na: 1\n---\nbody\n', 'body\n'],
    ['a blank line after the fence belongs to the body', '---\na: 1\n---\n\nbody', '\nbody'],
    ['CRLF after the fence: one \\r then one \\n', '---\r\na: 1\r\n---\r\nbody\r\n', 'body\r\n'],
    ['only one \\r is stripped', '---\na: 1\n---\r\r\nbody', '\r\nbody'],
    ['nothing after the fence', '---\na: 1\n---', ''],
    ['trailing text on the fence line stays', '---\na: 1\n---  \nbody', '  \nbody'],
    ['the first "\\n---" ends it, even "\\n----"', '---\na: 1\n----\nbody', '-\nbody'],
    ['no trimming, no normalisation', '---\na: 1\n---\n  body  \n\n\n', '  body  \n\n\n'],
    ['an empty frontmatter closes at once', '---\n---\nbody', 'body'],
  ])('%s', (_rule, text, body) => {
    expect(bodyOf(text)).toBe(body)
  })

  it('keeps the frontmatter between the fences, and a later "---" in the body', () => {
    const parts = split('---dossier\n{"a": 1}\n---\nx\n---\ny')
    expect(parts.fence).toBe('dossier')
    expect(parts.frontmatter.toString()).toBe('{"a": 1}\n')
    expect(parts.body.toString()).toBe('x\n---\ny')
  })

  it.each([
    ['---dossier', 'dossier'],
    ['---json', 'json'],
    ['---', 'yaml'],
    ['---yaml', 'yaml'],
    ['---dossier\r', 'dossier'],
  ])('reads the opening fence %j', (fence, kind) => {
    expect(split(`${fence}\na: 1\n---\n`).fence).toBe(kind)
  })
})

describe('not a dossier', () => {
  it.each([
    ['no leading fence', '# Title\n', 'not-a-dossier'],
    ['a UTF-8 BOM before the fence', '\ufeff---\na: 1\n---\n', 'not-a-dossier'],
    ['an empty file', '', 'not-a-dossier'],
    ['a fence and nothing else', '---', 'unterminated-frontmatter'],
    ['no closing fence', '---\na: 1\nb: 2\n', 'unterminated-frontmatter'],
    ['a code-evaluating engine', '---js\nmodule.exports = {}\n---\n', 'unsupported-fence'],
    ['an unknown fence', '---toml\na = 1\n---\n', 'unsupported-fence'],
  ])('%s is refused with a code', (_case, text, code) => {
    expect(() => split(text)).toThrow(expect.objectContaining({ code }))
  })
})
