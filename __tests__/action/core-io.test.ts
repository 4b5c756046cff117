import { describe, expect, it } from '@jest/globals'
import { coreIo, type CoreCalls } from '../../src/action/core-io.js'

/**
 * The adapter test: coreIo over a recording stand-in for @actions/core's calls (the only
 * place a fake of core is used; e2e tests run the real module through dist/).
 */
function recordingCore() {
  const calls: string[] = []
  const core = {
    info: (m: string) => calls.push(`info ${m}`),
    notice: (m: string) => calls.push(`notice ${m}`),
    warning: (m: string) => calls.push(`warning ${m}`),
    error: (m: string) => calls.push(`error ${m}`),
    setOutput: (name: string) => calls.push(`output ${name}`),
    setSecret: () => calls.push('mask'),
    setFailed: (m: string) => calls.push(`failed ${m}`),
  } as unknown as CoreCalls
  return { calls, core }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('coreIo', () => {
  it('sends the log lines of one event-loop turn as one write, each line made printable', async () => {
    const { calls, core } = recordingCore()
    const io = coreIo(core)
    io.info('signed     sig      a.ds.md')
    io.info('signed     sig      b\n::warning::x.ds.md')
    expect(calls).toEqual([])
    await turn()
    expect(calls).toEqual([
      'info signed     sig      a.ds.md\nsigned     sig      b\\n::warning::x.ds.md',
    ])
    io.info('later')
    await turn()
    expect(calls).toHaveLength(2)
  })

  it('sends waiting lines before anything else the step says, so the log keeps the order', async () => {
    const { calls, core } = recordingCore()
    const io = coreIo(core)
    io.info('one')
    io.error('bad', { file: 'a.ds.md' })
    io.info('two')
    io.setSecret('s3cr3t')
    io.info('three')
    io.setOutput('signed-count', '3')
    io.info('four')
    io.setFailed('stopped')
    await turn()
    expect(calls).toEqual([
      'info one',
      'error bad',
      'info two',
      'mask',
      'info three',
      'output signed-count',
      'info four',
      'failed stopped',
    ])
  })

  it('sends waiting lines when the process exits before the turn ends', () => {
    const { calls, core } = recordingCore()
    const before = process.listeners('exit')
    const io = coreIo(core)
    const added = process.listeners('exit').filter((l) => !before.includes(l))
    expect(added).toHaveLength(1)
    io.info('last words')
    ;(added[0] as () => void)()
    expect(calls).toEqual(['info last words'])
    process.removeListener('exit', added[0] as () => void)
  })
})
