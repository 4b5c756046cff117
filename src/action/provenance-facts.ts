import type { OidcClaims } from '../aws/oidc-claims.js'
import type { WorkflowRun } from '../formats/provenance/slsa-predicate.js'

/** Where the run's facts in a provenance predicate came from, field by field. */
export interface ProvenanceFacts {
  /** Undefined when some fact is in neither place (`missing` names it). */
  run?: WorkflowRun
  /** Claim names read from the OIDC token STS accepted. */
  fromToken: string[]
  /** Claim names read from the runner's variables instead (no token, or no such claim). */
  fromEnvironment: string[]
  missing: string[]
}

type ClaimFact = Exclude<keyof WorkflowRun, 'serverUrl'>

/**
 * Each fact: its claim in the token, and the runner variable that says the same. The
 * job's workflow has no variable of its own; GITHUB_WORKFLOW_REF is the same file
 * unless the job runs in a reusable workflow.
 */
const SOURCES: Record<ClaimFact, { claim: string; from: keyof OidcClaims; variable: string }> = {
  repository: { claim: 'repository', from: 'repository', variable: 'GITHUB_REPOSITORY' },
  repositoryId: { claim: 'repository_id', from: 'repositoryId', variable: 'GITHUB_REPOSITORY_ID' },
  repositoryOwnerId: {
    claim: 'repository_owner_id',
    from: 'repositoryOwnerId',
    variable: 'GITHUB_REPOSITORY_OWNER_ID',
  },
  workflowRef: { claim: 'workflow_ref', from: 'workflowRef', variable: 'GITHUB_WORKFLOW_REF' },
  jobWorkflowRef: {
    claim: 'job_workflow_ref',
    from: 'jobWorkflowRef',
    variable: 'GITHUB_WORKFLOW_REF',
  },
  ref: { claim: 'ref', from: 'ref', variable: 'GITHUB_REF' },
  sha: { claim: 'sha', from: 'sha', variable: 'GITHUB_SHA' },
  runId: { claim: 'run_id', from: 'runId', variable: 'GITHUB_RUN_ID' },
  runAttempt: { claim: 'run_attempt', from: 'runAttempt', variable: 'GITHUB_RUN_ATTEMPT' },
  eventName: { claim: 'event_name', from: 'eventName', variable: 'GITHUB_EVENT_NAME' },
  runnerEnvironment: {
    claim: 'runner_environment',
    from: 'runnerEnvironment',
    variable: 'RUNNER_ENVIRONMENT',
  },
}

/**
 * The run's facts from the OIDC token's claims where it has them (STS accepted the
 * token, so they are GitHub's), else from the runner's GITHUB_* variables (which any
 * earlier step of the job could have set). The server URL is never in the token:
 * GITHUB_SERVER_URL, as actions/toolkit reads it.
 */
export function provenanceFactsFrom(
  claims: OidcClaims | undefined,
  env: NodeJS.ProcessEnv,
): ProvenanceFacts {
  const fromToken: string[] = []
  const fromEnvironment: string[] = []
  const missing: string[] = []
  const run: Partial<WorkflowRun> = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' }
  for (const [field, source] of Object.entries(SOURCES) as Array<
    [ClaimFact, (typeof SOURCES)[ClaimFact]]
  >) {
    const claimed = claims?.[source.from]
    const variable = env[source.variable]
    if (claimed) {
      run[field] = claimed
      fromToken.push(source.claim)
    } else if (variable) {
      run[field] = variable
      fromEnvironment.push(`${source.claim} (${source.variable})`)
    } else {
      missing.push(`${source.claim} (${source.variable})`)
    }
  }
  return {
    ...(missing.length === 0 ? { run: run as WorkflowRun } : {}),
    fromToken,
    fromEnvironment,
    missing,
  }
}

/** One line for the summary: which source the predicate's facts came from. */
export function factsSourceOf(facts: ProvenanceFacts): string {
  if (facts.fromEnvironment.length === 0) return 'the OIDC token claims (accepted by STS)'
  if (facts.fromToken.length === 0) {
    return 'the runner environment (GITHUB_* variables): no OIDC token was used'
  }
  return `the OIDC token claims (accepted by STS), except ${facts.fromEnvironment.join(', ')} from the runner environment`
}
