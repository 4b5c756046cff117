import { symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { assertDistIsFresh, cleanup, tempWorkspace } from '../e2e/e2e-fixture.js'
import { tipOf, type GitOrigin } from '../e2e/git-origin.js'
import type { Workflow } from '../e2e/readme-workflow.js'
import { runWorkflow, type WorkflowRun } from '../e2e/workflow-runner.js'
import { loadWorkflow, originFromWorkingTree, type WorkflowFile } from './workflow-files.js'

const EXAMPLES = [
  'examples/hello-dossier.ds.md',
  'examples/rotate-kms-signing-key.ds.md',
  'examples/triage-failing-ci.ds.md',
]
const STEP_KEYS = ['name', 'id', 'uses', 'with', 'run', 'if', 'env']

/**
 * `npm ci` needs the registry, which a test has not: the checkout gets this repository's
 * node_modules, installed from the same package-lock.json.
 */
const standIns = {
  'npm ci': (workspace: string) =>
    symlink(path.join(REPO_ROOT, 'node_modules'), path.join(workspace, 'node_modules'), 'dir'),
}

describe('the self-test workflow, each job run step by step on this checkout', () => {
  let root: string
  let origin: GitOrigin
  let runs = 0
  const workflow = loadWorkflow('self-test.yml')

  beforeAll(async () => {
    assertDistIsFresh()
    root = await tempWorkspace('self-test-workflow')
    origin = await originFromWorkingTree(root)
  })
  afterAll(async () => {
    if (root) await cleanup(root)
  })

  /** One job of `file` (as parsed, or changed by a test) for a push of this checkout to main. */
  async function runJob(job: string, file: WorkflowFile = workflow): Promise<WorkflowRun> {
    runs += 1
    for (const [i, step] of (file.jobs[job]?.steps ?? []).entries()) {
      const unknown = Object.keys(step).filter((k) => !STEP_KEYS.includes(k))
      if (unknown.length > 0) throw new Error(`${job} step ${i + 1} uses ${unknown.join(', ')}`)
    }
    return runWorkflow({
      workflow: file as unknown as Workflow,
      job,
      origin,
      root,
      push: { ref: 'refs/heads/main', sha: tipOf(origin), runId: `8800${runs}` },
      standIns: job === 'sign-dry-run' ? standIns : undefined,
    })
  }

  /** A copy of the workflow with one step of `job` changed. */
  function changed(job: string, id: string, change: (step: Record<string, unknown>) => void) {
    const copy = structuredClone(workflow)
    const step = copy.jobs[job]?.steps?.find((s) => s.id === id)
    if (!step) throw new Error(`no step ${id} in ${job}`)
    change(step as unknown as Record<string, unknown>)
    return copy
  }

  it('runs on every pull request and on pushes to main, with read-only tokens and no id-token', () => {
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } })
    expect(workflow.permissions).toEqual({})
    expect(workflow.jobs.verify?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
    })
    expect(workflow.jobs['sign-dry-run']?.permissions).toEqual({ contents: 'read' })
  })

  it('verify: every example is verified under strict policy with the trusted keys in .dossier/', async () => {
    const run = await runJob('verify')
    expect(run.steps.map((s) => [s.kind, s.skipped])).toEqual([
      ['checkout', false],
      ['dossier-sign', false],
    ])
    const action = run.steps[1]?.action
    expect(action?.outputs['verified-count']).toBe(String(EXAMPLES.length))
    expect(action?.outputs['blocked-count']).toBe('0')
    const report = JSON.parse(action?.outputs.report ?? '[]') as Array<{
      file: string
      recommendation: string
    }>
    expect(report.map((r) => [r.file, r.recommendation])).toEqual(
      EXAMPLES.map((file) => [file, 'ALLOW']),
    )
  })

  it('sign-dry-run: the stand-in stack starts, the action signs nothing but would sign every example with its key', async () => {
    const run = await runJob('sign-dry-run')
    expect(run.steps.map((s) => [s.kind, s.skipped])).toEqual([
      ['checkout', false],
      ['setup-node', false],
      ['run', false], // npm ci
      ['run', false], // the stack
      ['dossier-sign', false],
      ['run', false], // the check
    ])
    const stack = run.steps[3]?.outputs ?? {}
    const sign = run.steps[4]?.action
    expect(stack['key-arn']).toMatch(/^arn:aws:kms:[\w-]+:\d{12}:key\//)
    expect(stack['role-arn']).toMatch(/^arn:aws:iam::\d{12}:role\//)
    expect(sign?.outputs['key-arn']).toBe(stack['key-arn'])
    expect(sign?.outputs['signed-count']).toBe('0')
    expect(sign?.outputs['failed-count']).toBe('0')
    const signatures = JSON.parse(sign?.outputs.signatures ?? '[]') as Array<{
      file: string
      status: string
    }>
    expect(signatures.map((s) => [s.file, s.status])).toEqual(
      EXAMPLES.map((file) => [file, 'would-sign']),
    )
    expect(sign?.summary).toMatch(/dry run/i)
    expect(sign?.stdout).not.toContain(stack['oidc-request-token'])
  })

  it('sign-dry-run fails when the OIDC endpoint is not passed where @actions/core reads it', async () => {
    const broken = changed('sign-dry-run', 'sign', (step) => {
      const env = step.env as Record<string, string>
      env.ACTIONS_ID_TOKEN_URL = env.ACTIONS_ID_TOKEN_REQUEST_URL as string
      delete env.ACTIONS_ID_TOKEN_REQUEST_URL
    })
    await expect(runJob('sign-dry-run', broken)).rejects.toThrow(/id-token: write/)
  })

  it('sign-dry-run fails when its files glob matches no example', async () => {
    const broken = changed('sign-dry-run', 'sign', (step) => {
      ;(step.with as Record<string, string>).files = 'example/**/*.ds.md'
    })
    await expect(runJob('sign-dry-run', broken)).rejects.toThrow(/No files matched/)
  })
})
