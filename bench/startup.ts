/**
 * Row 4, start-up: from the moment the action process exists to the first request
 * the stack receives (the OIDC token request), over a one-file workspace with no
 * latency; and the size of what the runner loads (dist/).
 */
import { readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ACTION_ENTRY, REPO_ROOT, runAction } from '../harness/local-runner.js'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
import { mb, median, num, outcomeOf, type BenchResult } from './report.js'
import { expectSigned, signRun } from './sign-run.js'

const TARGET_MS = 300

// The floor: a Node process that does nothing but the action's first request.
const FLOOR_SCRIPT = `import http from 'node:http'
const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=sts.amazonaws.com'
const headers = { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
http.get(url, { headers }, (response) => response.resume())
`

export async function benchStartup(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  stack.kms.faults.clear()
  const workspace = await ctx.temp.make('startup')
  const [file] = await writeDossiers(workspace, 1)
  const floorEntry = path.join(workspace, 'floor.mjs')
  await writeFile(floorEntry, FLOOR_SCRIPT)
  const toFirstRequest: number[] = []
  const floor: number[] = []
  const wholeRun: number[] = []
  ctx.progress(
    `startup: ${ctx.options.startupRuns} runs of the action and of the floor, alternating`,
  )
  for (let i = 0; i < ctx.options.startupRuns; i++) {
    await rm(path.join(workspace, `${file}.sig`), { force: true })
    stack.log.clear()
    const run = await signRun(ctx.stack, workspace)
    expectSigned(run, 1)
    const first = stack.log.entries.reduce((t, e) => Math.min(t, e.time), Infinity)
    const firstAction = stack.log.entries.find((e) => e.time === first)?.action
    if (firstAction !== 'GetIdToken')
      throw new Error(`the first request was ${firstAction}, not the OIDC token`)
    toFirstRequest.push(first - run.spawnedAt)
    wholeRun.push(run.durationMs)
    floor.push(await floorRun(ctx, workspace, floorEntry))
  }
  const startup = median(toFirstRequest)
  const entry = (await stat(ACTION_ENTRY)).size
  const dist = await treeSize(path.join(REPO_ROOT, 'dist'))
  return {
    rows: [
      {
        bench: 'startup',
        what: `start-up: process start to first stack request (median of ${toFirstRequest.length})`,
        measured: `${num(startup)} ms (min ${num(Math.min(...toFirstRequest))}, max ${num(Math.max(...toFirstRequest))})`,
        target: `< ${TARGET_MS} ms`,
        outcome: outcomeOf(startup < TARGET_MS),
      },
      {
        bench: 'startup',
        what: `floor: bare node process to the same first request (median of ${floor.length})`,
        measured: `${num(median(floor))} ms`,
        target: '-',
        outcome: 'INFO',
      },
      {
        bench: 'startup',
        what: 'size of dist/index.js / of the whole dist/',
        measured: `${mb(entry, 2)} / ${mb(dist.bytes, 2)} (${dist.files} files)`,
        target: '-',
        outcome: 'INFO',
      },
    ],
    details: {
      toFirstRequestMs: toFirstRequest,
      medianMs: startup,
      floorMs: floor,
      wholeRunMs: wholeRun,
      medianWholeRunMs: median(wholeRun),
      distIndexBytes: entry,
      distBytes: dist.bytes,
      distFiles: dist.files,
    },
  }
}

/** Spawned the same way as the action, so only what the action does differs. */
async function floorRun(ctx: BenchContext, workspace: string, entry: string): Promise<number> {
  const { stack } = ctx.stack
  stack.log.clear()
  let spawnedAt = 0
  await runAction({
    workspace,
    env: stack.env(),
    inputs: {},
    entry,
    onSpawn: () => (spawnedAt = Date.now()),
  })
  const first = stack.log.entries[0]
  if (first === undefined) throw new Error('the floor process made no request')
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
