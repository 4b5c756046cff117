import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { workflowText } from './workflow-files.js'
import { pinProblems } from './workflow-rules.js'

/** The job self-test.yml documents as comments, uncommented. */
function commentedJob(): string {
  const lines = workflowText('self-test.yml').split('\n')
  const start = lines.findIndex((l) => /^ {2}# sign-dry-run-aws:$/.test(l))
  if (start < 0) throw new Error('self-test.yml has no commented-out sign-dry-run-aws job')
  const block = lines.slice(start).filter((l) => l.trim() !== '')
  const notComment = block.find((l) => !/^ {2}#( |$)/.test(l))
  if (notComment !== undefined) throw new Error(`unexpected line after the job: ${notComment}`)
  return block.map((l) => l.replace(/^ {2}# ?/, '')).join('\n')
}

/** The yaml fence under RELEASING.md's "Real AWS self-test". */
function releasingJob(): string {
  const text = readFileSync(path.join(REPO_ROOT, 'RELEASING.md'), 'utf8')
  const section = text.slice(text.indexOf('## Real AWS self-test'))
  const fence = /```yaml\n([\s\S]*?)\n\s*```/.exec(section)?.[1]
  if (fence === undefined) throw new Error('RELEASING.md: no yaml block under Real AWS self-test')
  return fence.replace(/^ {3}/gm, '')
}

describe('the one-time real-AWS self-test job', () => {
  it('is the same job in self-test.yml (commented out) and in RELEASING.md', () => {
    expect(yaml.load(releasingJob())).toEqual(yaml.load(commentedJob()))
  })

  it('asks for id-token: write in that job only, runs on pushes, and reads the ARNs from repository variables', () => {
    const { 'sign-dry-run-aws': job } = yaml.load(commentedJob()) as Record<
      string,
      {
        if: string
        permissions: Record<string, string>
        steps: Array<{ uses?: string; with?: Record<string, string> }>
      }
    >
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(job?.if).toContain("github.event_name == 'push'")
    const action = job?.steps.find((s) => s.uses === './')
    expect(action?.with).toMatchObject({
      mode: 'sign',
      'dry-run': true,
      'role-to-assume': '${{ vars.DOSSIER_SIGN_ROLE_ARN }}',
      'kms-key-id': '${{ vars.DOSSIER_SIGN_KEY_ARN }}',
    })
    const asWorkflow = `name: x\non: push\njobs:\n${commentedJob().replace(/^/gm, '  ')}\n`
    expect(pinProblems(asWorkflow)).toEqual([])
  })
})
