import { readFile } from 'node:fs/promises'
import { isPullRequestEvent } from './pull-request.js'

/** A workspace-relative path to the URL of that file at the run's commit, or undefined. */
export type FileLink = (file: string) => string | undefined

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * Links to each file as the run saw it: `SERVER/OWNER/REPO/blob/SHA/PATH`. On pull
 * requests the commit is the pull request's head (`pull_request.head.sha` in the event
 * payload): GITHUB_SHA there is a merge commit that stops existing once the pull
 * request moves on. Without a server, repository or commit there are no links.
 */
export async function fileLinks(env: NodeJS.ProcessEnv): Promise<FileLink> {
  const head = isPullRequestEvent(env) ? await headSha(env.GITHUB_EVENT_PATH) : undefined
  return blobLinks(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY, head ?? env.GITHUB_SHA)
}

/**
 * The link maker for one commit. Every piece of the URL is checked or percent-encoded,
 * so a link destination holds only `A-Z a-z 0-9 - . _ ~ %` and `/` after the origin:
 * a path cannot end the link early, start markup, or choose the scheme.
 */
export function blobLinks(
  serverUrl: string | undefined,
  repository: string | undefined,
  sha: string | undefined,
): FileLink {
  const origin = originOf(serverUrl)
  if (origin === undefined || !REPOSITORY.test(repository ?? '') || !COMMIT.test(sha ?? '')) {
    return () => undefined
  }
  const base = `${origin}/${repository ?? ''}/blob/${sha ?? ''}`
  return (file) => `${base}/${file.split('/').map(encodeSegment).join('/')}`
}

/** RFC 3986 unreserved characters stay; everything else (`!'()*` too) is percent-encoded. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

function originOf(serverUrl: string | undefined): string | undefined {
  if (!serverUrl) return undefined
  try {
    const url = new URL(serverUrl)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined
  } catch {
    return undefined
  }
}

/** The pull request's head commit from the event payload; undefined when it cannot be read. */
async function headSha(eventPath: string | undefined): Promise<string | undefined> {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(await readFile(eventPath, 'utf8')) as {
      pull_request?: { head?: { sha?: unknown } }
    }
    const sha = event.pull_request?.head?.sha
    return typeof sha === 'string' ? sha : undefined
  } catch {
    // No payload to read: GITHUB_SHA still names a commit that has the files.
    return undefined
  }
}
