import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../harness/local-runner.js'
import {
  assertDistIsFresh,
  cleanup,
  dossierText,
  expectEverySigValid,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  type DefaultStack,
} from './e2e-fixture.js'

const SUFFIX = '.ds.md'
/** A name of exactly `bytes` bytes ending in `.ds.md`. */
const nameOf = (bytes: number) => `${'d'.repeat(bytes - SUFFIX.length)}${SUFFIX}`

describe('dossiers whose names are near the 255-byte limit (node dist/index.js)', () => {
  let ctx: DefaultStack
  let workspace: string
  let run: ActionRun
  // 251 bytes: `<name>.sig` is 255, the longest that can exist; the temp file beside
  // it would not fit, so the write must name its temp file differently.
  const fits = nameOf(251)
  const tooLong = [nameOf(252), nameOf(255)]

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('long-names')
    for (const [i, name] of [fits, ...tooLong, 'short.ds.md'].entries()) {
      await writeFile(path.join(workspace, name), dossierText(i))
    }
    run = await runSign(ctx, workspace, { inputs: { files: '*.ds.md' } })
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace)
  })

  it('signs the others, and fails the step for the names that leave no room for a .sig', async () => {
    expect(run.exitCode).toBe(1)
    expect(run.signal).toBeNull()
    expect(run.stderr).not.toMatch(/ENAMETOOLONG|at .*\.js:\d+/)
    expect(run.outputs['signed-count']).toBe('2')
    expect(run.outputs['failed-count']).toBe('2')
    expect(await sigFiles(workspace)).toEqual([`${fits}.sig`, 'short.ds.md.sig'])
    expectEverySigValid(workspace, [fits, 'short.ds.md'], ctx.key.publicKeyPem)
  })

  it('names each such file and the cause, with the fix', () => {
    for (const name of tooLong) {
      const line = run.stdout.split('\n').find((l) => l.includes(`file=${name}::`))
      expect(line).toBeDefined()
      expect(line).toMatch(/^::error /)
      expect(line).toContain(`${name} cannot be signed`)
      expect(line).toContain(`${Buffer.byteLength(name) + 4}-byte name`)
      expect(line).toContain('shorten')
    }
  })

  it('spends no Sign call on them and leaves no temp file behind', async () => {
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(2)
    expect((await readdir(workspace)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
