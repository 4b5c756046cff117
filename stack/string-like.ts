/**
 * IAM `StringLike`: `*` matches any run of characters (also none), `?` exactly one;
 * everything else is literal and case-sensitive. Used by trust policies on `sub`
 * and by key policies on principal ARNs.
 */
export function matchesStringLike(pattern: string, value: string): boolean {
  const source = [...pattern]
    .map((char) => {
      if (char === '*') return '.*'
      if (char === '?') return '.'
      return char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`, 's').test(value)
}
