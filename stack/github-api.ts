import { createHash, randomUUID } from 'node:crypto'
import type { Faults } from './faults.js'
import { startService, type Reply, type RunningService } from './http-service.js'
import type { RequestLog } from './request-log.js'
import { ServiceError } from './service-error.js'

export type PullRequestFileStatus =
  'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface PullRequestFile {
  filename: string
  status: PullRequestFileStatus
  previous_filename?: string
}

export interface GitHubApiDeps {
  token: string
  faults: Faults
  log: RequestLog
  /** 'owner/name#number' -> files */
  pullRequestFiles: Map<string, PullRequestFile[]>
  /** 'owner/name@ref:path' -> the file's bytes at that commit */
  contents: Map<string, Buffer>
}

const PULL_FILES_PATH = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/
const CONTENTS_PATH = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/
/** GitHub inlines a file's content in the JSON answer only up to 1 MB. */
const MAX_INLINE_BYTES = 1024 * 1024
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100

/**
 * REST API v3, just `GET /repos/{owner}/{repo}/pulls/{n}/files`, paginated as GitHub does,
 * and `GET /repos/{owner}/{repo}/contents/{path}?ref=` for files (JSON, base64 content).
 */
export function startGitHubApi(deps: GitHubApiDeps): Promise<RunningService> {
  return startService((baseUrl) => ({
    service: 'github',
    faults: deps.faults,
    log: deps.log,
    identify: (call) => ({
      action: PULL_FILES_PATH.test(call.url.pathname)
        ? 'ListPullRequestFiles'
        : CONTENTS_PATH.test(call.url.pathname)
          ? 'GetContent'
          : 'Unknown',
    }),
    handle: (call) => {
      const authorization = call.headers.authorization
      if (authorization === undefined)
        throw new ServiceError(401, 'Unauthorized', 'Requires authentication')
      if (authorization !== `token ${deps.token}` && authorization !== `Bearer ${deps.token}`) {
        throw new ServiceError(401, 'Unauthorized', 'Bad credentials')
      }
      const contents = CONTENTS_PATH.exec(call.url.pathname)
      if (contents !== null && call.method === 'GET') return contentReply(deps, contents, call.url)
      const match = PULL_FILES_PATH.exec(call.url.pathname)
      const files =
        match === null
          ? undefined
          : deps.pullRequestFiles.get(`${match[1]}/${match[2]}#${match[3]}`)
      if (call.method !== 'GET' || files === undefined)
        throw new ServiceError(404, 'NotFound', 'Not Found')

      const perPage = clamp(
        Number(call.url.searchParams.get('per_page') ?? DEFAULT_PER_PAGE),
        1,
        MAX_PER_PAGE,
      )
      const lastPage = Math.max(1, Math.ceil(files.length / perPage))
      const page = clamp(Number(call.url.searchParams.get('page') ?? 1), 1, Number.MAX_SAFE_INTEGER)
      const body = files.slice((page - 1) * perPage, page * perPage).map(toApiFile)
      const pageUrl = (n: number) =>
        `<${baseUrl}${call.url.pathname}?per_page=${perPage}&page=${n}>`
      const links = [
        ...(page < lastPage
          ? [`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`]
          : []),
        ...(page > 1 ? [`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`] : []),
      ]
      const reply = json(200, body)
      if (links.length > 0) reply.headers = { ...reply.headers, link: links.join(', ') }
      return reply
    },
    errorReply: (error) =>
      json(error.status, {
        message: error.message,
        documentation_url: 'https://docs.github.com/rest',
        status: String(error.status),
      }),
  }))
}

function contentReply(deps: GitHubApiDeps, match: RegExpExecArray, url: URL): Reply {
  const repo = `${match[1]}/${match[2]}`
  const filePath = decodeURIComponent(match[3] ?? '')
  const ref = url.searchParams.get('ref') ?? 'HEAD'
  const bytes = deps.contents.get(`${repo}@${ref}:${filePath}`)
  if (bytes === undefined) throw new ServiceError(404, 'NotFound', 'Not Found')
  const inline = bytes.length <= MAX_INLINE_BYTES
  return json(200, {
    type: 'file',
    encoding: inline ? 'base64' : 'none',
    size: bytes.length,
    name: filePath.split('/').pop(),
    path: filePath,
    sha: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'),
    // GitHub wraps the base64 at 60 characters per line.
    content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '',
  })
}

function toApiFile(file: PullRequestFile) {
  const additions = file.status === 'removed' ? 0 : 1
  const deletions = file.status === 'added' ? 0 : 1
  return {
    sha: createHash('sha1').update(file.filename).digest('hex'),
    filename: file.filename,
    status: file.status,
    additions,
    deletions,
    changes: additions + deletions,
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min
}

function json(status: number, body: unknown): Reply {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': randomUUID(),
    },
    body: JSON.stringify(body),
  }
}
