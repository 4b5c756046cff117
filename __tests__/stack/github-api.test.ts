import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startStack, type PullRequestFile, type Stack } from '../../stack/index.js'

const REPO = 'imboard-ai/dossier-sign'
let stack: Stack
const files: PullRequestFile[] = Array.from({ length: 250 }, (_, i) => ({
  filename: `dossiers/d${String(i).padStart(3, '0')}.ds.md`,
  status: i === 0 ? 'renamed' : i === 1 ? 'removed' : 'modified',
  ...(i === 0 ? { previous_filename: 'old/d000.ds.md' } : {}),
}))

beforeAll(async () => {
  stack = await startStack()
  stack.github.setPullRequestFiles(REPO, 7, files)
})

afterAll(async () => {
  await stack.stop()
})

async function get(path: string, token = stack.github.token, scheme = 'token') {
  const response = await fetch(`${stack.urls.github}${path}`, {
    headers: { authorization: `${scheme} ${token}` },
  })
  return {
    status: response.status,
    link: response.headers.get('link'),
    body: (await response.json()) as unknown,
  }
}

describe('GitHub pull request files', () => {
  it('pages with per_page (max 100) and RFC 5988 Link headers', async () => {
    const first = await get(`/repos/${REPO}/pulls/7/files?per_page=100`)
    expect(first.status).toBe(200)
    expect(first.body).toHaveLength(100)
    const base = `${stack.urls.github}/repos/${REPO}/pulls/7/files`
    expect(first.link).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`,
    )
    expect((first.body as unknown[])[0]).toEqual({
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      filename: 'dossiers/d000.ds.md',
      status: 'renamed',
      previous_filename: 'old/d000.ds.md',
      additions: 1,
      deletions: 1,
      changes: 2,
    })
    const last = await get(
      `/repos/${REPO}/pulls/7/files?per_page=100&page=3`,
      stack.github.token,
      'Bearer',
    )
    expect(last.body).toHaveLength(50)
    expect(last.link).toBe(
      `<${base}?per_page=100&page=1>; rel="first", <${base}?per_page=100&page=2>; rel="prev"`,
    )
    expect((await get(`/repos/${REPO}/pulls/7/files?per_page=500`)).body).toHaveLength(100)
    expect((await get(`/repos/${REPO}/pulls/7/files`)).body).toHaveLength(30)
    expect(
      stack.log.count({ service: 'github', action: 'ListPullRequestFiles', status: 200 }),
    ).toBe(4)
  })

  it('answers 404 for unknown pull requests and 401 for bad tokens', async () => {
    expect(await get(`/repos/${REPO}/pulls/8/files`)).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    })
    expect(await get(`/repos/${REPO}/pulls/7/files`, 'ghp_wrong')).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    })
    const anonymous = await fetch(`${stack.urls.github}/repos/${REPO}/pulls/7/files`)
    expect(anonymous.status).toBe(401)
  })

  it('serves Octokit from @actions/github, which follows the Link headers', async () => {
    const octokit = getOctokit(stack.github.token, { baseUrl: stack.urls.github })
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'imboard-ai',
      repo: 'dossier-sign',
      pull_number: 7,
      per_page: 100,
    })
    expect(listed.map((file) => file.filename)).toEqual(files.map((file) => file.filename))
  })
})
