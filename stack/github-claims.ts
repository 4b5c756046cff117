/** The custom claims GitHub Actions puts in its OIDC tokens (all values are strings). */
export interface GitHubClaims {
  sub: string
  repository: string
  repository_id: string
  repository_owner: string
  repository_owner_id: string
  repository_visibility: string
  ref: string
  ref_type: string
  ref_protected: string
  sha: string
  workflow: string
  workflow_ref: string
  workflow_sha: string
  job_workflow_ref: string
  job_workflow_sha: string
  run_id: string
  run_number: string
  run_attempt: string
  actor: string
  actor_id: string
  event_name: string
  environment?: string
  runner_environment: string
}

const SHA = '5f3b9b0b0c4a6e1f2d7c8a9b0e1f2a3b4c5d6e7f'
const WORKFLOW_REF = 'imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main'

/** A push to main of imboard-ai/dossier-sign on a GitHub-hosted runner. */
export function defaultGitHubClaims(): GitHubClaims {
  return {
    sub: 'repo:imboard-ai/dossier-sign:ref:refs/heads/main',
    repository: 'imboard-ai/dossier-sign',
    repository_id: '912345678',
    repository_owner: 'imboard-ai',
    repository_owner_id: '187654321',
    repository_visibility: 'public',
    ref: 'refs/heads/main',
    ref_type: 'branch',
    ref_protected: 'true',
    sha: SHA,
    workflow: 'Sign dossiers',
    workflow_ref: WORKFLOW_REF,
    workflow_sha: SHA,
    job_workflow_ref: WORKFLOW_REF,
    job_workflow_sha: SHA,
    run_id: '14000000001',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    event_name: 'push',
    runner_environment: 'github-hosted',
  }
}
