import type * as Core from '@actions/core'
import { printable } from '../printable.js'
import type { ActionIo } from './action-io.js'

/** ActionIo backed by @actions/core: workflow commands, GITHUB_OUTPUT and the step summary. */
export function coreIo(core: typeof Core): ActionIo & { setFailed(message: string): void } {
  const props = (t?: {
    file?: string
    line?: number
    title?: string
  }): Core.AnnotationProperties => ({ file: t?.file, startLine: t?.line, title: t?.title })
  return {
    // Annotations are escaped by the toolkit; plain log lines are not.
    info: (m) => core.info(printable(m)),
    notice: (m, t) => core.notice(m, props(t)),
    warning: (m, t) => core.warning(m, props(t)),
    error: (m, t) => core.error(m, props(t)),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      // Outside a runner there is no summary file; the log already has everything.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
  }
}
