import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')

export interface RunActionOptions {
  workspace: string
  /** Inputs by their action.yml names; sent as INPUT_<NAME> like the runner does. */
  inputs: Record<string, string>
  /** Extra environment (the stack's endpoints, GITHUB_* facts). */
  env?: Record<string, string>
  entry?: string
  /** Extra node flags, e.g. to kill it or measure it. */
  nodeArgs?: string[]
  onSpawn?(pid: number): void
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

/** Environment a runner would give any step, minus what a test must set itself. */
const RUNNER_DEFAULTS: Record<string, string> = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_REPOSITORY: 'imboard-ai/dossier-sign',
  GITHUB_REPOSITORY_OWNER: 'imboard-ai',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: '0000000000000000000000000000000000000000',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
}

/**
 * Run the bundled action as a GitHub runner does: `node dist/index.js` in the
 * workspace, inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as
 * temp files read back afterwards. Nothing of the test process's env leaks in
 * except PATH and HOME.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'dossier-sign-runner-'))
  const outputFile = path.join(scratch, 'output')
  const summaryFile = path.join(scratch, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    ...RUNNER_DEFAULTS,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    // Emptied after the run, as a runner empties it after the job: pass RUNNER_TEMP to keep files.
    RUNNER_TEMP: path.join(scratch, 'temp'),
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const started = performance.now()
  try {
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), options.entry ?? ACTION_ENTRY],
      {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    if (child.pid !== undefined) options.onSpawn?.(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.on('error', reject)
        child.on('close', (code, sig) => resolve([code, sig]))
      },
    )
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      durationMs: performance.now() - started,
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The `name<<DELIMITER ... DELIMITER` blocks that @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
