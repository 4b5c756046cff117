import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { REGION } from '../../stack/index.js'
import { opensslVerifies } from '../stack/openssl-verify.js'
import {
  assertDistIsFresh,
  cleanup,
  expectNoSecretLeaks,
  startDefaultStack,
  tempWorkspace,
  type DefaultStack,
} from './e2e-fixture.js'
import {
  commitInfo,
  commitsBetween,
  createOrigin,
  fileAt,
  filesChangedBy,
  pushAsPerson,
  tipOf,
  type GitOrigin,
} from './git-origin.js'
import { pushStartsWorkflow, workflowFromReadme, type Workflow } from './readme-workflow.js'
import { runWorkflow, type WorkflowRun } from './workflow-runner.js'

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'
const example = (name: string) => readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')
const HELLO = 'dossiers/hello-dossier.ds.md'
const TRIAGE = 'dossiers/ops/triage-failing-ci.ds.md'

/** The repository the workflow runs in: two dossiers, a draft the README excludes, a readme. */
const SEED = {
  [HELLO]: example('hello-dossier.ds.md'),
  [TRIAGE]: example('triage-failing-ci.ds.md'),
  'drafts/rotate-kms-signing-key.ds.md': example('rotate-kms-signing-key.ds.md'),
  'README.md': '# Our dossiers\n',
}

describe("the README's sign-on-push workflow, run step by step on the local stack", () => {
  let ctx: DefaultStack
  let root: string
  let origin: GitOrigin
  let workflow: Workflow
  /** the person's push of the seed: the event the first run is for */
  let firstPush: string
  let runs = 0

  beforeAll(async () => {
    assertDistIsFresh()
    workflow = workflowFromReadme(
      readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'),
      'sign-workflow',
    )
    ctx = await startDefaultStack()
    root = await tempWorkspace('readme-workflow')
    origin = await createOrigin(root, SEED)
    firstPush = tipOf(origin)
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    if (root) await cleanup(root)
  })

  /** The whole workflow, on a fresh runner, for the push of `sha` to main. */
  async function runFor(sha: string): Promise<WorkflowRun> {
    runs += 1
    const run = await runWorkflow({
      workflow,
      origin,
      root,
      push: { ref: 'refs/heads/main', sha, runId: `7700${runs}` },
      actionEnv: ctx.stack.env(),
      stackInputs: {
        'role-to-assume': ctx.role.arn,
        'kms-key-id': ctx.key.alias,
        'aws-region': REGION,
      },
    })
    const action = run.steps.find((s) => s.kind === 'dossier-sign')?.action
    if (action) expectNoSecretLeaks(ctx, action)
    return run
  }

  const stepsRun = (run: WorkflowRun) =>
    run.steps.map((s) => [s.kind, s.skipped ? 'skipped' : 'ran'])
  const signOutputs = (run: WorkflowRun) =>
    run.steps.find((s) => s.kind === 'dossier-sign')?.action?.outputs ?? {}

  /** openssl checks each committed `.sig` against the committed dossier and the stack's key. */
  function expectCommittedSignaturesVerify(commit: string, files: string[]): void {
    const bad = files.filter(
      (file) =>
        !opensslVerifies({
          hash: 'sha256',
          pss: false,
          publicKeyPem: ctx.key.publicKeyPem,
          message: fileAt(origin, commit, file),
          signature: Buffer.from(fileAt(origin, commit, `${file}.sig`).toString().trim(), 'base64'),
        }),
    )
    expect(bad).toEqual([])
  }

  it('asks for id-token: write and contents: write, and is not started by its own push', () => {
    expect(workflow.permissions).toMatchObject({ 'id-token': 'write', contents: 'write' })
    expect(workflow.concurrency?.group).toBeTruthy()
    // Cancelling a run could leave its signatures unpushed; queueing cannot.
    expect(workflow.concurrency?.['cancel-in-progress']).not.toBe(true)
    expect(pushStartsWorkflow(workflow, 'main', Object.keys(SEED))).toBe(true)
    expect(pushStartsWorkflow(workflow, 'main', [`${HELLO}.sig`, `${TRIAGE}.sig`])).toBe(false)
  })

  it('first push: one commit by github-actions[bot] adds exactly the new .sig files, each verifying with openssl', async () => {
    ctx.stack.log.clear()
    const run = await runFor(firstPush)

    expect(stepsRun(run)).toEqual([
      ['checkout', 'ran'],
      ['dossier-sign', 'ran'],
      ['run', 'ran'],
    ])
    expect(run.concurrencyGroup).toMatch(/\S/)
    expect(signOutputs(run)['signed-count']).toBe('2')
    const commits = commitsBetween(origin, firstPush, 'main')
    expect(commits).toHaveLength(1)
    const commit = commits[0] as string
    expect(filesChangedBy(origin, commit)).toEqual([
      ['A', `${HELLO}.sig`],
      ['A', `${TRIAGE}.sig`],
    ])
    const { author, message } = commitInfo(origin, commit)
    expect(author).toBe(BOT)
    expect(message).toMatch(/signature/i)
    expect(message).toContain(ctx.key.arn)
    expectCommittedSignaturesVerify(commit, [HELLO, TRIAGE])
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(2)
    const pushed = filesChangedBy(origin, commit).map(([, file]) => file)
    expect(pushStartsWorkflow(workflow, 'main', pushed)).toBe(false)
  })

  it('a second run with nothing new (a re-run of that push) makes no commit and no KMS Sign call', async () => {
    const tip = tipOf(origin)
    ctx.stack.log.clear()
    const run = await runFor(firstPush)

    expect(stepsRun(run)).toEqual([
      ['checkout', 'ran'],
      ['dossier-sign', 'ran'],
      ['run', 'skipped'],
    ])
    expect(signOutputs(run)['signed-count']).toBe('0')
    expect(signOutputs(run)['skipped-count']).toBe('2')
    expect(tipOf(origin)).toBe(tip)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })

  it('a queued run that starts after two more pushes signs the branch tip and fast-forwards it', async () => {
    const edited = await pushAsPerson(
      origin,
      { [HELLO]: `${SEED[HELLO]}\nOne more line.\n` },
      'Edit the hello dossier',
    )
    const ADDED = 'dossiers/added.ds.md'
    const added = await pushAsPerson(
      origin,
      { [ADDED]: example('rotate-kms-signing-key.ds.md') },
      'Add a dossier',
    )
    ctx.stack.log.clear()
    await runFor(edited) // the run for the first of the two pushes starts only now

    const commits = commitsBetween(origin, added, 'main')
    expect(commits).toHaveLength(1)
    const commit = commits[0] as string
    expect(filesChangedBy(origin, commit)).toEqual([
      ['A', `${ADDED}.sig`],
      ['M', `${HELLO}.sig`],
    ])
    expect(commitInfo(origin, commit).author).toBe(BOT)
    expectCommittedSignaturesVerify(commit, [ADDED, HELLO, TRIAGE])
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(2)

    // The run queued for the second push then finds everything signed.
    ctx.stack.log.clear()
    const next = await runFor(added)
    expect(stepsRun(next).at(-1)).toEqual(['run', 'skipped'])
    expect(tipOf(origin)).toBe(commit)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })
})
