import { CodedError } from '../errors.js'

/** The `files` input, split into globs that include and globs (`!`) that exclude. */
export interface FilePatterns {
  include: string[]
  exclude: string[]
}

export class PatternError extends CodedError<'pattern-outside-workspace' | 'pattern-empty'> {}

/**
 * Parse newline-separated globs relative to the workspace. A pattern that could
 * reach outside the workspace (absolute, `..`, a drive letter) is refused outright
 * rather than filtered later, so a typo never widens what gets signed.
 */
export function parseFilePatterns(text: string, input = 'files'): FilePatterns {
  const include: string[] = []
  const exclude: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    const pattern = (negated ? line.slice(1) : line).trim().replace(/^(\.\/)+/, '')
    if (/^([/\\]|[A-Za-z]:)/.test(pattern) || pattern.split(/[/\\]/).includes('..')) {
      throw new PatternError(
        'pattern-outside-workspace',
        `\`${input}\` pattern "${line}" points outside the workspace; write globs relative to the workspace, without "..".`,
      )
    }
    if (pattern === '') continue
    ;(negated ? exclude : include).push(pattern)
  }
  if (include.length === 0) {
    throw new PatternError(
      'pattern-empty',
      `\`${input}\` has no pattern to include; give at least one glob such as **/*.ds.md.`,
    )
  }
  return { include, exclude }
}
