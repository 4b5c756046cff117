import { describe, expect, it } from '@jest/globals'
import { printable } from '../src/printable.js'

describe('printable', () => {
  it('keeps a file name from starting a workflow command on a line of its own', () => {
    const name = 'evil\n::warning title=x::pwned\r\n::add-mask::secret.ds.md'
    const line = printable(name)
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toBe('evil\\n::warning title=x::pwned\\r\\n::add-mask::secret.ds.md')
  })

  it('escapes other controls and Unicode line separators, keeps ordinary text and tabs', () => {
    expect(printable('a\u001b[31mb\u2028c\u0085d')).toBe('a\\u001b[31mb\\u2028c\\u0085d')
    expect(printable('plain name é.ds.md\twith tab')).toBe('plain name é.ds.md\twith tab')
  })
})
