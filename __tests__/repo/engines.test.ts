// `engines.node` is the floor for the CLI (`npx dossier-sign`, which runs on whatever node
// the user has) and for development; the action itself always runs on action.yml's
// runtime. The floor is honest only while every package bundled into the CLI accepts it,
// and while the README and .ci/run (which reads package.json) say the same.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import semver from 'semver'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { bundledPackages, sourceMapsIn } from '../../scripts/bundled-packages.js'

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } }
const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node)

/** `name version (needs RANGE)` for each package in the bundle whose engines refuse `accepts`. */
function refusing(dir: string, accepts: (range: string) => boolean): string[] {
  return bundledPackages(sourceMapsIn(path.join(REPO_ROOT, dir)), REPO_ROOT)
    .filter((p) => p.manifest.engines?.node !== undefined)
    .filter((p) => !accepts(p.manifest.engines?.node as string))
    .map((p) => `${p.name} ${p.version} (needs ${p.manifest.engines?.node})`)
}

describe('engines.node', () => {
  it('is a plain ">=MAJOR.MINOR" floor, the one the README quick start names', () => {
    expect(floor).not.toBeNull()
    expect(read('README.md')).toContain(`Node.js ${floor?.[1]}.${floor?.[2]} or later`)
  })

  it('is accepted by every package bundled into the CLI (dist/cli)', () => {
    const version = `${floor?.[1]}.${floor?.[2]}.0`
    expect(refusing('dist/cli', (range) => semver.satisfies(version, range))).toEqual([])
  })

  it("every package bundled into the action (dist) runs on action.yml's runtime", () => {
    const runtime = (yaml.load(read('action.yml')) as { runs: { using: string } }).runs.using
    const major = /^node(\d+)$/.exec(runtime)?.[1]
    expect(major).toBeDefined()
    expect(refusing('dist', (range) => semver.intersects(range, `${major}.x`))).toEqual([])
  })

  it('the check can fail: a floor below a bundled package’s own is refused', () => {
    expect(refusing('dist/cli', (range) => semver.satisfies('20.0.0', range))).not.toEqual([])
  })
})
