// What the report functions said, kept by our own ActionIo and ReportFile: no mock of
// @actions/core, no file system unless a test wants one.
import type { ActionIo, AnnotationTarget } from '../../src/action/action-io.js'
import { blobLinks } from '../../src/action/file-links.js'
import type { ReportPlaces } from '../../src/action/report-file.js'

export interface Said {
  notices: Array<[string, AnnotationTarget | undefined]>
  errors: Array<[string, AnnotationTarget | undefined]>
  warnings: string[]
  outputs: Record<string, string>
  summary: string
  /** What the report file was given, when a test uses the in-memory one. */
  reportFile?: string
}

export function recordingIo(): { io: ActionIo; said: Said } {
  const said: Said = { notices: [], errors: [], warnings: [], outputs: {}, summary: '' }
  const io: ActionIo = {
    info: () => undefined,
    notice: (m, t) => void said.notices.push([m, t]),
    warning: (m) => void said.warnings.push(m),
    error: (m, t) => void said.errors.push([m, t]),
    setOutput: (n, v) => void (said.outputs[n] = v),
    setSecret: () => undefined,
    appendSummary: async (md) => void (said.summary += md),
  }
  return { io, said }
}

export const COMMIT = 'c0ffee'.repeat(6).padEnd(40, '0')
export const BLOB = `https://github.com/o/r/blob/${COMMIT}/`
export const REPORT_PATH = '/runner/temp/dossier-sign-report.json'

/** Links at COMMIT; the report "file" is kept in `said.reportFile`. */
export function memoryPlaces(said: Said): ReportPlaces {
  return {
    report: {
      write: async (json) => {
        said.reportFile = json
        return REPORT_PATH
      },
    },
    links: blobLinks('https://github.com', 'o/r', COMMIT),
  }
}
