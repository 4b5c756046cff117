import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { matchFiles } from '../../src/action/match-files.js'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { recordingIo } from './report-io.js'

const ALL = parseFilePatterns('**/*.ds.md')
let workspace: string
let files: string[]

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-match-'))
  files = Array.from({ length: 40 }, (_, i) => `d/${String(i).padStart(2, '0')}.ds.md`)
  await mkdir(path.join(workspace, 'd'))
  for (const f of files) await writeFile(path.join(workspace, f), `# ${f}\n`)
  await symlink('/etc/hostname', path.join(workspace, 'd/link.ds.md'))
})
afterAll(async () => rm(workspace, { recursive: true, force: true }))

describe('matchFiles with `shard`', () => {
  it('keeps slice I only: the N slices hold every file and every refused path exactly once', async () => {
    const { io } = recordingIo()
    const slices = await Promise.all(
      [1, 2, 3].map((index) => matchFiles(workspace, ALL, 1000, io, { index, count: 3 })),
    )
    expect(slices.flatMap((s) => s.files).sort()).toEqual(files)
    expect(slices.flatMap((s) => s.refused.map((r) => r.file))).toEqual(['d/link.ds.md'])
    expect(slices.every((s) => s.files.length < files.length)).toBe(true)
    expect(slices.map((s) => s.matched)).toEqual([41, 41, 41])
  })

  it('applies `max-files` to the slice, and names the shard when it is over', async () => {
    const { io } = recordingIo()
    const whole = await matchFiles(workspace, ALL, 1000, io, { index: 1, count: 2 })
    const size = whole.files.length + whole.refused.length
    await expect(matchFiles(workspace, ALL, size, io, { index: 1, count: 2 })).resolves.toEqual(
      whole,
    )
    await expect(matchFiles(workspace, ALL, size - 1, io, { index: 1, count: 2 })).rejects.toThrow(
      `${size} files matched in shard 1/2, more than \`max-files\` (${size - 1})`,
    )
  })

  it('takes an empty slice as a notice, but nothing matched anywhere still fails', async () => {
    const one = parseFilePatterns('d/00.ds.md')
    const { io, said } = recordingIo()
    const results = await Promise.all(
      [1, 2, 3, 4].map((index) => matchFiles(workspace, one, 1000, io, { index, count: 4 })),
    )
    expect(results.filter((r) => r.files.length === 1)).toHaveLength(1)
    expect(said.notices.map(([m]) => m)).toHaveLength(3)
    expect(said.notices[0]?.[0]).toMatch(
      /^shard [1-4]\/4: none of the 1 matched files fall in this slice/,
    )
    await expect(
      matchFiles(workspace, parseFilePatterns('nothing/*.ds.md'), 1000, io, { index: 1, count: 4 }),
    ).rejects.toThrow('No files matched the `files` patterns (nothing/*.ds.md)')
  })
})
