import yaml from 'js-yaml'
import { minimatch } from 'minimatch'

/** One step of the README's workflow, in the shape the local workflow runner can run. */
export interface WorkflowStep {
  name?: string
  id?: string
  uses?: string
  with?: Record<string, string>
  run?: string
  if?: string
  env?: Record<string, string>
}

/** The README's sign workflow: one job, started by a push. */
export interface Workflow {
  name: string
  on: { push: { branches: string[]; 'paths-ignore'?: string[] } }
  permissions: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, { 'runs-on': string; steps: WorkflowStep[] }>
}

// Every key the runner understands; any other key is something the test would not run,
// so the README may not use it without the test learning it first.
const KNOWN_KEYS = {
  workflow: ['name', 'on', 'permissions', 'concurrency', 'jobs'],
  job: ['runs-on', 'steps'],
  step: ['name', 'id', 'uses', 'with', 'run', 'if', 'env'],
} as const

/** The YAML between `<!-- NAME:start -->` and `<!-- NAME:end -->` in a README, parsed. */
export function workflowFromReadme(readme: string, marker: string): Workflow {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from || readme.indexOf(start, from + 1) >= 0) {
    throw new Error(`README.md needs exactly one ${start} ... ${end} block`)
  }
  const fence = /^\s*```yaml\n([\s\S]*?)\n```\s*$/.exec(readme.slice(from + start.length, to))
  if (!fence?.[1]) throw new Error(`the ${marker} block must hold one \`\`\`yaml fence`)
  const workflow = yaml.load(fence[1]) as Workflow
  expectOnlyKnownKeys('workflow', workflow, KNOWN_KEYS.workflow)
  const jobs = Object.values(workflow.jobs ?? {})
  if (jobs.length !== 1) throw new Error(`the ${marker} workflow must have exactly one job`)
  for (const job of jobs) {
    expectOnlyKnownKeys('job', job, KNOWN_KEYS.job)
    job.steps.forEach((step, i) => expectOnlyKnownKeys(`step ${i + 1}`, step, KNOWN_KEYS.step))
  }
  return workflow
}

/** The single job's steps. */
export function workflowSteps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs)[0]?.steps ?? []
}

/**
 * Would a push to `branch` changing `paths` start the workflow? GitHub skips it when
 * every changed path matches a `paths-ignore` pattern (minimatch is close enough to
 * GitHub's filter syntax for the patterns used here).
 */
export function pushStartsWorkflow(workflow: Workflow, branch: string, paths: string[]): boolean {
  const push = workflow.on.push
  if (!push.branches.includes(branch)) return false
  const ignored = push['paths-ignore'] ?? []
  return !paths.every((p) => ignored.some((pattern) => minimatch(p, pattern, { dot: true })))
}

function expectOnlyKnownKeys(where: string, value: object, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((k) => !known.includes(k))
  if (unknown.length > 0) {
    throw new Error(
      `the README workflow's ${where} uses ${unknown.join(', ')}, which the test does not run`,
    )
  }
}
