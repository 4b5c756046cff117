import { spawn } from 'node:child_process'

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
  /** wall time from spawn to exit */
  ms: number
}

/**
 * Run a command without blocking the event loop: the local stack answers from this
 * very process, so a synchronous child would starve it (and time out the aws CLI).
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }))
  })
}

/** Like `run`, but a non-zero exit is an error that shows the command's stderr. */
export async function runOk(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Finished> {
  const done = await run(command, args, options)
  if (done.code !== 0) {
    throw new Error(
      `${command} ${args.slice(0, 3).join(' ')}… exited ${done.code}: ${done.stderr.trim().slice(-500)}`,
    )
  }
  return done
}
