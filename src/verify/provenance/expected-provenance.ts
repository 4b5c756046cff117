import { minimatch } from 'minimatch'
import type { ProvenanceClaims } from './statement.js'

/**
 * Who must have signed a provenance bundle (`expected-*` inputs, `--expected-*` flags).
 * Unset fields match anything; a set field must match the signed predicate.
 */
export interface ExpectedProvenance {
  /** `owner/name`, compared without case (GitHub names are case-insensitive). */
  repository?: string
  /**
   * A workflow path (`.github/workflows/sign.yml`), matched against the run's workflow,
   * or an `owner/repo/.github/workflows/x.yml@ref` pattern, matched against the job
   * workflow that ran (the builder id). Globs allowed in both.
   */
  workflow?: string
  /** A glob on the ref, e.g. `refs/heads/main` or `refs/tags/v*`. */
  ref?: string
}

export type ExpectedField = keyof ExpectedProvenance

/** A set `expected-*` input the predicate does not satisfy, for the message and the code. */
export interface ProvenanceMismatch {
  field: ExpectedField
  expected: string
  /** What the predicate says, undefined when it says nothing there. */
  actual?: string
}

const GLOB = { dot: true, nocomment: true, nonegate: true } as const

/** How each field is read from the claims and compared with its expectation. */
const FIELDS: Record<
  ExpectedField,
  (expected: string, claims: ProvenanceClaims) => { matches: boolean; actual?: string }
> = {
  repository: (expected, { repository }) => ({
    matches: repository !== undefined && repository.toLowerCase() === expected.toLowerCase(),
    actual: repository,
  }),
  workflow: (expected, { workflowPath, workflowRef }) => {
    const actual = expected.includes('@') ? workflowRef : (workflowPath ?? pathOf(workflowRef))
    const pattern = expected.replace(/^(\.\/)+/, '')
    return { matches: actual !== undefined && minimatch(actual, pattern, GLOB), actual }
  },
  ref: (expected, { ref }) => ({
    matches: ref !== undefined && minimatch(ref, expected, GLOB),
    actual: ref,
  }),
}

const FIELD_ORDER: readonly ExpectedField[] = ['repository', 'workflow', 'ref']

/** The first set expectation the claims fail, or undefined when all hold. */
export function provenanceMismatch(
  expected: ExpectedProvenance,
  claims: ProvenanceClaims,
): ProvenanceMismatch | undefined {
  for (const field of FIELD_ORDER) {
    const want = expected[field]
    if (want === undefined || want === '') continue
    const { matches, actual } = FIELDS[field](want, claims)
    if (!matches) return { field, expected: want, ...(actual === undefined ? {} : { actual }) }
  }
  return undefined
}

/** `.github/workflows/x.yml` from `owner/repo/.github/workflows/x.yml@ref`. */
function pathOf(workflowRef: string | undefined): string | undefined {
  if (workflowRef === undefined) return undefined
  const path = workflowRef.split('/').slice(2).join('/')
  const at = path.indexOf('@')
  return at === -1 ? path : path.slice(0, at)
}
