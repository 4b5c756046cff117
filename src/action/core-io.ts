import type * as Core from '@actions/core'
import { printable } from '../printable.js'
import type { ActionIo } from './action-io.js'

/** The parts of @actions/core the adapter uses (the module itself in the action). */
export type CoreCalls = Pick<
  typeof Core,
  'info' | 'notice' | 'warning' | 'error' | 'setOutput' | 'setSecret' | 'setFailed' | 'summary'
>

/**
 * ActionIo backed by @actions/core: workflow commands, GITHUB_OUTPUT and the step summary.
 *
 * Log lines wait for the end of the event loop's turn and leave as one write. A sign run
 * logs a line per file, and each write to the runner's pipe is a system call that also
 * wakes the reader: about 0.1 ms of the main thread per line in a profile of 3,000
 * files, some 5% of the CPU per signed file. Everything else the step says (annotations,
 * outputs, masks, the summary, the failure) first sends the lines that wait, and so does
 * the process's exit, so the log keeps the order things happened in.
 */
export function coreIo(core: CoreCalls): ActionIo & { setFailed(message: string): void } {
  const waiting: string[] = []
  const flush = () => {
    if (waiting.length === 0) return
    // One line each, as printable() made them: joining them adds no way to start a line.
    core.info(waiting.join('\n'))
    waiting.length = 0
  }
  process.on('exit', flush)
  const after =
    <A extends unknown[], R>(say: (...args: A) => R) =>
    (...args: A): R => {
      flush()
      return say(...args)
    }
  const props = (t?: {
    file?: string
    line?: number
    title?: string
  }): Core.AnnotationProperties => ({ file: t?.file, startLine: t?.line, title: t?.title })
  return {
    // Annotations are escaped by the toolkit; plain log lines are not.
    info: (m) => {
      if (waiting.push(printable(m)) === 1) setImmediate(flush)
    },
    notice: after((m: string, t) => core.notice(m, props(t))),
    warning: after((m: string, t) => core.warning(m, props(t))),
    error: after((m: string, t) => core.error(m, props(t))),
    setOutput: after((name: string, value: string) => core.setOutput(name, value)),
    setSecret: after((secret: string) => core.setSecret(secret)),
    setFailed: after((message: string) => core.setFailed(message)),
    appendSummary: after(async (markdown: string) => {
      // Outside a runner there is no summary file; the log already has everything.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    }),
  }
}
