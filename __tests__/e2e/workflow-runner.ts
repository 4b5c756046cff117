import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
import { git, type GitOrigin } from './git-origin.js'
import { workflowSteps, type Workflow, type WorkflowStep } from './readme-workflow.js'
import { conditionHolds, substitute, type ExpressionContexts } from './workflow-expressions.js'

/** The action under test, as the README names it; the runner runs this checkout's dist/. */
export const DOSSIER_SIGN = 'imboard-ai/dossier-sign@v1'
/** The same action as this repository's own workflows name it: the checkout itself. */
export const LOCAL_ACTION = './'

/** The inputs that name AWS resources: the only ones replaced with the local stack's. */
export type StackInputs = Record<'role-to-assume' | 'kms-key-id' | 'aws-region', string>

export interface WorkflowRunOptions {
  workflow: Workflow
  origin: GitOrigin
  /** the push this run is for: `sha` is the commit pushed, which may no longer be the tip */
  push: { ref: string; sha: string; runId: string }
  /** the dossier-sign step's extra environment: the stack's endpoints (none: the workflow's own) */
  actionEnv?: Record<string, string>
  /** inputs replaced with the stack's (none: the workflow's own values are used) */
  stackInputs?: StackInputs
  /** a folder for this run's workspace and scripts (a fresh runner each time) */
  root: string
  /** the job to run; by default the workflow's first */
  job?: string
  /**
   * `run:` scripts the test stands in for, by their exact text, e.g. `npm ci`, which
   * needs the registry. Each must be used, or the run fails: a stand-in for a step the
   * workflow no longer has would hide that.
   */
  standIns?: Record<string, (workspace: string) => Promise<void>>
}

export type StepKind = 'checkout' | 'setup-node' | 'dossier-sign' | 'run'

export interface StepResult {
  kind: StepKind
  skipped: boolean
  action?: ActionRun
  log?: string
  /** what the step wrote to GITHUB_OUTPUT (an action's outputs, a script's lines) */
  outputs?: Record<string, string>
}

export interface WorkflowRun {
  workspace: string
  concurrencyGroup?: string
  steps: StepResult[]
}

interface StepContext extends WorkflowRunOptions {
  workspace: string
  /** what `github.*` reads, and what every step's process sees */
  runnerEnv: Record<string, string>
  contexts: ExpressionContexts
  /** process groups of `run:` steps, ended when the job ends (what they left running too) */
  processGroups: number[]
  standInsUsed: Set<string>
}

type StepRunner = (
  step: WorkflowStep,
  ctx: StepContext,
) => Promise<Omit<StepResult, 'kind' | 'skipped'>>

const RUNNERS: Record<StepKind, StepRunner> = {
  checkout,
  'setup-node': setupNode,
  'dossier-sign': dossierSign,
  run: runScript,
}

/**
 * Runs the job's steps in order, as a runner would for one push: `actions/checkout`
 * becomes a shallow fetch from the origin, the dossier-sign step runs `dist/index.js`,
 * `run:` steps run in bash. A failing step throws, as it fails the job. When the job
 * ends, whatever its steps left running is ended, as the runner does.
 */
export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const workspace = await mkdtemp(path.join(options.root, 'workspace-'))
  const runnerEnv = runnerEnvFor(options, workspace)
  runnerEnv.RUNNER_TEMP = await mkdtemp(path.join(options.root, 'runner-temp-'))
  const contexts: ExpressionContexts = { env: runnerEnv, steps: {} }
  const ctx: StepContext = {
    ...options,
    workspace,
    runnerEnv,
    contexts,
    processGroups: [],
    standInsUsed: new Set(),
  }
  const group = options.workflow.concurrency?.group
  const run: WorkflowRun = {
    workspace,
    concurrencyGroup: group === undefined ? undefined : substitute(group, contexts),
    steps: [],
  }
  try {
    for (const step of jobSteps(options)) {
      const kind = kindOf(step)
      if (step.name !== undefined) substitute(step.name, contexts) // a name may hold expressions too
      if (step.if !== undefined && !conditionHolds(step.if, contexts)) {
        run.steps.push({ kind, skipped: true })
        continue
      }
      const result = await RUNNERS[kind](step, ctx)
      if (step.id !== undefined) contexts.steps[step.id] = result.outputs ?? {}
      run.steps.push({ kind, skipped: false, ...result })
    }
  } finally {
    await Promise.all(ctx.processGroups.map(endProcessGroup))
  }
  const unused = Object.keys(options.standIns ?? {}).filter((s) => !ctx.standInsUsed.has(s))
  if (unused.length > 0) throw new Error(`no step runs ${unused.join(', ')}`)
  return run
}

function jobSteps({ workflow, job }: WorkflowRunOptions): WorkflowStep[] {
  if (job === undefined) return workflowSteps(workflow)
  const steps = workflow.jobs[job]?.steps
  if (steps === undefined) throw new Error(`the workflow has no job ${job}`)
  return steps
}

function kindOf(step: WorkflowStep): StepKind {
  if (step.uses?.startsWith('actions/checkout@')) return 'checkout'
  if (step.uses?.startsWith('actions/setup-node@')) return 'setup-node'
  if (step.uses === DOSSIER_SIGN || step.uses === LOCAL_ACTION) return 'dossier-sign'
  if (step.run !== undefined && step.uses === undefined) return 'run'
  throw new Error(`the test cannot run the step ${JSON.stringify(step)}`)
}

/** What a runner exports to every step of a push to `main`. */
function runnerEnvFor(
  { workflow, push }: WorkflowRunOptions,
  workspace: string,
): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKFLOW: workflow.name,
    GITHUB_REPOSITORY: 'imboard-ai/dossier-sign',
    GITHUB_REPOSITORY_OWNER: 'imboard-ai',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: push.ref,
    GITHUB_REF_NAME: push.ref.replace(/^refs\/heads\//, ''),
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: push.sha,
    GITHUB_RUN_ID: push.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
  }
}

/** Substituted `with:` or `env:` values; YAML scalars become the strings a runner passes. */
function substituted(values: Record<string, unknown> | undefined, ctx: StepContext) {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, substitute(String(v), ctx.contexts)]),
  )
}

/**
 * actions/checkout v4 for a push: with a branch `ref`, the branch's tip; without one,
 * the pushed commit. Either way the local branch tracks origin's, so `git push` works.
 * `persist-credentials` changes nothing here: a local origin needs no credentials.
 */
async function checkout(step: WorkflowStep, ctx: StepContext) {
  const inputs = substituted(step.with, ctx)
  const known = ['ref', 'persist-credentials']
  const untested = [
    ...Object.keys(inputs).filter((k) => !known.includes(k)),
    ...(step.env ? ['env'] : []),
  ]
  if (untested.length > 0) throw new Error(`checkout: the test does not run ${untested.join(', ')}`)
  const ref = inputs.ref ?? ctx.push.ref
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1]
  if (!branch) throw new Error(`checkout: the test runs only branch refs, not ${ref}`)
  const source = inputs.ref === undefined ? ctx.push.sha : `refs/heads/${branch}`
  const run = (args: string[]) => git(ctx.workspace, ctx.origin.env, args)
  run(['init', '--quiet'])
  run(['remote', 'add', 'origin', ctx.origin.url])
  run(['fetch', '--quiet', '--depth=1', 'origin', `+${source}:refs/remotes/origin/${branch}`])
  run(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`])
  return {}
}

/**
 * actions/setup-node: the test's own Node is already on PATH, and `cache` only speeds up
 * a runner. Any other input is something the test would not do.
 */
async function setupNode(step: WorkflowStep) {
  const untested = Object.keys(step.with ?? {}).filter(
    (k) => !['node-version', 'cache'].includes(k),
  )
  if (untested.length > 0)
    throw new Error(`setup-node: the test does not run ${untested.join(', ')}`)
  return {}
}

async function dossierSign(step: WorkflowStep, ctx: StepContext) {
  const written = substituted(step.with, ctx)
  const replaced: Record<string, string> = ctx.stackInputs ?? {}
  const inputs = Object.fromEntries(Object.entries(written).map(([k, v]) => [k, replaced[k] ?? v]))
  const action = await runAction({
    workspace: ctx.workspace,
    inputs,
    env: { ...ctx.actionEnv, ...ctx.runnerEnv, ...substituted(step.env, ctx) },
  })
  if (action.exitCode !== 0) {
    throw new Error(`${step.uses} failed (${action.exitCode}):\n${action.stdout}${action.stderr}`)
  }
  return { action, outputs: action.outputs }
}

/**
 * A `run:` step as the runner runs it: `bash --noprofile --norc -eo pipefail {0}`, with
 * GITHUB_OUTPUT. In its own process group, so what it starts in the background keeps
 * running for the next steps and is ended with the job.
 */
async function runScript(step: WorkflowStep, ctx: StepContext) {
  const text = step.run ?? ''
  const standIn = ctx.standIns?.[text.trim()]
  if (standIn !== undefined) {
    ctx.standInsUsed.add(text.trim())
    await standIn(ctx.workspace)
    return {}
  }
  const folder = await mkdtemp(path.join(ctx.root, 'script-'))
  const script = path.join(folder, 'step.sh')
  const outputFile = path.join(folder, 'output')
  await writeFile(script, substitute(text, ctx.contexts))
  await writeFile(outputFile, '')
  const env = {
    ...ctx.origin.env,
    ...ctx.runnerEnv,
    GITHUB_OUTPUT: outputFile,
    ...substituted(step.env, ctx),
  }
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: ctx.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (child.pid !== undefined) ctx.processGroups.push(child.pid)
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`run step "${step.name ?? step.run}" exited ${code}:\n${log}`)
  return { log, outputs: scriptOutputs(await readFile(outputFile, 'utf8')) }
}

/** GITHUB_OUTPUT as a script writes it: `name=value` lines and `name<<DELIMITER` blocks. */
function scriptOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const block = /^([^<=]+)<<(.+)$/.exec(line)
    if (block) {
      const end = lines.indexOf(block[2] as string, i + 1)
      if (end < 0) throw new Error(`GITHUB_OUTPUT: ${block[1]}<<${block[2]} is never closed`)
      outputs[block[1] as string] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const pair = /^([^=]+)=(.*)$/.exec(line)
    if (pair) outputs[pair[1] as string] = pair[2] as string
    else if (line !== '')
      throw new Error(`GITHUB_OUTPUT: cannot read the line ${JSON.stringify(line)}`)
  }
  return outputs
}

/** SIGTERM to the group, then wait until no process of it is left. */
async function endProcessGroup(pgid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pgid, 0)
      return true
    } catch {
      return false
    }
  }
  if (!alive()) return
  process.kill(-pgid, 'SIGTERM')
  for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 50))
  if (alive()) process.kill(-pgid, 'SIGKILL')
}
