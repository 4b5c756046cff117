import { describe, expect, it } from '@jest/globals'
import type { ActionIo, AnnotationTarget } from '../../src/action/action-io.js'
import { reportVerify } from '../../src/action/verify-report.js'
import type { FileReport } from '../../src/verify/verify-files.js'

/** An ActionIo that keeps what the action said: our own interface, not a mock of @actions/core. */
function recordingIo() {
  const said = {
    errors: [] as Array<[string, AnnotationTarget | undefined]>,
    warnings: [] as string[],
    outputs: {} as Record<string, string>,
    summary: '',
  }
  const io: ActionIo = {
    info: () => undefined,
    notice: () => undefined,
    warning: (m) => void said.warnings.push(m),
    error: (m, t) => void said.errors.push([m, t]),
    setOutput: (n, v) => void (said.outputs[n] = v),
    setSecret: () => undefined,
    appendSummary: async (md) => void (said.summary += md),
  }
  return { io, said }
}

const blocked = (i: number): FileReport => ({
  file: `d/${String(i).padStart(2, '0')}.ds.md`,
  integrity: 'valid',
  authenticity: 'invalid',
  recommendation: 'BLOCK',
  signatures: [{ kind: 'embedded', status: 'invalid', line: 7 }],
  line: 7,
  message: `file ${i} is tampered`,
})

describe('reportVerify', () => {
  it('annotates 9 BLOCKs by file and line, then one annotation for the rest (the runner shows 10)', async () => {
    const { io, said } = recordingIo()
    const totals = await reportVerify(
      io,
      Array.from({ length: 14 }, (_, i) => blocked(i)),
      'warn',
      [],
    )
    expect(totals.blocked).toBe(14)
    expect(said.errors).toHaveLength(10)
    expect(said.errors[0]).toEqual([
      'file 0 is tampered',
      { file: 'd/00.ds.md', line: 7, title: 'dossier-sign: BLOCK (invalid)' },
    ])
    expect(said.errors[9]?.[0]).toBe('5 more files are BLOCK; the job summary lists every file.')
    expect(said.summary.match(/⛔ BLOCK/g)).toHaveLength(14)
    expect(said.outputs['blocked-count']).toBe('14')
    expect(JSON.parse(said.outputs.report ?? '[]')[0]).toMatchObject({
      file: 'd/00.ds.md',
      integrity: 'valid',
      authenticity: 'invalid',
      recommendation: 'BLOCK',
      signatures: [{ kind: 'embedded', status: 'invalid' }],
    })
  })

  it('keeps exactly 10 annotations when there are exactly 10', async () => {
    const { io, said } = recordingIo()
    await reportVerify(
      io,
      Array.from({ length: 10 }, (_, i) => blocked(i)),
      'warn',
      [],
    )
    expect(said.errors.map(([m]) => m)).toEqual(
      Array.from({ length: 10 }, (_, i) => `file ${i} is tampered`),
    )
  })

  it('keeps a table cell intact when a message carries pipes and newlines', async () => {
    const { io, said } = recordingIo()
    await reportVerify(io, [{ ...blocked(1), message: 'a | b\nc' }], 'warn', [])
    expect(said.summary).toContain('a \\| b c')
  })
})
