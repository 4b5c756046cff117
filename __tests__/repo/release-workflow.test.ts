import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createOrigin, git, pushAsPerson, type GitOrigin } from '../e2e/git-origin.js'
import { loadWorkflow, stepNamed, type WorkflowFile } from './workflow-files.js'

const JOB = 'move-major-tag'
const CHECK = 'Check the release tag'
const FRESH = "The tag's version and dist/ are what the build makes"
const MOVE = 'Move the major tag'

interface ScriptRun {
  status: number | null
  log: string
  outputs: string
}

/**
 * One `run:` step's script as the runner runs it when the step names no `shell`
 * (`bash -e {0}`), with the step's `env:` given the values GitHub substitutes.
 */
async function runStep(
  workflow: WorkflowFile,
  step: string,
  values: Record<string, string>,
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<ScriptRun> {
  const { run } = stepNamed(workflow, JOB, step)
  const folder = await mkdtemp(path.join(tmpdir(), 'dossier-sign-release-step-'))
  try {
    const script = path.join(folder, 'step.sh')
    const output = path.join(folder, 'output')
    await writeFile(script, run ?? '')
    await writeFile(output, '')
    const result = spawnSync('bash', ['-e', script], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: folder,
        GIT_CONFIG_NOSYSTEM: '1',
        GITHUB_OUTPUT: output,
        ...extraEnv,
        ...values,
      },
    })
    return {
      status: result.status,
      log: `${result.stdout}${result.stderr}`,
      outputs: await readFile(output, 'utf8'),
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

describe('the release workflow (moves vX when a release vX.Y.Z is published)', () => {
  const workflow = loadWorkflow('release.yml')
  const job = workflow.jobs[JOB]

  it('runs on a published release, skips prereleases, and may write contents in that job only', () => {
    expect(workflow.on).toEqual({ release: { types: ['published'] } })
    expect(workflow.permissions).toEqual({})
    expect(job?.permissions).toEqual({ contents: 'write' })
    expect(job?.if).toBe('github.event.release.prerelease == false')
  })

  it('checks the tag, then the tag commit is rebuilt and compared, and only then moves the major tag', () => {
    const steps = job?.steps ?? []
    const at = (name: string) => steps.findIndex((s) => s.name === name)
    const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'))
    expect(at(CHECK)).toBe(0)
    expect(checkout).toBeGreaterThan(at(CHECK))
    expect(at(FRESH)).toBeGreaterThan(checkout)
    expect(at(MOVE)).toBe(steps.length - 1)
    expect(steps[checkout]?.with).toEqual({
      ref: 'refs/tags/${{ github.event.release.tag_name }}',
      'fetch-depth': 0,
    })
    expect(stepNamed(workflow, JOB, CHECK).env).toEqual({
      TAG: '${{ github.event.release.tag_name }}',
      PRERELEASE: '${{ github.event.release.prerelease }}',
    })
    expect(stepNamed(workflow, JOB, FRESH).env).toEqual({
      TAG: '${{ github.event.release.tag_name }}',
    })
    expect(stepNamed(workflow, JOB, MOVE).env).toEqual({
      TAG: '${{ github.event.release.tag_name }}',
      MAJOR: '${{ steps.check.outputs.major }}',
    })
    expect(stepNamed(workflow, JOB, CHECK).id).toBe('check')
  })

  describe('the tag check', () => {
    it.each([
      ['v1.2.3', 'v1'],
      ['v1.0.0', 'v1'],
      ['v10.20.30', 'v10'],
      ['v0.1.0', 'v0'],
    ])('accepts the full release %s as major %s', async (tag, major) => {
      const run = await runStep(workflow, CHECK, { TAG: tag, PRERELEASE: 'false' }, tmpdir())
      expect(run.status).toBe(0)
      expect(run.outputs).toBe(`major=${major}\n`)
    })

    it.each([
      'v1.2',
      '1.2.3',
      'v1.2.3-rc.1',
      'v1.2.3.4',
      'v01.2.3',
      'v1.2.3 ',
      'V1.2.3',
      'v1',
      'latest',
      '',
    ])('refuses the tag "%s", naming it, and sets no major', async (tag) => {
      const run = await runStep(workflow, CHECK, { TAG: tag, PRERELEASE: 'false' }, tmpdir())
      expect(run.status).not.toBe(0)
      expect(run.log).toContain(`::error::The release tag '${tag}' is not vX.Y.Z`)
      expect(run.outputs).toBe('')
    })

    it('refuses a prerelease even of a vX.Y.Z tag', async () => {
      const run = await runStep(workflow, CHECK, { TAG: 'v1.3.0', PRERELEASE: 'true' }, tmpdir())
      expect(run.status).not.toBe(0)
      expect(run.log).toContain('::error::v1.3.0 is a prerelease')
      expect(run.outputs).toBe('')
    })
  })

  describe('the dist/ and version check, with npm standing in for the build', () => {
    let root: string
    let origin: GitOrigin
    let checkout: string
    let bin: string

    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'dossier-sign-release-fresh-'))
      origin = await createOrigin(root, {
        'package.json': JSON.stringify({ name: 'x', version: '1.4.0' }),
        'dist/index.js': 'built\n',
      })
      checkout = path.join(root, 'checkout')
      git(root, origin.env, ['clone', '--quiet', origin.url, checkout])
      bin = path.join(root, 'bin')
      await mkdir(bin)
    })
    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true })
    })

    /** An `npm` whose `run build` does what `build` says to dist/; it logs each call. */
    async function withBuild(build: string): Promise<Record<string, string>> {
      await writeFile(
        path.join(bin, 'npm'),
        `#!/usr/bin/env bash\necho "npm $*" >> "${root}/npm.log"\nif [ "$1 $2" = "run build" ]; then ${build}; fi\n`,
      )
      await chmod(path.join(bin, 'npm'), 0o755)
      await rm(path.join(root, 'npm.log'), { force: true })
      git(checkout, origin.env, ['checkout', '--quiet', '--', '.'])
      git(checkout, origin.env, ['clean', '--quiet', '-fd'])
      return { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` }
    }
    const npmCalls = async () =>
      (await readFile(path.join(root, 'npm.log'), 'utf8').catch(() => '')).trim().split('\n')

    it('passes when the build reproduces dist/ byte for byte', async () => {
      const env = await withBuild("printf 'built\\n' > dist/index.js")
      const run = await runStep(workflow, FRESH, { TAG: 'v1.4.0' }, checkout, env)
      expect(run.log).toBe('')
      expect(run.status).toBe(0)
      expect(await npmCalls()).toEqual(['npm ci', 'npm run build'])
    })

    it('fails when the build changes a file in dist/', async () => {
      const env = await withBuild("printf 'rebuilt\\n' > dist/index.js")
      const run = await runStep(workflow, FRESH, { TAG: 'v1.4.0' }, checkout, env)
      expect(run.status).not.toBe(0)
      expect(run.log).toContain('::error::dist/ at v1.4.0 is not what npm run build makes')
    })

    it('fails when the build adds a file to dist/', async () => {
      const env = await withBuild("printf 'built\\n' > dist/index.js; echo x > dist/chunk.js")
      const run = await runStep(workflow, FRESH, { TAG: 'v1.4.0' }, checkout, env)
      expect(run.status).not.toBe(0)
      expect(run.log).toContain('::error::dist/ at v1.4.0 is not what npm run build makes')
    })

    it("fails before installing anything when package.json's version is not the tag's", async () => {
      const env = await withBuild('true')
      const run = await runStep(workflow, FRESH, { TAG: 'v1.4.1' }, checkout, env)
      expect(run.status).not.toBe(0)
      expect(run.log).toContain('::error::package.json says 1.4.0, the tag is v1.4.1')
      expect(await npmCalls()).toEqual([''])
    })
  })

  describe('moving the major tag, against a local origin', () => {
    let root: string
    let origin: GitOrigin
    const commits: Record<string, string> = {}

    /** The origin's tag, as `git ls-remote` (and so `uses: owner/repo@tag`) sees it. */
    const tagAt = (tag: string) =>
      git(root, origin.env, ['ls-remote', origin.url, `refs/tags/${tag}`]).split('\t')[0] ?? ''

    /** A person tags `commit` as `tag` on the origin. */
    function tag(name: string, commit: string): void {
      const clone = path.join(root, `tagger-${name}`)
      git(root, origin.env, ['clone', '--quiet', origin.url, clone])
      git(clone, origin.env, ['tag', name, commit])
      git(clone, origin.env, ['push', '--quiet', 'origin', `refs/tags/${name}`])
    }

    /** The runner's checkout of the release (actions/checkout, fetch-depth 0), then the step. */
    async function moveFor(release: string, major: string): Promise<ScriptRun> {
      const checkout = await mkdtemp(path.join(root, 'runner-'))
      git(root, origin.env, ['clone', '--quiet', '--no-checkout', origin.url, checkout])
      git(checkout, origin.env, ['checkout', '--quiet', `refs/tags/${release}`])
      return runStep(workflow, MOVE, { TAG: release, MAJOR: major }, checkout, origin.env)
    }

    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'dossier-sign-release-move-'))
      origin = await createOrigin(root, { 'a.txt': '1.0.0\n' })
      commits['1.0.0'] = git(origin.dir, origin.env, ['rev-parse', 'main'])
      tag('v1.0.0', commits['1.0.0'])
      tag('v1', commits['1.0.0'])
      commits['1.1.0'] = await pushAsPerson(origin, { 'a.txt': '1.1.0\n' }, '1.1.0')
      tag('v1.1.0', commits['1.1.0'])
    })
    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true })
    })

    it('moves v1 from v1.0.0 to the new release v1.1.0 on the origin', async () => {
      expect(tagAt('v1')).toBe(commits['1.0.0'])
      const run = await moveFor('v1.1.0', 'v1')
      expect(run.status).toBe(0)
      expect(tagAt('v1')).toBe(commits['1.1.0'])
      expect(run.log).toContain(`::notice::v1 now points at v1.1.0 (${commits['1.1.0']})`)
    })

    it('leaves v1 alone for a fix to an older minor (v1.0.1 after v1.1.0)', async () => {
      const clone = path.join(root, 'backport')
      git(root, origin.env, ['clone', '--quiet', origin.url, clone])
      git(clone, origin.env, ['checkout', '--quiet', '-b', 'release-1.0', 'v1.0.0'])
      await writeFile(path.join(clone, 'a.txt'), '1.0.1\n')
      const identity = ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com']
      git(clone, origin.env, [...identity, 'commit', '--quiet', '-am', '1.0.1'])
      git(clone, origin.env, ['tag', 'v1.0.1'])
      git(clone, origin.env, ['push', '--quiet', 'origin', 'release-1.0', 'refs/tags/v1.0.1'])

      const run = await moveFor('v1.0.1', 'v1')
      expect(run.status).toBe(0)
      expect(run.log).toContain('::notice::v1 stays where it is: v1.1.0 is newer than v1.0.1.')
      expect(tagAt('v1')).toBe(commits['1.1.0'])
    })

    it('creates v2 for the first v2 release and leaves v1 where it was', async () => {
      commits['2.0.0'] = await pushAsPerson(origin, { 'a.txt': '2.0.0\n' }, '2.0.0')
      tag('v2.0.0', commits['2.0.0'])
      const run = await moveFor('v2.0.0', 'v2')
      expect(run.status).toBe(0)
      expect(tagAt('v2')).toBe(commits['2.0.0'])
      expect(tagAt('v1')).toBe(commits['1.1.0'])
    })

    it('a tag that only looks newer (v1.10.0 vs v1.9.0) compares as a version, not as text', async () => {
      commits['1.9.0'] = await pushAsPerson(origin, { 'a.txt': '1.9.0\n' }, '1.9.0')
      tag('v1.9.0', commits['1.9.0'])
      commits['1.10.0'] = await pushAsPerson(origin, { 'a.txt': '1.10.0\n' }, '1.10.0')
      tag('v1.10.0', commits['1.10.0'])
      expect((await moveFor('v1.10.0', 'v1')).status).toBe(0)
      expect(tagAt('v1')).toBe(commits['1.10.0'])
      const late = await moveFor('v1.9.0', 'v1') // published late: v1 must not go back
      expect(late.status).toBe(0)
      expect(tagAt('v1')).toBe(commits['1.10.0'])
    })
  })
})
