// What `npm pack` ships, and so what `npx github:imboard-ai/dossier-sign` fetches: the
// bundles, action.yml and the documents, nothing of the sources, tests, stack or benches.
// dist/ is self-contained, so the package has no `dependencies` for npx to install.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'

const SHIPPED_DOCUMENTS = ['package.json', 'action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md']
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  files: string[]
  dependencies?: Record<string, string>
  scripts: Record<string, string>
  bin: Record<string, string>
}

const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
  )

const temps: string[] = []
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('the npm package', () => {
  it('packs exactly dist/ and the documents: no src/, __tests__/, stack/, bench/, harness/, scripts/', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as Array<{ files: Array<{ path: string }> }>
    const paths = (packed?.files ?? []).map((f) => f.path).sort()
    const expected = [
      ...SHIPPED_DOCUMENTS.filter((f) => existsSync(path.join(REPO_ROOT, f))),
      ...filesUnder('dist'),
    ].sort()
    expect(paths).toEqual(expected)
    expect(paths).toEqual(expect.arrayContaining(['dist/index.js', pkg.bin['dossier-sign']]))
    const leaked = paths.filter((p) =>
      /^(src|__tests__|stack|bench|harness|scripts|examples|\.github|\.ci)\//.test(p),
    )
    expect(leaked).toEqual([])
  })

  it('has no dependencies and no install-time scripts, so npx installs nothing but itself', () => {
    // npm installs a git dependency's `dependencies`, and runs `prepare` (after installing
    // its devDependencies too) when there is one; dist/ needs neither.
    expect(pkg.dependencies ?? {}).toEqual({})
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']
    expect(Object.keys(pkg.scripts).filter((s) => installTime.includes(s))).toEqual([])
  })

  it('installs from its tarball offline, into an empty folder, and its bin verifies examples/', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pack-'))
    temps.push(dir)
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const tarball = npm(
      ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir],
      REPO_ROOT,
    )
      .trim()
      .split('\n')
      .pop() as string
    const app = path.join(dir, 'app')
    mkdirSync(app)
    writeFileSync(path.join(app, 'package.json'), '{"private":true}\n')
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(dir, tarball)], app)
    expect(readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'dossier-sign',
    ])
    const bin = path.join(app, 'node_modules/.bin/dossier-sign')
    const run = spawnSync(
      bin,
      ['verify', 'examples', '--trusted-keys-file', '.dossier/trusted-keys.txt'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/\d+ file\(s\): 0 blocked, \d+ warned; [1-9]\d* verified/)
  })
})
