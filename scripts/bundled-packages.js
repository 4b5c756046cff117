// Which npm packages a bundle contains, read from its source maps: every source under
// node_modules/ names its package folder, so the list covers every chunk ncc writes
// (dist/413.index.js included), ESM and CommonJS alike, nested copies and aliases too.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const NODE_MODULES = 'node_modules/'

/**
 * The maps of the `.js` files in a bundle's folder (entry and chunks; not sub-folders).
 * ncc deletes old `.js` files before a build but not their maps, so a map without its
 * `.js` is a leftover from an earlier build and says nothing about this one.
 */
export function sourceMapsIn(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js.map') && existsSync(path.join(dir, f.slice(0, -'.map'.length))))
    .sort()
    .map((f) => path.join(dir, f))
}

/**
 * One record per package folder a map's sources come from, sorted by name then version.
 * Sources read `.././node_modules/<pkg>/...` whatever the map's folder, so the folder is
 * resolved against `root` (the repository the build ran in), not against the map.
 */
export function bundledPackages(mapFiles, root) {
  const folders = new Set()
  for (const file of mapFiles) {
    for (const source of JSON.parse(readFileSync(file, 'utf8')).sources) {
      const folder = packageFolderOf(source)
      if (folder) folders.add(folder)
    }
  }
  return [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8'))
      return { folder, name: manifest.name, version: manifest.version, manifest }
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

/** `node_modules/a/node_modules/@s/b` for `.././node_modules/a/node_modules/@s/b/lib/x.js`. */
function packageFolderOf(source) {
  const first = source.indexOf(NODE_MODULES)
  if (first < 0) return undefined
  const last = source.lastIndexOf(NODE_MODULES)
  const [scope, name] = source.slice(last + NODE_MODULES.length).split('/')
  const tail = scope.startsWith('@') ? `${scope}/${name}` : scope
  return source.slice(first, last + NODE_MODULES.length) + tail
}

/** The heading line that starts each package's entry in a licenses.txt. */
export const entryHeading = (pkg) => `${pkg.name} ${pkg.version}`

/** Marks the start of an entry: the line after it is the entry's heading. */
export const ENTRY_RULE = '='.repeat(80)
