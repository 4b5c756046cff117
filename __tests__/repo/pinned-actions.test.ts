import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import { REPO_ROOT } from '../../harness/local-runner.js'
import {
  loadWorkflow,
  workflowFileNames,
  workflowText,
  type WorkflowFile,
} from './workflow-files.js'
import { jobsWithoutPermissions, pinProblems } from './workflow-rules.js'

describe('the pinning rule', () => {
  it('flags tags, branches, short SHAs and a missing version comment; accepts pins and ./', () => {
    const workflow = (uses: string[]) =>
      `name: x\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}`
    const sha = '11bd71901bbe5b1630ceea73d27597364c9af683'
    expect(pinProblems(workflow([`actions/checkout@${sha} # v4.2.2`, './']))).toEqual([])
    expect(pinProblems(workflow([`github/codeql-action/init@${sha} # v3.28.0`]))).toEqual([])
    expect(pinProblems(workflow(['actions/checkout@v4']))).toHaveLength(1)
    expect(pinProblems(workflow(['actions/checkout@main # v4']))).toHaveLength(1)
    expect(pinProblems(workflow([`actions/checkout@${sha.slice(0, 12)} # v4.2.2`]))).toHaveLength(1)
    expect(pinProblems(workflow([`actions/checkout@${sha}`]))).toHaveLength(1)
    expect(pinProblems(workflow([`actions/checkout@${sha} # pinned`]))).toHaveLength(1)
    expect(pinProblems(workflow([`docker://alpine@sha256:${'a'.repeat(64)}`]))).toHaveLength(1)
    // a commented-out step is pinned too: a maintainer will enable it as written
    expect(pinProblems(`${workflow(['./'])}      # - uses: actions/checkout@v4\n`)).toHaveLength(1)
    // flow style hides a `uses:` from the line pattern: counted, so still caught
    const flow = `name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}]\n`
    expect(pinProblems(flow)).not.toEqual([])
  })

  it('flags a job that runs with default token permissions', () => {
    const workflow = yaml.load(
      'name: x\non: push\njobs:\n  a: {runs-on: x, permissions: {}}\n  b: {runs-on: x}\n',
    ) as WorkflowFile
    expect(jobsWithoutPermissions(workflow)).toEqual(['b'])
    expect(jobsWithoutPermissions({ ...workflow, permissions: {} })).toEqual([])
  })
})

describe("this repository's workflows", () => {
  const files = workflowFileNames()

  it('are the expected set (a new workflow is checked like the others)', () => {
    expect(files).toEqual(['ci.yml', 'codeql.yml', 'release.yml', 'self-test.yml'])
  })

  it.each(files)('%s pins every third-party action by commit SHA with its version', (file) => {
    expect(pinProblems(workflowText(file))).toEqual([])
  })

  it.each(files)('%s sets token permissions at the top or on every job', (file) => {
    expect(jobsWithoutPermissions(loadWorkflow(file))).toEqual([])
  })

  it('uses one SHA per action and version across all workflows', () => {
    const pins = new Map<string, Set<string>>()
    for (const file of files) {
      for (const match of workflowText(file).matchAll(
        /uses:\s*([^@\s]+)@([0-9a-f]{40})\s*#\s*(\S+)/g,
      )) {
        const action = (match[1] as string).split('/').slice(0, 2).join('/')
        const key = `${action} ${match[3]}`
        pins.set(key, new Set([...(pins.get(key) ?? []), match[2] as string]))
      }
    }
    const conflicting = [...pins].filter(([, shas]) => shas.size > 1).map(([key]) => key)
    expect(pins.size).toBeGreaterThan(0)
    expect(conflicting).toEqual([])
  })

  it('ci tests the engines floor and the runtime action.yml declares', () => {
    const ci = loadWorkflow('ci.yml')
    const strategy = ci.jobs.test?.strategy as { matrix: { node: number[] } }
    expect(strategy.matrix.node).toEqual([20, 24])
    const declared = (
      yaml.load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
        runs: { using: string }
      }
    ).runs.using
    expect(strategy.matrix.node).toContain(Number(declared.replace(/^node/, '')))
    const setup = ci.jobs.test?.steps?.find((s) => s.uses?.startsWith('actions/setup-node@'))
    expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}')
  })

  it('codeql analyses javascript-typescript on pushes to main, pull requests and a schedule', () => {
    const codeql = loadWorkflow('codeql.yml')
    expect(Object.keys(codeql.on).sort()).toEqual(['pull_request', 'push', 'schedule'])
    expect(codeql.on.push).toEqual({ branches: ['main'] })
    expect(codeql.jobs.analyze?.permissions).toEqual({
      contents: 'read',
      'security-events': 'write',
    })
    const init = codeql.jobs.analyze?.steps?.find((s) =>
      s.uses?.startsWith('github/codeql-action/init@'),
    )
    expect(init?.with?.languages).toBe('javascript-typescript')
    expect(
      codeql.jobs.analyze?.steps?.some((s) => s.uses?.startsWith('github/codeql-action/analyze@')),
    ).toBe(true)
  })
})

describe('.github/dependabot.yml', () => {
  const config = yaml.load(
    readFileSync(path.join(REPO_ROOT, '.github', 'dependabot.yml'), 'utf8'),
  ) as {
    version: number
    updates: Array<{
      'package-ecosystem': string
      directory: string
      schedule: { interval: string }
      groups?: Record<string, { patterns: string[] }>
    }>
  }
  const update = (ecosystem: string) =>
    config.updates.find((u) => u['package-ecosystem'] === ecosystem)

  it('updates npm and github-actions, weekly, from the repository root', () => {
    expect(config.version).toBe(2)
    for (const ecosystem of ['npm', 'github-actions']) {
      expect(update(ecosystem)).toMatchObject({ directory: '/', schedule: { interval: 'weekly' } })
    }
  })

  it('groups the AWS SDK and the actions toolkit into one pull request each', () => {
    const groups = Object.values(update('npm')?.groups ?? {}).map((g) => g.patterns)
    expect(groups).toContainEqual(expect.arrayContaining(['@aws-sdk/*']))
    expect(groups).toContainEqual(expect.arrayContaining(['@actions/*']))
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    // every AWS SDK and toolkit package the build bundles falls in its group
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    const grouped = names.filter((n) => /^@(aws-sdk|actions)\//.test(n))
    expect(grouped.length).toBeGreaterThan(0)
    for (const name of grouped) {
      const scope = name.split('/')[0]
      expect(groups.some((patterns) => patterns.includes(`${scope}/*`))).toBe(true)
    }
  })
})
