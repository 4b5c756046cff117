import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/action/input-error.js'
import { readSettings } from '../../src/action/read-settings.js'
import { reportFile } from '../../src/action/report-file.js'
import type { InputName } from '../../src/action/settings.js'

let root: string
let workspace: string
let outside: string
let runnerTemp: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dossier-sign-report-file-'))
  workspace = path.join(root, 'ws')
  outside = path.join(root, 'outside')
  runnerTemp = path.join(root, 'runner-temp')
  await mkdir(workspace)
  await mkdir(outside)
  await symlink(outside, path.join(workspace, 'linked'))
  await writeFile(path.join(outside, 'target.json'), 'theirs')
  await symlink(path.join(outside, 'target.json'), path.join(workspace, 'link.json'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

const settings = (inputs: Partial<Record<InputName, string>>) =>
  readSettings((name) => ({ mode: 'verify', ...inputs })[name as string] ?? '', {
    GITHUB_WORKSPACE: workspace,
  })

describe('the report file', () => {
  it('goes under RUNNER_TEMP with a new name each run, whole and atomically', async () => {
    const env = { RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: '42' }
    const first = reportFile('verify', workspace, undefined, env)
    const second = reportFile('verify', workspace, undefined, env)
    expect(first.path).not.toBe(second.path)
    expect(path.dirname(first.path)).toBe(runnerTemp)
    expect(path.basename(first.path)).toMatch(/^dossier-sign-verify-report-42-[0-9a-f-]{36}\.json$/)
    await first.check()
    expect(await first.write('[1]\n')).toBe(first.path)
    expect(await readFile(first.path, 'utf8')).toBe('[1]\n')
    expect(await readdir(runnerTemp)).toEqual([path.basename(first.path)])
  })

  it('goes to report-path in the workspace, creating its folders', async () => {
    const { reportPath } = settings({ 'report-path': 'reports/run/verify.json' })
    expect(reportPath).toBe(path.join(workspace, 'reports/run/verify.json'))
    const report = reportFile('verify', workspace, reportPath, {})
    await report.check()
    await report.write('[]\n')
    expect(await readFile(path.join(workspace, 'reports/run/verify.json'), 'utf8')).toBe('[]\n')
  })

  it.each(['../report.json', '/tmp/report.json', '.'])(
    'refuses report-path %s outside the workspace before anything runs',
    (given) => {
      expect(() => settings({ 'report-path': given })).toThrow(InputError)
      expect(() => settings({ 'report-path': given })).toThrow('`report-path`')
    },
  )

  it.each([
    ['through a symlinked folder', 'linked/report.json', 'resolves outside the workspace'],
    ['through a symlinked folder to be created', 'linked/new/report.json', 'resolves outside'],
    ['at a symbolic link', 'link.json', 'is a symbolic link'],
    ['at a folder', 'reports', 'exists and is not a regular file'],
  ])('refuses report-path %s, and writes nothing', async (_, given, why) => {
    await mkdir(path.join(workspace, 'reports'), { recursive: true })
    const { reportPath } = settings({ 'report-path': given })
    const report = reportFile('verify', workspace, reportPath, {})
    await expect(report.check()).rejects.toThrow(InputError)
    await expect(report.check()).rejects.toThrow(`\`report-path\` ${given} ${why}`)
    await expect(report.write('[]\n')).rejects.toThrow(InputError)
    expect(await readdir(outside)).toEqual(['target.json'])
    expect(await readFile(path.join(outside, 'target.json'), 'utf8')).toBe('theirs')
  })
})
