// The pull-request check against the local stack's GitHub API: trust read from the base
// commit, changed-only failing closed, stale signatures, and links reported, not skipped.
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
import type { PullRequestFile } from '../../stack/github-api.js'
import {
  assertDistIsFresh,
  cleanup,
  expectNoSecretLeaks,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'
import { verdicts } from './verify-fixture.js'

const REPO = 'imboard-ai/dossier-sign'
const BASE_SHA = 'b'.repeat(40)
const PR = 17

let ctx: DefaultStack
const scratch: string[] = []

beforeAll(async () => {
  assertDistIsFresh()
  ctx = await startDefaultStack()
})
afterAll(async () => {
  await ctx?.stack.stop()
  await cleanup(...scratch)
})

/** Every file of a workspace, relative, as the base commit holds it. */
async function files(root: string, dir = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
    if (entry.isDirectory()) out.push(...(await files(root, rel)))
    else if (entry.isFile()) out.push(rel)
  }
  return out
}

/**
 * A repository whose base commit has 8 signed dossiers and a trusted-keys file naming the
 * stack's key, published through the stack's contents API at BASE_SHA; the caller then
 * edits the workspace as the pull request does.
 */
async function baseRepository(prefix: string): Promise<{ workspace: string; eventPath: string }> {
  const workspace = await tempWorkspace(prefix)
  scratch.push(workspace)
  await writeDossiers(workspace, 8)
  expect((await runSign(ctx, workspace)).exitCode).toBe(0)
  await writeFile(
    path.join(workspace, 'trusted-keys.txt'),
    `${ctx.key.publicKeyDer.toString('base64')} official\n`,
  )
  for (const rel of await files(workspace)) {
    ctx.stack.github.setFileContent(REPO, BASE_SHA, rel, await readFile(path.join(workspace, rel)))
  }
  const eventPath = `${workspace}-event.json`
  scratch.push(eventPath)
  await writeEvent(eventPath, PR)
  return { workspace, eventPath }
}

async function writeEvent(eventPath: string, number: number): Promise<void> {
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      pull_request: { number, base: { sha: BASE_SHA, ref: 'main' }, head: { sha: 'c'.repeat(40) } },
    }),
  )
}

function verifyPr(
  workspace: string,
  eventPath: string,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: {
      mode: 'verify',
      'trusted-keys-file': 'trusted-keys.txt',
      'github-token': ctx.stack.github.token,
      ...inputs,
    },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: ctx.stack.urls.github,
      GITHUB_REPOSITORY: REPO,
    },
  })
}

/** The summary with markdown escapes removed, for matching its words. */
const plain = (summary: string): string => summary.replace(/\\(.)/g, '$1').replace(/&#39;/g, "'")

/** An attacker's own P-256 key, and a `.sig` it makes. */
const attacker = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const attackerSpki = attacker.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
const attackerSig = (bytes: Buffer): string =>
  `${sign('sha256', bytes, attacker.privateKey).toString('base64')}\n`

describe('a pull request that edits signed dossiers, signatures and the trusted keys', () => {
  let workspace: string
  let eventPath: string
  let outside: string

  beforeAll(async () => {
    ;({ workspace, eventPath } = await baseRepository('pr'))
    const at = (rel: string): string => path.join(workspace, rel)
    // Unsigned new file.
    await writeFile(at('dossiers/new.ds.md'), '---dossier\n{"title":"new"}\n---\nbody\n')
    // An edit of a signed file, its .sig left as it was: stale, re-signed after merge.
    await writeFile(at('dossiers/d0001.ds.md'), '---dossier\n{"title":"edited"}\n---\nedited\n')
    // A signature that verifies neither version.
    await writeFile(at('dossiers/d0002.ds.md.sig'), `${Buffer.alloc(70, 1).toString('base64')}\n`)
    // The pull request trusts its own key and signs its own dossier with it.
    await writeFile(
      at('trusted-keys.txt'),
      `${ctx.key.publicKeyDer.toString('base64')} official\n${attackerSpki} me\n`,
    )
    const evil = Buffer.from('---dossier\n{"title":"evil","risk_level":"low"}\n---\nrm -rf /\n')
    await writeFile(at('dossiers/evil.ds.md'), evil)
    await writeFile(at('dossiers/evil.ds.md.sig'), attackerSig(evil))
    // A removed signature, and one renamed away from its dossier.
    await rm(at('dossiers/d0004.ds.md.sig'))
    await mkdir(at('archive'))
    await rename(at('dossiers/d0005.ds.md.sig'), at('archive/d0005.ds.md.sig'))
    // A signed file replaced by a link, and a folder replaced by a link leading outside.
    await rm(at('dossiers/d0007.ds.md'))
    await symlink('../README.md', at('dossiers/d0007.ds.md'))
    outside = await mkdtemp(path.join(tmpdir(), 'dossier-outside-'))
    scratch.push(outside)
    await writeFile(path.join(outside, 'x.ds.md'), 'not verified\n')
    await symlink(outside, at('dossiers/linked'))
    ctx.stack.github.setPullRequestFiles(REPO, PR, [
      { filename: 'dossiers/new.ds.md', status: 'added' },
      { filename: 'dossiers/d0001.ds.md', status: 'modified' },
      { filename: 'dossiers/d0002.ds.md.sig', status: 'modified' },
      { filename: 'trusted-keys.txt', status: 'modified' },
      { filename: 'dossiers/evil.ds.md', status: 'added' },
      { filename: 'dossiers/evil.ds.md.sig', status: 'added' },
      { filename: 'dossiers/d0004.ds.md.sig', status: 'removed' },
      {
        filename: 'archive/d0005.ds.md.sig',
        status: 'renamed',
        previous_filename: 'dossiers/d0005.ds.md.sig',
      },
      { filename: 'dossiers/d0007.ds.md', status: 'modified' },
      { filename: 'dossiers/linked', status: 'added' },
      { filename: 'dossiers/gone.ds.md', status: 'removed' },
    ])
  })

  const EXPECTED_WARN: Record<string, [string, string, string]> = {
    'dossiers/new.ds.md': ['missing', 'unsigned', 'WARN'],
    'dossiers/d0001.ds.md': ['missing', 'stale', 'WARN'],
    'dossiers/d0002.ds.md': ['missing', 'invalid', 'BLOCK'],
    'dossiers/evil.ds.md': ['missing', 'invalid', 'BLOCK'],
    'dossiers/d0004.ds.md': ['missing', 'unsigned', 'WARN'],
    'dossiers/d0005.ds.md': ['missing', 'unsigned', 'WARN'],
    'dossiers/d0007.ds.md': ['missing', 'unsigned', 'WARN'],
    'dossiers/linked': ['missing', 'unsigned', 'WARN'],
  }

  it('takes trust from the base commit: the pull request cannot trust its own key, and is told so', async () => {
    ctx.stack.log.clear()
    const run = await verifyPr(workspace, eventPath)
    expect(verdicts(run.outputs.report)).toEqual(EXPECTED_WARN)
    expect(run.exitCode).toBe(1)
    expect(
      ctx.stack.log.count({ service: 'github', action: 'GetContent', status: 200 }),
    ).toBeGreaterThan(0)
    expect(run.stdout).toMatch(
      /::warning title=dossier-sign%3A trusted keys changed,file=trusted-keys\.txt::This pull request changes the trusted keys file trusted-keys\.txt; this check used the base branch's version/,
    )
    expect(plain(run.summary)).toContain('changes the trusted keys file trusted-keys.txt')
    expect(plain(run.summary)).toContain('`trust-from: base`')
    expect(run.outputs['stale-count']).toBe('1')
    expectNoSecretLeaks(ctx, run)
  })

  it('explains the stale verdict, the links and the unsigned files', async () => {
    const run = await verifyPr(workspace, eventPath)
    const report = JSON.parse(run.outputs.report ?? '[]') as Array<{
      file: string
      message: string
      code?: string
      coverage?: string
    }>
    const byFile = new Map(report.map((r) => [r.file, r]))
    expect(byFile.get('dossiers/d0001.ds.md')?.message).toContain(
      'changed since it was signed; the signing workflow re-signs it after merge',
    )
    expect(byFile.get('dossiers/d0001.ds.md')).toMatchObject({
      code: 'stale-signature',
      coverage: 'file',
    })
    expect(byFile.get('dossiers/d0007.ds.md')?.code).toBe('symlink')
    expect(byFile.get('dossiers/linked')?.code).toBe('symlinked-folder')
    expect(byFile.get('dossiers/linked')?.message).toMatch(/symbolic link to a folder/)
  })

  it('with trust-from: workspace the pull request key is trusted, and the warning says whose version counted', async () => {
    const run = await verifyPr(workspace, eventPath, { 'trust-from': 'workspace' })
    expect(verdicts(run.outputs.report)['dossiers/evil.ds.md']).toEqual([
      'missing',
      'verified',
      'ALLOW',
    ])
    expect(run.stdout).toMatch(
      /trusts the pull request's version of it \(`trust-from: workspace`\)/,
    )
  })

  it('under strict, the stale file and the links BLOCK too', async () => {
    const run = await verifyPr(workspace, eventPath, { 'signature-policy': 'strict' })
    const got = verdicts(run.outputs.report)
    for (const file of ['dossiers/d0001.ds.md', 'dossiers/d0007.ds.md', 'dossiers/linked']) {
      expect(got[file]?.[2]).toBe('BLOCK')
    }
  })

  it('with changed-only: false every matching file is checked, links included', async () => {
    const run = await verifyPr(workspace, eventPath, { 'changed-only': 'false' })
    const got = verdicts(run.outputs.report)
    expect(Object.keys(got)).toHaveLength(11)
    expect(got['dossiers/linked']).toEqual(['missing', 'unsigned', 'WARN'])
    expect(got['dossiers/d0007.ds.md']).toEqual(['missing', 'unsigned', 'WARN'])
  })

  it('a file list past the API limit (3,000) checks everything, and still flags the trusted-keys change', async () => {
    const many: PullRequestFile[] = Array.from({ length: 3000 }, (_, i) => ({
      filename: `other/f${i}.txt`,
      status: 'added',
    }))
    ctx.stack.github.setPullRequestFiles(REPO, 18, many)
    const bigEvent = `${eventPath}.18.json`
    scratch.push(bigEvent)
    await writeEvent(bigEvent, 18)
    const run = await verifyPr(workspace, bigEvent)
    expect(Object.keys(verdicts(run.outputs.report))).toHaveLength(11)
    expect(plain(run.summary)).toMatch(
      /more than the API lists \(3,000\).*every matching file was checked/,
    )
    expect(run.stdout).toMatch(/This pull request changes the trusted keys file trusted-keys\.txt/)
    expect(verdicts(run.outputs.report)['dossiers/evil.ds.md']?.[2]).toBe('BLOCK')
  })

  it('a file list the API cannot give checks everything and says why, instead of failing open or stopping', async () => {
    const unknownEvent = `${eventPath}.99.json`
    scratch.push(unknownEvent)
    await writeEvent(unknownEvent, 99)
    const run = await verifyPr(workspace, unknownEvent)
    expect(Object.keys(verdicts(run.outputs.report))).toHaveLength(11)
    expect(plain(run.summary)).toMatch(/could not be listed .*every matching file was checked/)
  })
})

describe('changed-only fails closed when the checkout is not where the pull request says', () => {
  it('checks every matching file when none of the changed paths exist in the workspace', async () => {
    const { workspace, eventPath } = await baseRepository('pr-path')
    ctx.stack.github.setPullRequestFiles(REPO, 21, [
      { filename: 'elsewhere/a.ds.md', status: 'added' },
      { filename: 'elsewhere/b.ds.md', status: 'modified' },
    ])
    await writeEvent(eventPath, 21)
    const run = await verifyPr(workspace, eventPath)
    expect(Object.keys(verdicts(run.outputs.report))).toHaveLength(8)
    expect(run.stdout).toMatch(
      /None of the 2 path\(s\) this pull request adds or modifies exist in the workspace/,
    )
    expect(plain(run.summary)).toMatch(/actions\/checkout with `path:`/)
  })
})

describe('trust-from: base needs the file on the base commit', () => {
  it('fails the step, naming the file, the base commit and both fixes', async () => {
    const { workspace, eventPath } = await baseRepository('pr-nobase')
    await writeFile(path.join(workspace, 'new-keys.txt'), `${attackerSpki} me\n`)
    ctx.stack.github.setPullRequestFiles(REPO, PR, [{ filename: 'new-keys.txt', status: 'added' }])
    await writeEvent(eventPath, PR)
    const run = await verifyPr(workspace, eventPath, { 'trusted-keys-file': 'new-keys.txt' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::trusted keys file new-keys\.txt does not exist; `trust-from: base` reads it as the base commit bbbbbbbbbbbb has it.*merge the trusted-keys file into the base branch first, or set `trust-from: workspace`/,
    )
  })

  it('fails the step when the base file cannot be read (a token without contents: read)', async () => {
    const { workspace, eventPath } = await baseRepository('pr-denied')
    const run = await verifyPr(workspace, eventPath, { 'github-token': 'wrong-token' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::trusted keys file trusted-keys\.txt cannot read trusted-keys\.txt at the base commit .*contents: read/,
    )
  })
})
