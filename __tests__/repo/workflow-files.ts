import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import yaml from 'js-yaml'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { git, type GitOrigin } from '../e2e/git-origin.js'
import type { WorkflowStep } from '../e2e/readme-workflow.js'

export const WORKFLOWS_DIR = path.join(REPO_ROOT, '.github', 'workflows')

/** A workflow file as GitHub reads it: jobs with permissions, steps, conditions. */
export interface WorkflowFile {
  name: string
  on: Record<string, unknown>
  permissions?: Record<string, string> | string
  jobs: Record<
    string,
    {
      'runs-on'?: string
      if?: string
      permissions?: Record<string, string> | string
      uses?: string
      steps?: WorkflowStep[]
      [key: string]: unknown
    }
  >
}

/** Every `.github/workflows/*.yml` / `*.yaml` file name. */
export function workflowFileNames(): string[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
}

export function workflowText(file: string): string {
  return readFileSync(path.join(WORKFLOWS_DIR, file), 'utf8')
}

export function loadWorkflow(file: string): WorkflowFile {
  return yaml.load(workflowText(file)) as WorkflowFile
}

/** The step of `job` named `name`; throws when there is not exactly one. */
export function stepNamed(workflow: WorkflowFile, job: string, name: string): WorkflowStep {
  const steps = (workflow.jobs[job]?.steps ?? []).filter((s) => s.name === name)
  if (steps.length !== 1) throw new Error(`job ${job} needs exactly one step named "${name}"`)
  return steps[0] as WorkflowStep
}

/**
 * A bare origin whose `main` holds this checkout as it is on disk: every tracked file with
 * its working-tree bytes (uncommitted edits included, deleted files left out), so a
 * workflow run on it sees what the next commit will hold.
 */
export async function originFromWorkingTree(root: string): Promise<GitOrigin> {
  const home = path.join(root, 'home')
  await mkdir(home, { recursive: true })
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1' }
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean)
  const tree = await mkdtemp(path.join(root, 'tree-'))
  git(tree, env, ['init', '--quiet', '--initial-branch=main'])
  for (const file of tracked) {
    const from = path.join(REPO_ROOT, file)
    try {
      await mkdir(path.dirname(path.join(tree, file)), { recursive: true })
      await copyFile(from, path.join(tree, file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  git(tree, env, ['add', '--all'])
  const identity = ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com']
  git(tree, env, [...identity, 'commit', '--quiet', '-m', 'This checkout'])
  const dir = path.join(root, 'origin.git')
  git(root, env, ['clone', '--quiet', '--bare', tree, dir])
  return { dir, url: pathToFileURL(dir).href, env }
}
