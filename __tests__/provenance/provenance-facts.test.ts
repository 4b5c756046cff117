import { describe, expect, it } from '@jest/globals'
import { factsSourceOf, provenanceFactsFrom } from '../../src/action/provenance-facts.js'
import { claimsFromJwt } from '../../src/aws/oidc-claims.js'
import { defaultGitHubClaims } from '../../stack/github-claims.js'
import { sampleRun } from './fixtures.js'

const jwt = (payload: unknown): string =>
  `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`

/** What a GitHub-hosted runner sets, for a run unlike the token's. */
const RUNNER_ENV: NodeJS.ProcessEnv = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'env-owner/env-repo',
  GITHUB_REPOSITORY_ID: '1',
  GITHUB_REPOSITORY_OWNER_ID: '2',
  GITHUB_WORKFLOW_REF: 'env-owner/env-repo/.github/workflows/env.yml@refs/heads/env',
  GITHUB_REF: 'refs/heads/env',
  GITHUB_SHA: '0'.repeat(40),
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '3',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  RUNNER_ENVIRONMENT: 'self-hosted',
}

describe('claimsFromJwt', () => {
  it("reads every claim provenance records from GitHub's token", () => {
    expect(claimsFromJwt(jwt(defaultGitHubClaims()))).toMatchObject({
      repository: 'imboard-ai/dossier-sign',
      repositoryId: '912345678',
      repositoryOwnerId: '187654321',
      ref: 'refs/heads/main',
      sha: '5f3b9b0b0c4a6e1f2d7c8a9b0e1f2a3b4c5d6e7f',
      workflowRef: 'imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
      jobWorkflowRef: 'imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
      runId: '14000000001',
      runAttempt: '1',
      eventName: 'push',
      runnerEnvironment: 'github-hosted',
    })
  })

  it('drops a claim that is not a string', () => {
    expect(claimsFromJwt(jwt({ run_id: 14, sha: ['a'] }))).toMatchObject({
      runId: undefined,
      sha: undefined,
    })
  })
})

describe('provenanceFactsFrom', () => {
  it("prefers the token's claims to the runner's variables, every one", () => {
    const facts = provenanceFactsFrom(claimsFromJwt(jwt(defaultGitHubClaims())), RUNNER_ENV)
    expect(facts.run).toEqual(sampleRun())
    expect(facts.fromEnvironment).toEqual([])
    expect(facts.missing).toEqual([])
    expect(factsSourceOf(facts)).toBe('the OIDC token claims (accepted by STS)')
  })

  it('falls back to the runner environment without a token, and says so', () => {
    const facts = provenanceFactsFrom(undefined, RUNNER_ENV)
    expect(facts.run).toEqual({
      serverUrl: 'https://github.com',
      repository: 'env-owner/env-repo',
      repositoryId: '1',
      repositoryOwnerId: '2',
      workflowRef: 'env-owner/env-repo/.github/workflows/env.yml@refs/heads/env',
      jobWorkflowRef: 'env-owner/env-repo/.github/workflows/env.yml@refs/heads/env',
      ref: 'refs/heads/env',
      sha: '0'.repeat(40),
      runId: '4242',
      runAttempt: '3',
      eventName: 'workflow_dispatch',
      runnerEnvironment: 'self-hosted',
    })
    expect(facts.fromToken).toEqual([])
    expect(factsSourceOf(facts)).toContain('runner environment')
  })

  it('names each fact taken from the environment when the token lacks it', () => {
    const claims = defaultGitHubClaims() as unknown as Record<string, unknown>
    delete claims['runner_environment']
    delete claims['repository_owner_id']
    const facts = provenanceFactsFrom(claimsFromJwt(jwt(claims)), RUNNER_ENV)
    expect(facts.run?.runnerEnvironment).toBe('self-hosted')
    expect(facts.run?.sha).toBe(defaultGitHubClaims().sha)
    expect(facts.fromEnvironment).toEqual([
      'repository_owner_id (GITHUB_REPOSITORY_OWNER_ID)',
      'runner_environment (RUNNER_ENVIRONMENT)',
    ])
    expect(factsSourceOf(facts)).toBe(
      'the OIDC token claims (accepted by STS), except repository_owner_id (GITHUB_REPOSITORY_OWNER_ID), runner_environment (RUNNER_ENVIRONMENT) from the runner environment',
    )
  })

  it('gives no run when a fact is in neither place, and names it', () => {
    const env = { ...RUNNER_ENV, GITHUB_RUN_ATTEMPT: '', RUNNER_ENVIRONMENT: undefined }
    const facts = provenanceFactsFrom(undefined, env)
    expect(facts.run).toBeUndefined()
    expect(facts.missing).toEqual([
      'run_attempt (GITHUB_RUN_ATTEMPT)',
      'runner_environment (RUNNER_ENVIRONMENT)',
    ])
  })

  it('takes the server URL from GITHUB_SERVER_URL (the token has none), github.com without it', () => {
    const claims = claimsFromJwt(jwt(defaultGitHubClaims()))
    expect(
      provenanceFactsFrom(claims, { GITHUB_SERVER_URL: 'https://ghe.example.com' }).run?.serverUrl,
    ).toBe('https://ghe.example.com')
    expect(provenanceFactsFrom(claims, {}).run?.serverUrl).toBe('https://github.com')
  })
})
