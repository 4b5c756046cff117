// Refuses a bundle that would fail or load slowly at run time. Run by the build after
// scripts/ascii-bundle.js, on every .js file of the bundles (entries and chunks):
// - an unresolvable import: ncc builds with --transpile-only (tsc type-checks
//   separately), which turns one into a runtime error;
// - a non-ASCII byte: V8 then keeps the whole file as a two-byte string, decoded from
//   UTF-8 on every start, and the parser scans twice the bytes.
// Usage: node scripts/check-bundle.js [DIR...] (default: dist dist/cli).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SHOWN_PER_FILE = 5
const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'dist/cli']

let bad = false
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const target = path.join(dir, file)
    const code = readFileSync(target, 'utf8')
    const missing = [...code.matchAll(/@@notfound\.js\?([^\s"']+)/g)].map((m) => m[1])
    if (missing.length > 0) {
      console.error(`${target} has unresolved imports: ${[...new Set(missing)].join(', ')}`)
      bad = true
    }
    const places = nonAsciiPlaces(code)
    if (places.length > 0) {
      const shown = places.slice(0, SHOWN_PER_FILE).map((p) => `  ${target}:${p}`)
      const more =
        places.length > SHOWN_PER_FILE ? [`  ... ${places.length - SHOWN_PER_FILE} more`] : []
      console.error(
        [
          `${target} is not pure ASCII (${places.length} line(s)); scripts/ascii-bundle.js escapes what it can, so write these characters as \\u escapes in the source:`,
          ...shown,
          ...more,
        ].join('\n'),
      )
      bad = true
    }
  }
}
if (bad) process.exit(1)

/** `line:column U+XXXX` for the first non-ASCII character of each line that has one. */
function nonAsciiPlaces(code) {
  const places = []
  const lines = code.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i].search(/[\u0080-\uffff]/)
    if (column < 0) continue
    const point = lines[i].codePointAt(column).toString(16).toUpperCase().padStart(4, '0')
    places.push(`${i + 1}:${column + 1} U+${point}`)
  }
  return places
}
