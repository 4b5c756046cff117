import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../harness/local-runner.js'
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

describe('verify on a pull_request event checks only what the pull request changed', () => {
  let ctx: DefaultStack
  let workspace: string
  let eventPath: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('pr')
    await writeDossiers(workspace, 8)
    expect((await runSign(ctx, workspace)).exitCode).toBe(0)
    await writeFile(
      path.join(workspace, 'trusted-keys.txt'),
      `${ctx.key.publicKeyDer.toString('base64')} official\n`,
    )
    eventPath = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
    await writeFile(
      eventPath,
      JSON.stringify({ action: 'synchronize', pull_request: { number: 17 } }),
    )
    // Unsigned new file, a re-signed-by-nobody edit, and a swapped signature only.
    await writeFile(
      path.join(workspace, 'dossiers/new.ds.md'),
      '---dossier\n{"title":"new"}\n---\nbody\n',
    )
    await writeFile(
      path.join(workspace, 'dossiers/d0001.ds.md'),
      '---dossier\n{"title":"edited"}\n---\nedited\n',
    )
    await writeFile(
      path.join(workspace, 'dossiers/d0002.ds.md.sig'),
      `${Buffer.alloc(70, 1).toString('base64')}\n`,
    )
    ctx.stack.github.setPullRequestFiles('imboard-ai/dossier-sign', 17, [
      { filename: 'dossiers/new.ds.md', status: 'added' },
      { filename: 'dossiers/d0001.ds.md', status: 'modified' },
      { filename: 'dossiers/d0002.ds.md.sig', status: 'modified' },
      { filename: 'dossiers/gone.ds.md', status: 'removed' },
      { filename: 'trusted-keys.txt', status: 'modified' },
      { filename: 'README.md', status: 'modified' },
    ])
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace, eventPath)
  })

  const verifyPr = (inputs: Record<string, string> = {}) =>
    runAction({
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
      },
    })

  it('verifies the added and modified dossiers, and a dossier whose signature alone changed', async () => {
    ctx.stack.log.clear()
    const run = await verifyPr()
    expect(verdicts(run.outputs.report)).toEqual({
      'dossiers/new.ds.md': ['missing', 'unsigned', 'WARN'],
      'dossiers/d0001.ds.md': ['missing', 'invalid', 'BLOCK'],
      'dossiers/d0002.ds.md': ['missing', 'invalid', 'BLOCK'],
    })
    expect(run.exitCode).toBe(1)
    expect(
      ctx.stack.log.count({ service: 'github', action: 'ListPullRequestFiles', status: 200 }),
    ).toBeGreaterThan(0)
    // The pull request edits the trusted keys it is checked against: say so loudly.
    expect(run.stdout).toMatch(
      /::warning file=trusted-keys\.txt::This pull request changes the trusted keys file/,
    )
    expect(run.summary).toContain('changes the trusted keys file trusted-keys.txt')
    expectNoSecretLeaks(ctx, run)
  })

  it('checks every matching file with changed-only: false', async () => {
    const run = await verifyPr({ 'changed-only': 'false' })
    expect(Object.keys(verdicts(run.outputs.report))).toHaveLength(9)
  })

  it('fails clearly when the token cannot list the pull request files', async () => {
    const run = await verifyPr({ 'github-token': 'wrong-token' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::cannot list the files of pull request #17 .*pull-requests: read/,
    )
  })
})
