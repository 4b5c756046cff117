// ncc builds with --transpile-only (tsc type-checks separately), which turns an
// unresolvable import into a runtime error; refuse such a bundle at build time.
import { readFileSync } from 'node:fs'

let bad = false
for (const file of ['dist/index.js', 'dist/cli/index.js']) {
  const missing = [...readFileSync(file, 'utf8').matchAll(/@@notfound\.js\?([^\s"']+)/g)].map(
    (m) => m[1],
  )
  if (missing.length > 0) {
    console.error(`${file} has unresolved imports: ${[...new Set(missing)].join(', ')}`)
    bad = true
  }
}
if (bad) process.exit(1)
