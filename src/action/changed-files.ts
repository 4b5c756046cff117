import { readFile } from 'node:fs/promises'
import { CodedError } from '../errors.js'
import { SIGNATURE_SUFFIXES } from '../files/workspace-files.js'

export class ChangedFilesError extends CodedError<'no-pull-request' | 'api-failed'> {}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')
}

/**
 * The workspace paths a pull request adds or modifies, from the GitHub API. A change
 * to `x.ds.md.sig` (or another signature file) counts as a change to `x.ds.md`:
 * swapping or deleting only a signature must not slip past a changed-files check.
 * Undefined when the pull request is too large for the API to list.
 */
export async function pullRequestChangedFiles(
  env: NodeJS.ProcessEnv,
  token: string,
): Promise<Set<string> | undefined> {
  const event = env.GITHUB_EVENT_PATH
    ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { number?: number }
      })
    : {}
  const number = event.pull_request?.number
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (typeof number !== 'number' || !owner || !repo) {
    throw new ChangedFilesError(
      'no-pull-request',
      '`changed-only` needs a pull_request event (with GITHUB_EVENT_PATH and GITHUB_REPOSITORY); set `changed-only: false` to check every matching file.',
    )
  }
  // Loaded here, not at start-up: only a pull-request check needs the GitHub client.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {})
  let files: Array<{ filename: string; status: string }>
  try {
    files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    })
  } catch (error) {
    throw new ChangedFilesError(
      'api-failed',
      `cannot list the files of pull request #${number} (${(error as Error).message}); check that \`github-token\` can read pull requests (permissions: pull-requests: read).`,
      { cause: error },
    )
  }
  // The API lists at most 3000 files of a pull request; past that we cannot know
  // what changed, so the caller checks everything rather than guess.
  if (files.length >= MAX_LISTED_FILES) return undefined
  const changed = new Set<string>()
  for (const f of files) {
    if (f.status !== 'removed') changed.add(f.filename)
    const suffix = SIGNATURE_SUFFIXES.find((s) => f.filename.endsWith(s))
    if (suffix) changed.add(f.filename.slice(0, -suffix.length))
  }
  return changed
}

const MAX_LISTED_FILES = 3000
