import { jsonObjectFrom, objectAt, optionalString, stringAt } from './bounded-json.js'
import { ProvenanceError } from '../../formats/provenance/provenance-error.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/**
 * What the predicate says about the run that signed (actions/toolkit attest's shape).
 * Asserted by whoever holds the key: the key and role policies are what make it true.
 */
export interface ProvenanceClaims {
  /** `owner/name`, from externalParameters.workflow.repository (else the builder id). */
  repository?: string
  /** The run's workflow file in that repository: externalParameters.workflow.path. */
  workflowPath?: string
  /** The job workflow that ran, `owner/repo/<path>@<ref>`: runDetails.builder.id less its server. */
  workflowRef?: string
  /** externalParameters.workflow.ref, e.g. `refs/heads/main`. */
  ref?: string
  /** The first resolved dependency's gitCommit. */
  commit?: string
  /** runDetails.metadata.invocationId: the run's URL. */
  run?: string
}

/** An in-toto statement as read, before anything in it is trusted. */
export interface Statement {
  type: unknown
  predicateType: unknown
  /** Subject name (a workspace path) to its SHA-256. */
  subjects: ReadonlyMap<string, Buffer>
  claims: ProvenanceClaims
}

const SHA256_HEX = /^[0-9a-f]{64}$/
/** `https://github.com/` (any server) before `owner/repo/...`. */
const SERVER_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\//i

/**
 * The statement in a DSSE payload. Every subject must name a path and a SHA-256 and
 * appear once: a statement that pinned one path to two contents would let either pass.
 */
export function statementFrom(payload: Buffer): Statement {
  const root = jsonObjectFrom(payload, 'the statement')
  const list = root['subject']
  if (!Array.isArray(list)) throw new ProvenanceError('provenance-bad-field', 'has no subject list')
  const subjects = new Map<string, Buffer>()
  list.forEach((entry: unknown, i) => {
    const subject = objectAt(entry, `subject[${i}]`)
    const name = stringAt(subject['name'], `subject[${i}].name`)
    const hex = optionalString(subject, 'digest', 'sha256')
    if (hex === undefined || !SHA256_HEX.test(hex)) {
      throw new ProvenanceError('provenance-bad-field', `has no SHA-256 at subject[${i}].digest`)
    }
    if (subjects.has(name)) {
      throw new ProvenanceError(
        'provenance-duplicate-subject',
        `lists ${JSON.stringify(name)} more than once`,
      )
    }
    subjects.set(name, Buffer.from(hex, 'hex'))
  })
  return {
    type: root['_type'],
    predicateType: root['predicateType'],
    subjects,
    claims: claimsOf(root['predicate']),
  }
}

function claimsOf(predicate: unknown): ProvenanceClaims {
  const workflow = ['buildDefinition', 'externalParameters', 'workflow']
  const builder = optionalString(predicate, 'runDetails', 'builder', 'id')
  const workflowRef = builder?.replace(SERVER_PREFIX, '')
  const dependencies = objectOrUndefined(predicate, 'buildDefinition')?.['resolvedDependencies']
  const claims: ProvenanceClaims = {
    repository:
      repositoryOf(optionalString(predicate, ...workflow, 'repository')) ?? repositoryOf(builder),
    workflowPath: optionalString(predicate, ...workflow, 'path'),
    workflowRef,
    ref: optionalString(predicate, ...workflow, 'ref'),
    commit: Array.isArray(dependencies)
      ? optionalString(dependencies[0], 'digest', 'gitCommit')
      : undefined,
    run: optionalString(predicate, 'runDetails', 'metadata', 'invocationId'),
  }
  return Object.fromEntries(
    Object.entries(claims).filter(([, value]) => value !== undefined),
  ) as ProvenanceClaims
}

/** `owner/name` from `https://github.com/owner/name` or a builder id below it. */
function repositoryOf(url: string | undefined): string | undefined {
  if (url === undefined || !SERVER_PREFIX.test(url)) return undefined
  const [owner, name] = url.replace(SERVER_PREFIX, '').split('/')
  return owner && name ? `${owner}/${name.split('@')[0]}` : undefined
}

function objectOrUndefined(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const child = (value as Record<string, unknown>)[key]
  return typeof child === 'object' && child !== null && !Array.isArray(child)
    ? (child as Record<string, unknown>)
    : undefined
}
