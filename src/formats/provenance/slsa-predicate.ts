import { ProvenanceError } from './provenance-error.js'
import { objectAt, shown, stringAt } from './json-fields.js'

/** SLSA provenance v1, with the GitHub Actions workflow build type (formats.md 7). */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

/**
 * The facts of one GitHub Actions run that the predicate records, named after the OIDC
 * token claims they come from (all strings, as in the token).
 */
export interface WorkflowRun {
  /** `https://github.com`, or a GitHub Enterprise Server's URL. */
  serverUrl: string
  /** `owner/name` */
  repository: string
  repositoryId: string
  repositoryOwnerId: string
  /** The workflow the run started: `owner/name/.github/workflows/x.yml@refs/heads/main`. */
  workflowRef: string
  /** The workflow file the job ran in (a reusable workflow's, when it is one): the builder. */
  jobWorkflowRef: string
  ref: string
  /** The commit the run was for. */
  sha: string
  runId: string
  runAttempt: string
  eventName: string
  runnerEnvironment: string
}

/**
 * The predicate exactly as actions/toolkit's attest package builds it
 * (`buildSLSAProvenancePredicate`), so tools that read GitHub's attestations read ours.
 */
export function slsaPredicateFrom(run: WorkflowRun): Record<string, unknown> {
  // owner/repo/.github/workflows/main.yml@refs/heads/main -> path, ref. A tag may
  // itself hold '@' (changesets' pkg@1.0.0), so everything after the first one is the ref.
  const [workflowPath = '', ...refParts] = run.workflowRef
    .replace(`${run.repository}/`, '')
    .split('@')
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: refParts.join('@'),
          repository: `${run.serverUrl}/${run.repository}`,
          path: workflowPath,
        },
      },
      internalParameters: {
        github: {
          event_name: run.eventName,
          repository_id: run.repositoryId,
          repository_owner_id: run.repositoryOwnerId,
          runner_environment: run.runnerEnvironment,
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`,
          digest: { gitCommit: run.sha },
        },
      ],
    },
    runDetails: {
      builder: { id: builderIdOf(run) },
      metadata: {
        invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
      },
    },
  }
}

/** `<server>/<job_workflow_ref>`: who built, in SLSA's words. */
export function builderIdOf(run: WorkflowRun): string {
  return `${run.serverUrl}/${run.jobWorkflowRef}`
}

/** What a verifier compares with its policy, read back from a predicate. */
export interface WorkflowProvenance {
  builderId: string
  invocationId: string
  /** `https://github.com/owner/name` */
  repositoryUrl: string
  /** `owner/name`: the repository URL's path. */
  repository: string
  /** `.github/workflows/x.yml` */
  workflowPath: string
  /** The workflow's ref, e.g. `refs/heads/main`. */
  workflowRef: string
  /** The source the run built: the ref in `resolvedDependencies[0].uri`, and its commit. */
  sourceRef: string
  commit: string
  github: {
    event_name: string
    repository_id: string
    repository_owner_id: string
    runner_environment: string
  }
}

/**
 * The workflow facts of a SLSA v1 predicate in the GitHub workflow shape; anything else
 * is a `provenance-bad-predicate`. The caller checks `predicateType` first: cosign does
 * not on new-format bundles, so a verifier must.
 */
export function workflowProvenanceFrom(predicate: Record<string, unknown>): WorkflowProvenance {
  const at = (value: unknown, where: string) => objectAt(value, where, 'provenance-bad-predicate')
  const text = (value: unknown, where: string) => stringAt(value, where, 'provenance-bad-predicate')
  const definition = at(predicate['buildDefinition'], 'buildDefinition')
  if (definition['buildType'] !== GITHUB_WORKFLOW_BUILD_TYPE) {
    throw new ProvenanceError(
      'provenance-bad-predicate',
      `has buildType ${shown(definition['buildType'])}; expected "${GITHUB_WORKFLOW_BUILD_TYPE}"`,
    )
  }
  const external = at(definition['externalParameters'], 'externalParameters')
  const workflow = at(external['workflow'], 'externalParameters.workflow')
  const github = at(
    at(definition['internalParameters'], 'internalParameters')['github'],
    'internalParameters.github',
  )
  const dependencies = definition['resolvedDependencies']
  if (!Array.isArray(dependencies) || dependencies.length === 0) {
    throw new ProvenanceError('provenance-bad-predicate', 'has no resolvedDependencies')
  }
  const source = at(dependencies[0], 'resolvedDependencies[0]')
  const runDetails = at(predicate['runDetails'], 'runDetails')
  const repositoryUrl = text(workflow['repository'], 'externalParameters.workflow.repository')
  const uri = text(source['uri'], 'resolvedDependencies[0].uri')
  const sourcePrefix = `git+${repositoryUrl}@`
  if (!uri.startsWith(sourcePrefix)) {
    throw new ProvenanceError(
      'provenance-bad-predicate',
      `has resolvedDependencies[0].uri ${shown(uri)}, not the workflow's repository ${shown(repositoryUrl)} at a ref`,
    )
  }
  return {
    builderId: text(at(runDetails['builder'], 'runDetails.builder')['id'], 'runDetails.builder.id'),
    invocationId: text(
      at(runDetails['metadata'], 'runDetails.metadata')['invocationId'],
      'runDetails.metadata.invocationId',
    ),
    repositoryUrl,
    repository: repositoryPathOf(repositoryUrl),
    workflowPath: text(workflow['path'], 'externalParameters.workflow.path'),
    workflowRef: text(workflow['ref'], 'externalParameters.workflow.ref'),
    sourceRef: uri.slice(sourcePrefix.length),
    commit: text(
      at(source['digest'], 'resolvedDependencies[0].digest')['gitCommit'],
      'resolvedDependencies[0].digest.gitCommit',
    ),
    github: {
      event_name: text(github['event_name'], 'internalParameters.github.event_name'),
      repository_id: text(github['repository_id'], 'internalParameters.github.repository_id'),
      repository_owner_id: text(
        github['repository_owner_id'],
        'internalParameters.github.repository_owner_id',
      ),
      runner_environment: text(
        github['runner_environment'],
        'internalParameters.github.runner_environment',
      ),
    },
  }
}

function repositoryPathOf(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (error) {
    throw new ProvenanceError(
      'provenance-bad-predicate',
      `has externalParameters.workflow.repository ${shown(url)}, not a URL`,
      { cause: error },
    )
  }
  return parsed.pathname.replace(/^\/+|\/+$/g, '')
}
