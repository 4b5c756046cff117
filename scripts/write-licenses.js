// Writes licenses.txt beside each bundle: every package the bundle contains, with its
// licence id and licence text. ncc's own --license output is not used: its webpack
// licence plugin writes one file per chunk under the same name, so the last chunk
// (dist/413.index.js, the GitHub API client) overwrote the entry chunk's list, and it keys
// packages by name, so js-yaml 3 (aliased as js-yaml-3) and js-yaml 4 collapsed into one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundledPackages, ENTRY_RULE, entryHeading, sourceMapsIn } from './bundled-packages.js'

const BUNDLES = [
  { dir: 'dist', entry: 'dist/index.js' },
  { dir: 'dist/cli', entry: 'dist/cli/index.js' },
]
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i

const root = process.cwd()
let failed = false
for (const bundle of BUNDLES) {
  try {
    writeFileSync(path.join(bundle.dir, 'licenses.txt'), licencesOf(bundle))
  } catch (error) {
    console.error(`${bundle.dir}/licenses.txt: ${error.message}`)
    failed = true
  }
}
if (failed) process.exit(1)

function licencesOf(bundle) {
  const packages = bundledPackages(sourceMapsIn(bundle.dir), root)
  // Thirty AWS packages carry the same Apache-2.0 text: print each text once.
  const firstWithText = new Map()
  const entries = packages.map((pkg) => {
    const { text, from } = licenceText(pkg, packages)
    const earlier = firstWithText.get(text)
    if (earlier === undefined) firstWithText.set(text, entryHeading(pkg))
    return [
      ENTRY_RULE,
      entryHeading(pkg),
      licenceIdOf(pkg),
      ...(from ? [`(no licence file in the package; the text of ${from}, same repository)`] : []),
      '',
      earlier === undefined ? text : `(the same licence text as ${earlier} above)`,
      '',
    ].join('\n')
  })
  return [
    `Third-party packages bundled in ${bundle.entry} (and its chunks), with their licences.`,
    'Written by scripts/write-licenses.js from the bundle source maps; checked by scripts/check-licenses.js.',
    '',
    ...entries,
  ].join('\n')
}

function licenceIdOf(pkg) {
  const { license, licenses } = pkg.manifest
  if (typeof license === 'string') return license
  if (license?.type) return license.type
  if (Array.isArray(licenses)) return licenses.map((l) => l.type ?? l).join(' OR ')
  throw new Error(
    `${pkg.folder}/package.json has no "license" field; read the package's licence and name it here before shipping it.`,
  )
}

/**
 * The package's own licence files; failing that, those of a bundled package from the same
 * git repository under the same licence (the AWS SDK's internal packages ship none, while
 * their monorepo siblings carry the repository's LICENSE).
 */
function licenceText(pkg, packages) {
  const own = licenceFilesText(pkg)
  if (own) return { text: own }
  const sibling = packages.find(
    (other) =>
      other !== pkg &&
      repositoryOf(other) !== undefined &&
      repositoryOf(other) === repositoryOf(pkg) &&
      licenceIdOf(other) === licenceIdOf(pkg) &&
      licenceFilesText(other),
  )
  if (sibling) return { text: licenceFilesText(sibling), from: entryHeading(sibling) }
  throw new Error(
    `${pkg.folder} has no LICENSE file and no bundled package from its repository (${repositoryOf(pkg) ?? 'none named'}) has one; ` +
      `find its licence text and teach scripts/write-licenses.js where it is before shipping the bundle.`,
  )
}

function licenceFilesText(pkg) {
  const dir = path.join(root, pkg.folder)
  return readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').trim())
    .join('\n\n')
    .replace(/\r\n/g, '\n')
}

function repositoryOf(pkg) {
  const repo = pkg.manifest.repository
  const url = typeof repo === 'string' ? repo : repo?.url
  return url
    ?.replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://')
}
