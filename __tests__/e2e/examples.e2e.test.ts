import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { REPO_ROOT, runAction } from '../../harness/local-runner.js'
import { assertDistIsFresh } from './e2e-fixture.js'
import type { ReportEntry } from './verify-fixture.js'

describe("the repository's own examples pass its own PR check", () => {
  beforeAll(assertDistIsFresh)

  it('runs the dogfood workflow step (uses: ./) and every example is verified under strict policy', async () => {
    const workflow = yaml.load(
      readFileSync(path.join(REPO_ROOT, '.github/workflows/self-test.yml'), 'utf8'),
    ) as {
      jobs: { verify: { steps: Array<{ uses?: string; with?: Record<string, string> }> } }
    }
    const step = workflow.jobs.verify.steps.find((s) => s.uses === './')
    expect(step?.with).toBeDefined()
    const run = await runAction({
      workspace: REPO_ROOT,
      inputs: step?.with ?? {},
      env: { GITHUB_EVENT_NAME: 'push' },
    })
    expect(run.exitCode).toBe(0)
    const report = JSON.parse(run.outputs.report ?? '[]') as ReportEntry[]
    expect(report.map((r) => [r.file, r.recommendation, r.authenticity])).toEqual([
      ['examples/hello-dossier.ds.md', 'ALLOW', 'verified'],
      ['examples/rotate-kms-signing-key.ds.md', 'ALLOW', 'verified'],
      ['examples/triage-failing-ci.ds.md', 'ALLOW', 'verified'],
    ])
    expect(report[0]?.signatures.map((s) => [s.kind, s.status, s.keyIdentifier])).toEqual([
      ['sig', 'verified', 'dossier-sign-examples'],
      ['minisig', 'verified', 'dossier-sign-examples-minisign'],
    ])
  })
})
