import { describe, expect, it } from '@jest/globals'
import { parseFilePatterns, PatternError } from '../../src/files/file-patterns.js'

describe('parseFilePatterns', () => {
  it('splits includes and ! excludes, skipping blanks and comments', () => {
    expect(parseFilePatterns('**/*.ds.md\n\n# comment\n!drafts/**\n./docs/*.ds.md\r\n')).toEqual({
      include: ['**/*.ds.md', 'docs/*.ds.md'],
      exclude: ['drafts/**'],
    })
  })

  it.each([
    '/etc/passwd',
    '../outside/*.ds.md',
    'a/../../b.ds.md',
    '!../x',
    'C:\\x.ds.md',
    '\\\\server\\x',
  ])('refuses %s, which points outside the workspace', (pattern) => {
    expect(() => parseFilePatterns(pattern)).toThrow(
      expect.objectContaining({ code: 'pattern-outside-workspace' }),
    )
  })

  it('refuses a list with nothing to include', () => {
    expect(() => parseFilePatterns('!**/*.ds.md\n')).toThrow(PatternError)
    expect(() => parseFilePatterns('')).toThrow(expect.objectContaining({ code: 'pattern-empty' }))
  })
})
