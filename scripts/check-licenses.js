// Every package with a source in a bundle's source maps must have an entry (licence id
// and text) in the licenses.txt beside it, and nothing else may be listed. Run by the
// build after scripts/write-licenses.js, so a build that ships an unlisted package fails.
// Usage: node scripts/check-licenses.js [BUNDLE_DIR...] (default: dist dist/cli), from
// the repository root (the maps' node_modules/ paths resolve against it).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bundledPackages, ENTRY_RULE, entryHeading, sourceMapsIn } from './bundled-packages.js'

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'dist/cli']
let failed = false
for (const dir of dirs) {
  const problems = problemsIn(dir)
  for (const problem of problems) console.error(`${path.join(dir, 'licenses.txt')}: ${problem}`)
  failed ||= problems.length > 0
}
if (failed) {
  console.error('Rebuild with `npm run build` (scripts/write-licenses.js writes these files).')
  process.exit(1)
}

function problemsIn(dir) {
  const file = path.join(dir, 'licenses.txt')
  if (!existsSync(file)) return ['missing']
  const entries = entriesOf(readFileSync(file, 'utf8'))
  const bundled = bundledPackages(sourceMapsIn(dir), process.cwd())
  const problems = []
  const missing = bundled.filter((pkg) => !entries.has(entryHeading(pkg)))
  if (missing.length > 0) {
    problems.push(
      `no entry for ${missing.map((pkg) => `${entryHeading(pkg)} (${pkg.folder})`).join(', ')}`,
    )
  }
  const headings = new Set(bundled.map(entryHeading))
  const extra = [...entries.keys()].filter((heading) => !headings.has(heading))
  if (extra.length > 0)
    problems.push(`lists packages the bundle does not contain: ${extra.join(', ')}`)
  for (const [heading, { licence, text }] of entries) {
    if (!licence || !text) problems.push(`the entry for ${heading} lacks its licence id or text`)
  }
  return problems
}

/** heading -> { licence id, text } for each entry (a rule line, heading, id, text). */
function entriesOf(content) {
  const entries = new Map()
  const blocks = content.split(`${ENTRY_RULE}\n`).slice(1)
  for (const block of blocks) {
    const [heading, licence, ...rest] = block.split('\n')
    entries.set(heading, { licence: licence?.trim(), text: rest.join('\n').trim() })
  }
  return entries
}
