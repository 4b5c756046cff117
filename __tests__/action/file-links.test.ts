import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { blobLinks, encodeSegment, fileLinks } from '../../src/action/file-links.js'

const MERGE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_SHA: MERGE,
}
let dir: string
let event: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-sign-links-'))
  event = path.join(dir, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('fileLinks', () => {
  it('links to GITHUB_SHA on a push', async () => {
    const link = await fileLinks({ ...ENV, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event })
    expect(link('docs/a.ds.md')).toBe(`https://github.com/o/r/blob/${MERGE}/docs/a.ds.md`)
  })

  it.each(['pull_request', 'pull_request_target'])(
    "links to the pull request's head commit on %s, not the merge commit",
    async (name) => {
      const link = await fileLinks({ ...ENV, GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event })
      expect(link('docs/a.ds.md')).toBe(`https://github.com/o/r/blob/${HEAD}/docs/a.ds.md`)
    },
  )

  it('falls back to GITHUB_SHA when the event payload cannot be read', async () => {
    const link = await fileLinks({
      ...ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(dir, 'missing.json'),
    })
    expect(link('a.ds.md')).toBe(`https://github.com/o/r/blob/${MERGE}/a.ds.md`)
  })

  it('uses the server of GitHub Enterprise Server', async () => {
    const link = await fileLinks({ ...ENV, GITHUB_SERVER_URL: 'https://ghe.example.com:8443/' })
    expect(link('a.ds.md')).toBe(`https://ghe.example.com:8443/o/r/blob/${MERGE}/a.ds.md`)
  })

  it.each<[string, string | undefined, string | undefined, string | undefined]>([
    ['no server', undefined, 'o/r', MERGE],
    ['a javascript: server', 'javascript:alert(1)', 'o/r', MERGE],
    ['a repository with a path in it', 'https://github.com', 'o/r/../x', MERGE],
    ['a repository with markup', 'https://github.com', 'o/r)[x', MERGE],
    ['no commit', 'https://github.com', 'o/r', undefined],
    ['a ref instead of a commit', 'https://github.com', 'o/r', 'main'],
  ])('makes no links with %s', (_, server, repository, sha) => {
    expect(blobLinks(server, repository, sha)('a.ds.md')).toBeUndefined()
  })

  it('percent-encodes every segment, so no path can end the URL or leave blob/SHA/', () => {
    const link = blobLinks('https://github.com', 'o/r', MERGE)
    expect(link("a b/(c)!'*/#?%.ds.md")).toBe(
      `https://github.com/o/r/blob/${MERGE}/a%20b/%28c%29%21%27%2A/%23%3F%25.ds.md`,
    )
    expect(encodeSegment('é<>|\\`[]')).toBe('%C3%A9%3C%3E%7C%5C%60%5B%5D')
  })
})
