import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { CodedError, messageOf } from '../errors.js'
import { SIGNATURE_SUFFIXES } from '../formats/registry.js'

export type PullRequestErrorCode =
  'no-pull-request' | 'api-failed' | 'base-file-unreadable' | 'base-file-too-large'

export class PullRequestError extends CodedError<PullRequestErrorCode> {}

/** What a pull request changed, as far as the API can tell. */
export interface ChangedFiles {
  /**
   * Paths to check: every added, modified or renamed path, and the file a changed,
   * renamed or removed signature file belongs to (so a pull request cannot unsign a
   * file unseen).
   */
  paths: Set<string>
  /** Paths the pull request adds, modifies or renames to: they must exist in its checkout. */
  present: string[]
  /** The API lists at most 3,000 files; past that nothing tells what else changed. */
  truncated: boolean
}

/** A pull request's facts this check needs, and its base commit's files. */
export interface PullRequest {
  number: number
  baseSha: string
  changedFiles(): Promise<ChangedFiles>
  /** The file as the base commit has it; undefined when it does not exist there. */
  baseFile(relative: string): Promise<Buffer | undefined>
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** The API's own cap on a pull request's file list. */
const MAX_LISTED_FILES = 3000
/** The contents API inlines files up to 1 MB; larger ones would need another media type. */
const MAX_CONTENTS_BYTES = 1024 * 1024
const MAX_GIT_OUTPUT = 32 * 1024 * 1024
const run = promisify(execFile)

export function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')
}

/** Undefined when the run is not for a pull request. */
export async function openPullRequest(
  env: NodeJS.ProcessEnv,
  token: string,
  workspace: string,
): Promise<PullRequest | undefined> {
  if (!isPullRequestEvent(env)) return undefined
  const event = env.GITHUB_EVENT_PATH
    ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { number?: unknown; base?: { sha?: unknown } }
      })
    : {}
  const number = event.pull_request?.number
  const baseSha = event.pull_request?.base?.sha
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (typeof number !== 'number' || typeof baseSha !== 'string' || !owner || !repo) {
    throw new PullRequestError(
      'no-pull-request',
      'this pull_request event has no pull request number and base commit (GITHUB_EVENT_PATH, GITHUB_REPOSITORY); set `changed-only: false` and `trust-from: workspace` to check the workspace as it is.',
    )
  }
  // Loaded here, not at start-up: only a pull-request check needs the GitHub client.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {})
  const gitHasBase = hasCommit(workspace, baseSha)

  return {
    number,
    baseSha,
    async changedFiles() {
      let files: Array<{ filename: string; status: string; previous_filename?: string }>
      try {
        files = await octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        })
      } catch (error) {
        throw new PullRequestError(
          'api-failed',
          `cannot list the files of pull request #${number} (${messageOf(error)}); check that \`github-token\` can read pull requests (permissions: pull-requests: read)`,
          { cause: error },
        )
      }
      return changedFilesOf(files)
    },
    async baseFile(relative) {
      if (await gitHasBase) return gitBaseFile(workspace, baseSha, relative)
      let data: unknown
      try {
        ;({ data } = await octokit.rest.repos.getContent({
          owner,
          repo,
          path: relative,
          ref: baseSha,
        }))
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined
        throw new PullRequestError(
          'base-file-unreadable',
          `cannot read ${relative} at the base commit ${baseSha.slice(0, 12)} (${messageOf(error)}); give \`github-token\` \`contents: read\`, or fetch the base commit into the checkout (actions/checkout with fetch-depth: 0)`,
          { cause: error },
        )
      }
      return contentBytes(data, relative)
    },
  }
}

/** Pure, for tests: the API's file list as the paths to check. */
export function changedFilesOf(
  files: ReadonlyArray<{ filename: string; status: string; previous_filename?: string }>,
): ChangedFiles {
  const paths = new Set<string>()
  const present: string[] = []
  for (const f of files) {
    if (f.status !== 'removed') {
      paths.add(f.filename)
      present.push(f.filename)
    }
    for (const name of [f.filename, f.previous_filename]) {
      const suffix = name && SIGNATURE_SUFFIXES.find((s) => name.endsWith(s))
      if (name && suffix) paths.add(name.slice(0, -suffix.length))
    }
  }
  return { paths, present, truncated: files.length >= MAX_LISTED_FILES }
}

function contentBytes(data: unknown, relative: string): Buffer | undefined {
  const file = data as { type?: string; encoding?: string; content?: string; size?: number }
  if (Array.isArray(data) || file.type !== 'file') return undefined
  if (file.encoding !== 'base64' || (file.size ?? 0) > MAX_CONTENTS_BYTES) {
    throw new PullRequestError(
      'base-file-too-large',
      `${relative} at the base commit is larger than the contents API returns inline (1 MB)`,
    )
  }
  return Buffer.from(file.content ?? '', 'base64')
}

async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['-C', workspace, 'cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

/** A regular blob at the base commit; a link or a folder there is no file. */
async function gitBaseFile(
  workspace: string,
  sha: string,
  relative: string,
): Promise<Buffer | undefined> {
  const { stdout } = await run('git', ['-C', workspace, 'ls-tree', '-z', sha, '--', relative], {
    encoding: 'buffer',
  })
  const entry = /^(\d+) blob ([0-9a-f]+)\t/.exec(stdout.toString('utf8'))
  if (entry === null || entry[1] === '120000') return undefined
  const blob = await run('git', ['-C', workspace, 'cat-file', 'blob', entry[2] ?? ''], {
    encoding: 'buffer',
    maxBuffer: MAX_GIT_OUTPUT,
  })
  return blob.stdout
}
