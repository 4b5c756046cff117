/**
 * Row 4, start-up: from process spawn to the first request the stack receives (the
 * OIDC token request), over a one-file workspace with no latency, against a bare
 * `node -e 'fetch(...)'` making the same request; and the size of what the runner loads
 * (dist/, and the entry chunk every run parses).
 */
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ACTION_ENTRY, REPO_ROOT, runAction, type ActionRun } from '../harness/local-runner.js'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
import { mb, median, num, outcomeOf, type BenchResult } from './report.js'
import { expectSigned } from './sign-run.js'

/** The action may take this many times as long as the floor to reach its first request. */
const TARGET_RATIO = 1.5

// The floor, as the target defines it: a Node process that does nothing but the
// action's first request, with the fetch every Node has.
const FLOOR_SCRIPT = `fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=sts.amazonaws.com', { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })`

export async function benchStartup(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('startup')
  const [file] = await writeDossiers(workspace, 1)
  const toFirstRequest: number[] = []
  const floor: number[] = []
  const wholeRun: number[] = []
  ctx.progress(
    `startup: ${ctx.options.startupRuns} runs of the action and of the floor, alternating`,
  )
  for (let i = 0; i < ctx.options.startupRuns; i++) {
    await rm(path.join(workspace, `${file}.sig`), { force: true })
    stack.log.clear()
    const run = await actionRun(ctx, workspace)
    expectSigned(run, 1)
    const first = stack.log.entries.reduce((t, e) => Math.min(t, e.time), Infinity)
    const firstAction = stack.log.entries.find((e) => e.time === first)?.action
    if (firstAction !== 'GetIdToken')
      throw new Error(`the first request was ${firstAction}, not the OIDC token`)
    toFirstRequest.push(first - run.spawnedAt)
    wholeRun.push(run.durationMs)
    floor.push(await floorRun(ctx, workspace))
  }
  const startup = median(toFirstRequest)
  // Runs alternate, so each action run has a floor run beside it under the same load:
  // the median of the pairs' ratios is steadier on a shared machine than a ratio of medians.
  const ratios = toFirstRequest.map((t, i) => t / (floor[i] as number))
  const ratio = median(ratios)
  const entry = (await stat(ACTION_ENTRY)).size
  const dist = await treeSize(path.join(REPO_ROOT, 'dist'))
  return {
    rows: [
      {
        bench: 'startup',
        what: `start-up: spawn to first request, vs bare \`node -e 'fetch(...)'\` (median of ${ratios.length} paired ratios)`,
        measured: `${num(ratio, 2)}x (min ${num(Math.min(...ratios), 2)}, max ${num(Math.max(...ratios), 2)})`,
        target: `<= ${TARGET_RATIO}x`,
        outcome: outcomeOf(ratio <= TARGET_RATIO),
      },
      {
        bench: 'startup',
        what: 'start-up: the action / the bare node floor, spawn to first request (medians)',
        measured: `${num(startup)} ms / ${num(median(floor))} ms`,
        target: '-',
        outcome: 'INFO',
      },
      {
        bench: 'startup',
        what: 'size of dist/index.js (the entry chunk every run parses) / of the whole dist/',
        measured: `${mb(entry, 2)} / ${mb(dist.bytes, 2)} (${dist.files} files)`,
        target: '-',
        outcome: 'INFO',
      },
    ],
    details: {
      toFirstRequestMs: toFirstRequest,
      medianMs: startup,
      floorMs: floor,
      medianFloorMs: median(floor),
      ratios,
      medianRatio: ratio,
      targetRatio: TARGET_RATIO,
      wholeRunMs: wholeRun,
      medianWholeRunMs: median(wholeRun),
      distIndexBytes: entry,
      distBytes: dist.bytes,
      distFiles: dist.files,
    },
  }
}

/**
 * The action in sign mode, spawned exactly as the floor is: not through signRun, whose
 * /proc polling would share the two cores with the child and delay the stack's clock.
 */
async function actionRun(
  ctx: BenchContext,
  workspace: string,
): Promise<ActionRun & { spawnedAt: number }> {
  const { stack, role, key } = ctx.stack
  let spawnedAt = 0
  const run = await runAction({
    workspace,
    env: stack.env(),
    inputs: { 'role-to-assume': role.arn, 'kms-key-id': key.alias, 'aws-region': 'us-east-1' },
    onSpawn: () => (spawnedAt = Date.now()),
  })
  return { ...run, spawnedAt }
}

/** Spawned the same way as the action (`node -e` instead of a file), so only what it does differs. */
async function floorRun(ctx: BenchContext, workspace: string): Promise<number> {
  const { stack } = ctx.stack
  stack.log.clear()
  let spawnedAt = 0
  await runAction({
    workspace,
    env: stack.env(),
    inputs: {},
    // `node -e SCRIPT --`: the runner appends an entry file; `--` ends the arguments instead.
    nodeArgs: ['-e', FLOOR_SCRIPT],
    entry: '--',
    onSpawn: () => (spawnedAt = Date.now()),
  })
  const first = stack.log.entries[0]
  if (first?.action !== 'GetIdToken')
    throw new Error(`the floor's first request was ${first?.action ?? 'none'}, not the OIDC token`)
  return first.time - spawnedAt
}

async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
    files++
  }
  return { bytes, files }
}
