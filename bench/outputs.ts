/**
 * "Outputs at 10,000 files": GitHub keeps at most 1 MB of step outputs per job and
 * 1 MiB of summary per step. The action signs N files against the stack (0 latency),
 * then the CLI's twin, the action's verify mode, checks them; for each run the bytes of
 * every output together and of the job summary are measured against those limits.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runAction, type ActionRun } from '../harness/local-runner.js'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
import { num, outcomeOf, type BenchResult, type Row } from './report.js'
import { expectSigned, signRun } from './sign-run.js'

const OUTPUTS_LIMIT = 1_000_000
const SUMMARY_LIMIT = 1024 * 1024

export async function benchOutputs(ctx: BenchContext): Promise<BenchResult> {
  const { stack, key } = ctx.stack
  const files = ctx.options.outputFiles
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('outputs')
  await writeDossiers(workspace, files)

  ctx.progress(`outputs: the action signs ${files} files`)
  const sign = await signRun(ctx.stack, workspace, { 'max-files': String(files) })
  expectSigned(sign, files)

  await writeFile(
    path.join(workspace, 'trusted-keys.txt'),
    `${key.publicKeyDer.toString('base64')} bench-key\n`,
  )
  ctx.progress(`outputs: the action verifies ${files} files`)
  const verify = await runAction({
    workspace,
    inputs: { mode: 'verify', 'trusted-keys-file': 'trusted-keys.txt', 'changed-only': 'false' },
  })
  if (verify.exitCode !== 0 || verify.outputs['verified-count'] !== String(files)) {
    throw new Error(
      `verify mode did not verify all ${files} files (exit ${verify.exitCode}): ${verify.stdout.slice(-300)}`,
    )
  }
  const rows = [...rowsFor('sign', sign, files), ...rowsFor('verify', verify, files)]
  return {
    rows,
    details: {
      files,
      sign: sizes(sign),
      verify: sizes(verify),
    },
  }
}

function sizes(run: ActionRun): { outputs: number; summary: number } {
  const outputs = Object.entries(run.outputs).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
    0,
  )
  return { outputs, summary: Buffer.byteLength(run.summary) }
}

function rowsFor(mode: 'sign' | 'verify', run: ActionRun, files: number): Row[] {
  const { outputs, summary } = sizes(run)
  return [
    {
      bench: 'outputs',
      what: `${mode}: all step outputs together, ${num(files)} files`,
      measured: `${num(outputs)} bytes`,
      target: '< 1 MB',
      outcome: outcomeOf(outputs < OUTPUTS_LIMIT),
    },
    {
      bench: 'outputs',
      what: `${mode}: job summary, ${num(files)} files`,
      measured: `${num(summary)} bytes`,
      target: '< 1 MiB',
      outcome: outcomeOf(summary < SUMMARY_LIMIT),
    },
  ]
}
