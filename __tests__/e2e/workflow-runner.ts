import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runAction, type ActionRun } from '../../harness/local-runner.js'
import { git, type GitOrigin } from './git-origin.js'
import { workflowSteps, type Workflow, type WorkflowStep } from './readme-workflow.js'
import { conditionHolds, substitute, type ExpressionContexts } from './workflow-expressions.js'

/** The action under test, as the README names it; the runner runs this checkout's dist/. */
export const DOSSIER_SIGN = 'imboard-ai/dossier-sign@v1'

/** The inputs that name AWS resources: the only ones replaced with the local stack's. */
export type StackInputs = Record<'role-to-assume' | 'kms-key-id' | 'aws-region', string>

export interface WorkflowRunOptions {
  workflow: Workflow
  origin: GitOrigin
  /** the push this run is for: `sha` is the commit pushed, which may no longer be the tip */
  push: { ref: string; sha: string; runId: string }
  /** the dossier-sign step's extra environment: the stack's endpoints */
  actionEnv: Record<string, string>
  stackInputs: StackInputs
  /** a folder for this run's workspace and scripts (a fresh runner each time) */
  root: string
}

export type StepKind = 'checkout' | 'dossier-sign' | 'run'

export interface StepResult {
  kind: StepKind
  skipped: boolean
  action?: ActionRun
  log?: string
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
}

type StepRunner = (
  step: WorkflowStep,
  ctx: StepContext,
) => Promise<Omit<StepResult, 'kind' | 'skipped'>>

const RUNNERS: Record<StepKind, StepRunner> = {
  checkout,
  'dossier-sign': dossierSign,
  run: runScript,
}

/**
 * Runs the workflow's steps in order, as a runner would for one push: `actions/checkout`
 * becomes a shallow fetch from the origin, the dossier-sign step runs `dist/index.js`,
 * `run:` steps run in bash. A failing step throws, as it fails the job.
 */
export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const workspace = await mkdtemp(path.join(options.root, 'workspace-'))
  const runnerEnv = runnerEnvFor(options, workspace)
  const contexts: ExpressionContexts = { env: runnerEnv, steps: {} }
  const ctx: StepContext = { ...options, workspace, runnerEnv, contexts }
  const group = options.workflow.concurrency?.group
  const run: WorkflowRun = {
    workspace,
    concurrencyGroup: group === undefined ? undefined : substitute(group, contexts),
    steps: [],
  }
  for (const step of workflowSteps(options.workflow)) {
    const kind = kindOf(step)
    if (step.name !== undefined) substitute(step.name, contexts) // a name may hold expressions too
    if (step.if !== undefined && !conditionHolds(step.if, contexts)) {
      run.steps.push({ kind, skipped: true })
      continue
    }
    const result = await RUNNERS[kind](step, ctx)
    if (step.id !== undefined) contexts.steps[step.id] = result.action?.outputs ?? {}
    run.steps.push({ kind, skipped: false, ...result })
  }
  return run
}

function kindOf(step: WorkflowStep): StepKind {
  if (step.uses?.startsWith('actions/checkout@')) return 'checkout'
  if (step.uses === DOSSIER_SIGN) return 'dossier-sign'
  if (step.run !== undefined && step.uses === undefined) return 'run'
  throw new Error(`the test cannot run the step ${JSON.stringify(step)}`)
}

/** What a runner exports to every step of a push to `main`. */
function runnerEnvFor({ workflow, push }: WorkflowRunOptions, workspace: string) {
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
 */
async function checkout(step: WorkflowStep, ctx: StepContext) {
  const inputs = substituted(step.with, ctx)
  const untested = [...Object.keys(inputs).filter((k) => k !== 'ref'), ...(step.env ? ['env'] : [])]
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

async function dossierSign(step: WorkflowStep, ctx: StepContext) {
  const written = substituted(step.with, ctx)
  const inputs = Object.fromEntries(
    Object.entries(written).map(([k, v]) => [
      k,
      (ctx.stackInputs as Record<string, string>)[k] ?? v,
    ]),
  )
  const action = await runAction({
    workspace: ctx.workspace,
    inputs,
    env: { ...ctx.actionEnv, ...ctx.runnerEnv, ...substituted(step.env, ctx) },
  })
  if (action.exitCode !== 0) {
    throw new Error(
      `${DOSSIER_SIGN} failed (${action.exitCode}):\n${action.stdout}${action.stderr}`,
    )
  }
  return { action }
}

/** A `run:` step as the runner runs it: `bash --noprofile --norc -eo pipefail {0}`. */
async function runScript(step: WorkflowStep, ctx: StepContext) {
  if (step.id !== undefined) throw new Error('the test does not read outputs of run: steps')
  const script = path.join(await mkdtemp(path.join(ctx.root, 'script-')), 'step.sh')
  await writeFile(script, substitute(step.run ?? '', ctx.contexts))
  const env = { ...ctx.origin.env, ...ctx.runnerEnv, ...substituted(step.env, ctx) }
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: ctx.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) throw new Error(`run step "${step.name ?? step.run}" exited ${code}:\n${log}`)
  return { log }
}
