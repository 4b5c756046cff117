import { messageOf } from '../errors.js'
import { ActionFailure } from './action-failure.js'
import { cell } from './markdown.js'
import type { ActionIo } from './action-io.js'
import { readSettings, type GetInput } from './read-settings.js'
import type { Settings } from './settings.js'

/** Thrown after the mode wrote its summary, which already says what failed and where. */
const SUMMARIZED: ReadonlySet<string> = new Set(['files-failed', 'verdict'])

/** One function per mode, each given the settings and its real collaborators. */
export interface ModeRunners {
  sign(settings: Extract<Settings, { mode: 'sign' }>): Promise<void>
  verify(settings: Extract<Settings, { mode: 'verify' }>): Promise<void>
  'merge-reports'(settings: Extract<Settings, { mode: 'merge-reports' }>): Promise<void>
}

/**
 * The one place where anything thrown, `Error` or not, becomes a failed step.
 * Returns the exit code so the entrypoint never has to catch.
 */
export async function runAction(
  getInput: GetInput,
  env: NodeJS.ProcessEnv,
  io: ActionIo & { setFailed(message: string): void },
  runners: ModeRunners,
): Promise<number> {
  try {
    const settings = readSettings(getInput, env)
    if (settings.mode === 'sign') await runners.sign(settings)
    else if (settings.mode === 'merge-reports') await runners['merge-reports'](settings)
    else await runners.verify(settings)
    return 0
  } catch (error) {
    const message = messageOf(error)
    io.setFailed(message)
    // A run that failed before reporting anything still leaves the reason where
    // reviewers look first; a summary that cannot be written must not hide the error.
    // The message may quote file content (a trusted-keys line, a path): escaped like any cell.
    // Failures the mode's summary already counts (and lists per file) are not said twice.
    if (!(error instanceof ActionFailure && SUMMARIZED.has(error.code))) {
      await io.appendSummary(`## dossier-sign failed\n\n${cell(message)}\n`).catch(() => undefined)
    }
    return 1
  }
}
