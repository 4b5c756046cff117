import { runAction, type ActionRun } from '../harness/local-runner.js'
import type { DefaultStack } from '../stack/index.js'
import { watchChild, type ChildUsage } from './child-usage.js'

export interface SignRun extends ActionRun {
  /** epoch ms right after the child was spawned (spawn returns once it has exec'd) */
  spawnedAt: number
  /** peak RSS and CPU time of the action process, read from /proc while it ran */
  usage: ChildUsage
}

/**
 * `node dist/index.js` in sign mode as a runner starts it, with the stack's role and
 * key; `inputs` add to or override role-to-assume, kms-key-id and aws-region.
 */
export async function signRun(
  ctx: DefaultStack,
  workspace: string,
  inputs: Record<string, string> = {},
): Promise<SignRun> {
  let spawnedAt = 0
  let watch: { stop(): ChildUsage } | undefined
  const run = await runAction({
    workspace,
    env: ctx.stack.env(),
    inputs: {
      'role-to-assume': ctx.role.arn,
      'kms-key-id': ctx.key.alias,
      'aws-region': 'us-east-1',
      ...inputs,
    },
    onSpawn: (pid) => {
      spawnedAt = Date.now()
      watch = watchChild(pid)
    },
  })
  return { ...run, spawnedAt, usage: watch?.stop() ?? {} }
}

/** Throws with the action's own words when it did not sign every file. */
export function expectSigned(run: ActionRun, files: number): void {
  const signed = Number(run.outputs['signed-count'] ?? 0)
  if (run.exitCode !== 0 || signed !== files) {
    const errors = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .slice(0, 3)
    throw new Error(
      `the action signed ${signed} of ${files} file(s) (exit ${run.exitCode}): ${errors.join(' | ') || run.stderr.slice(-500)}`,
    )
  }
}
