import { describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../../src/action/action-failure.js'
import { runAction } from '../../src/action/run-action.js'
import { recordingIo } from './report-io.js'

/** Run the action with verify-mode inputs and a verify runner that writes a summary, then throws. */
async function failWith(error: unknown) {
  const { io, said } = recordingIo()
  let failed = ''
  const code = await runAction(
    (name) => (name === 'mode' ? 'verify' : ''),
    { GITHUB_WORKSPACE: '/ws' },
    { ...io, setFailed: (m) => void (failed = m) },
    {
      sign: async () => undefined,
      'merge-reports': async () => undefined,
      verify: async () => {
        await io.appendSummary('## dossier-sign verify: 1 blocked, 0 warned, 0 allowed\n')
        throw error
      },
    },
  )
  return { code, failed, summary: said.summary }
}

describe('runAction', () => {
  it.each(['verdict', 'files-failed'] as const)(
    'adds no second "failed" heading when the mode summary already says it (%s)',
    async (code) => {
      const run = await failWith(new ActionFailure(code, '1 file(s) BLOCKed'))
      expect(run.code).toBe(1)
      expect(run.failed).toBe('1 file(s) BLOCKed')
      expect(run.summary).toBe('## dossier-sign verify: 1 blocked, 0 warned, 0 allowed\n')
    },
  )

  it('still puts any other failure in the summary, escaped', async () => {
    const run = await failWith(new Error('the [trusted keys] file is <gone>'))
    expect(run.code).toBe(1)
    expect(run.summary).toContain(
      '## dossier-sign failed\n\nthe \\[trusted keys\\] file is &lt;gone&gt;\n',
    )
  })
})
