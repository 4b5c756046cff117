import { randomUUID } from 'node:crypto'
import { lstat, mkdir, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isWithin, writeFileAtomic } from '../files/atomic-write.js'
import { exists, writeInWorkspace, WorkspacePathError } from '../files/write-in-workspace.js'
import type { FileLink } from './file-links.js'
import { InputError } from './input-error.js'

/** Where a run's full JSON report goes, whatever the size of its outputs. */
export interface ReportFile {
  /** Absolute. */
  readonly path: string
  /** Refuse a bad `report-path` before the run does any work (the write checks again). */
  check(): Promise<void>
  /** Write the whole report atomically; resolves to `path`. */
  write(json: string): Promise<string>
}

/** Where a mode's report points: the full report file, and each file's page on GitHub. */
export interface ReportPlaces {
  report: Pick<ReportFile, 'write'>
  links: FileLink
}

/**
 * `report-path` (absolute, already checked to be lexically inside the workspace) when
 * given; else a new file under RUNNER_TEMP, which the runner empties after the job, so
 * each run's name is unique and nothing is left in the checkout.
 */
export function reportFile(
  mode: 'sign' | 'verify' | 'merge',
  workspace: string,
  reportPath: string | undefined,
  env: NodeJS.ProcessEnv,
): ReportFile {
  if (reportPath !== undefined) return workspaceReport(workspace, reportPath)
  const folder = env.RUNNER_TEMP || tmpdir()
  const name = `dossier-sign-${mode}-report-${env.GITHUB_RUN_ID ?? 'local'}-${randomUUID()}.json`
  const target = path.join(folder, name)
  return {
    path: target,
    check: async () => undefined,
    write: async (json) => {
      await mkdir(folder, { recursive: true })
      await writeFileAtomic(target, json)
      return target
    },
  }
}

function workspaceReport(workspace: string, target: string): ReportFile {
  const shown = path.relative(workspace, target)
  const refuse = (why: string) =>
    new InputError('invalid', `\`report-path\` ${shown} ${why}; nothing was written there.`)
  const check = async (): Promise<void> => {
    // The nearest folder that exists must really be inside the workspace: a symlinked
    // folder on the way could lead anywhere.
    const realWorkspace = await realpath(workspace)
    let folder = path.dirname(target)
    while (!(await exists(folder))) folder = path.dirname(folder)
    const real = await realpath(folder).catch(() => undefined)
    if (real === undefined || !isWithin(real, realWorkspace)) {
      throw refuse(
        'resolves outside the workspace through a symbolic link; give a path whose folders are real folders in the checkout',
      )
    }
    const existing = await lstat(target).catch(() => undefined)
    if (existing?.isSymbolicLink()) {
      throw refuse('is a symbolic link; remove it or give another path')
    }
    if (existing !== undefined && !existing.isFile()) {
      throw refuse('exists and is not a regular file; give a file path')
    }
  }
  return {
    path: target,
    check,
    async write(json) {
      await check()
      try {
        await writeInWorkspace(workspace, target, json, 'report-path')
      } catch (error) {
        if (error instanceof WorkspacePathError) {
          throw new InputError('invalid', error.message, { cause: error })
        }
        throw error
      }
      return target
    },
  }
}
