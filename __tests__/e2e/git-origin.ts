import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** A bare repository standing in for the GitHub remote that `actions/checkout` clones. */
export interface GitOrigin {
  /** the bare repository on disk */
  dir: string
  /** what `git remote add origin` gets, like the https URL on a runner */
  url: string
  /** git's environment: an empty HOME, no system config, nothing of the developer's */
  env: Record<string, string>
}

const HUMAN = { name: 'Octo Cat', email: 'octocat@example.com' }

export function git(cwd: string, env: Record<string, string>, args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: 'pipe' }).trim()
}

/** A bare origin with a `main` branch holding `files` in one commit by a person. */
export async function createOrigin(
  root: string,
  files: Record<string, string>,
): Promise<GitOrigin> {
  const home = path.join(root, 'home')
  await mkdir(home, { recursive: true })
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1' }
  const dir = path.join(root, 'origin.git')
  git(root, env, ['init', '--quiet', '--bare', '--initial-branch=main', dir])
  const origin = { dir, url: pathToFileURL(dir).href, env }
  await pushAsPerson(origin, files, 'Add dossiers')
  return origin
}

/** Someone else pushes `files` (path -> new content) to main; returns the new tip. */
export async function pushAsPerson(
  origin: GitOrigin,
  files: Record<string, string>,
  message: string,
): Promise<string> {
  const clone = await mkdtemp(path.join(path.dirname(origin.dir), 'person-'))
  try {
    git(clone, origin.env, ['init', '--quiet', '--initial-branch=main'])
    if (hasMain(origin)) git(clone, origin.env, ['pull', '--quiet', origin.url, 'main'])
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(clone, file)), { recursive: true })
      await writeFile(path.join(clone, file), text)
    }
    git(clone, origin.env, ['add', '--all'])
    const identity = ['-c', `user.name=${HUMAN.name}`, '-c', `user.email=${HUMAN.email}`]
    git(clone, origin.env, [...identity, 'commit', '--quiet', '-m', message])
    git(clone, origin.env, ['push', '--quiet', origin.url, 'HEAD:refs/heads/main'])
    return tipOf(origin)
  } finally {
    await rm(clone, { recursive: true, force: true })
  }
}

function hasMain(origin: GitOrigin): boolean {
  return git(origin.dir, origin.env, ['branch', '--list', 'main']) !== ''
}

export function tipOf(origin: GitOrigin, branch = 'main'): string {
  return git(origin.dir, origin.env, ['rev-parse', `refs/heads/${branch}`])
}

/** Commits in `from..to`, newest first. */
export function commitsBetween(origin: GitOrigin, from: string, to: string): string[] {
  return git(origin.dir, origin.env, ['rev-list', `${from}..${to}`])
    .split('\n')
    .filter(Boolean)
}

/** `[status, path]` of every file a commit changes, e.g. `['A', 'x.ds.md.sig']`. */
export function filesChangedBy(origin: GitOrigin, commit: string): Array<[string, string]> {
  return git(origin.dir, origin.env, ['diff-tree', '--no-commit-id', '-r', '--name-status', commit])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string])
}

/** `%an <%ae>` and the full message of a commit. */
export function commitInfo(origin: GitOrigin, commit: string): { author: string; message: string } {
  const [author = '', ...message] = git(origin.dir, origin.env, [
    'show',
    '--no-patch',
    '--format=%an <%ae>%n%B',
    commit,
  ]).split('\n')
  return { author, message: message.join('\n').trim() }
}

/** A file's bytes as committed. */
export function fileAt(origin: GitOrigin, commit: string, file: string): Buffer {
  return execFileSync('git', ['show', `${commit}:${file}`], { cwd: origin.dir, env: origin.env })
}
