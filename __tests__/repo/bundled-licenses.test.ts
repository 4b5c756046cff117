// dist/licenses.txt ships with the bundles: every package they contain, in every chunk,
// must be listed with its licence. scripts/check-licenses.js (run by the build) is the
// rule; these tests run it on the committed files and on copies with an entry taken out.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'

const RULE = '='.repeat(80)
const temps: string[] = []
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const checkLicenses = (...dirs: string[]) =>
  spawnSync(process.execPath, ['scripts/check-licenses.js', ...dirs], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })

const versionOf = (folder: string) =>
  (
    JSON.parse(readFileSync(path.join(REPO_ROOT, folder, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

/** A bundle folder's maps (with empty stand-ins for their .js) and `licenses` as its licenses.txt. */
function bundleCopy(dir: string, licenses: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'dossier-licenses-'))
  temps.push(copy)
  const maps = readdirSync(path.join(REPO_ROOT, dir)).filter(
    (f) =>
      f.endsWith('.js.map') && existsSync(path.join(REPO_ROOT, dir, f.slice(0, -'.map'.length))),
  )
  for (const f of maps) {
    copyFileSync(path.join(REPO_ROOT, dir, f), path.join(copy, f))
    writeFileSync(path.join(copy, f.slice(0, -'.map'.length)), '')
  }
  writeFileSync(path.join(copy, 'licenses.txt'), licenses)
  return copy
}

/** licenses.txt without the entry whose heading is `heading`. */
function without(licenses: string, heading: string): string {
  const [head, ...entries] = licenses.split(`${RULE}\n`)
  const kept = entries.filter((e) => !e.startsWith(`${heading}\n`))
  expect(kept).toHaveLength(entries.length - 1)
  return [head, ...kept].join(`${RULE}\n`)
}

describe('dist/licenses.txt and dist/cli/licenses.txt', () => {
  const action = readFileSync(path.join(REPO_ROOT, 'dist/licenses.txt'), 'utf8')

  it('list every package with a source in the bundles’ maps, and nothing else', () => {
    const run = checkLicenses('dist', 'dist/cli')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('list the AWS SDK, undici, the lazily loaded GitHub client, and both js-yaml majors apart', () => {
    const headings = action.split(`${RULE}\n`).map((e) => e.split('\n')[0])
    expect(headings).toEqual(
      expect.arrayContaining([
        `@aws-sdk/client-kms ${versionOf('node_modules/@aws-sdk/client-kms')}`,
        `undici ${versionOf('node_modules/undici')}`,
        `@octokit/core ${versionOf('node_modules/@octokit/core')}`,
        `js-yaml ${versionOf('node_modules/js-yaml')}`,
        `js-yaml ${versionOf('node_modules/js-yaml-3')}`,
      ]),
    )
  })

  it('a package without a LICENSE file gets the licence text of its repository sibling', () => {
    // @aws-sdk/nested-clients ships no LICENSE; the aws-sdk-js-v3 monorepo's is Apache-2.0.
    const entry = action.split(`${RULE}\n`).find((e) => e.startsWith(`@aws-sdk/nested-clients `))
    expect(entry).toMatch(
      /^@aws-sdk\/nested-clients \S+\nApache-2\.0\n\(no licence file in the package; the text of @aws-sdk\//,
    )
  })
})

describe('scripts/check-licenses.js', () => {
  const licenses = readFileSync(path.join(REPO_ROOT, 'dist/licenses.txt'), 'utf8')
  const kms = `@aws-sdk/client-kms ${versionOf('node_modules/@aws-sdk/client-kms')}`

  it('fails naming a bundled package that has no entry', () => {
    const copy = bundleCopy('dist', without(licenses, kms))
    const run = checkLicenses(copy)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`no entry for ${kms} (node_modules/@aws-sdk/client-kms)`)
  })

  it('fails on an entry for a package the bundle does not contain', () => {
    const copy = bundleCopy(
      'dist/cli',
      `${readFileSync(path.join(REPO_ROOT, 'dist/cli/licenses.txt'), 'utf8')}${RULE}\nleft-pad 1.3.0\nWTFPL\n\ntext\n`,
    )
    const run = checkLicenses(copy)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('lists packages the bundle does not contain: left-pad 1.3.0')
  })

  it('fails on the per-chunk file ncc --license wrote (the last chunk’s packages only)', () => {
    const lastChunk = `${RULE}\n@actions/github ${versionOf('node_modules/@actions/github')}\nMIT\n\ntext\n`
    const run = checkLicenses(bundleCopy('dist', lastChunk))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no entry for @actions/core')
  })
})
