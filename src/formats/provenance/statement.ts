import { ProvenanceError } from './provenance-error.js'
import { objectAt, shown, stringAt, strictJsonObject } from './json-fields.js'

/** in-toto Statement v1 (formats.md 7), what the DSSE payload holds. */
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

/** One attested file: its workspace-relative path (`/` separators) and its SHA-256. */
export interface Subject {
  name: string
  digest: { sha256: string }
}

export interface InTotoStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE
  subject: Subject[]
  /** Not checked when read: the verifier decides which predicate types it accepts. */
  predicateType: string
  predicate: Record<string, unknown>
}

/** Far deeper than the SLSA predicate needs (5 levels); bounds what a reader recurses into. */
export const MAX_STATEMENT_DEPTH = 32

const SHA256_HEX = /^[0-9a-f]{64}$/

/** Subjects sorted by name, so the same files give the same statement whatever the order found. */
export function statementFrom(
  subjects: readonly Subject[],
  predicateType: string,
  predicate: Record<string, unknown>,
): InTotoStatement {
  const sorted = [...subjects].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  assertSubjects(sorted)
  return { _type: IN_TOTO_STATEMENT_TYPE, subject: sorted, predicateType, predicate }
}

/** The payload bytes: compact JSON in the Statement's field order. */
export function statementBytes(statement: InTotoStatement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8')
}

/**
 * The Statement in a payload, strictly: `_type` v1, at least one subject, each with a
 * name and a lowercase-hex SHA-256 (other digests are ignored), no name twice
 * (two digests for one path would leave "which one?" to the verifier), a predicate object.
 */
export function statementFromBytes(payload: Buffer, maxBytes: number): InTotoStatement {
  const root = strictJsonObject(
    payload,
    { maxBytes, maxDepth: MAX_STATEMENT_DEPTH },
    'the statement',
  )
  if (root['_type'] !== IN_TOTO_STATEMENT_TYPE) {
    throw new ProvenanceError(
      'provenance-bad-statement',
      `has a statement _type ${shown(root['_type'])}; expected "${IN_TOTO_STATEMENT_TYPE}"`,
    )
  }
  const list = root['subject']
  if (!Array.isArray(list) || list.length === 0) {
    throw new ProvenanceError('provenance-bad-statement', 'has a statement with no subject list')
  }
  const subjects = list.map((entry: unknown, i): Subject => {
    const where = `subject[${i}]`
    const subject = objectAt(entry, where, 'provenance-bad-statement')
    const digest = objectAt(subject['digest'], `${where}.digest`, 'provenance-bad-statement')
    return {
      name: stringAt(subject['name'], `${where}.name`, 'provenance-bad-statement'),
      digest: {
        sha256: stringAt(digest['sha256'], `${where}.digest.sha256`, 'provenance-bad-statement'),
      },
    }
  })
  assertSubjects(subjects)
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subjects,
    predicateType: stringAt(root['predicateType'], 'predicateType', 'provenance-bad-statement'),
    predicate: objectAt(root['predicate'], 'predicate', 'provenance-bad-statement'),
  }
}

function assertSubjects(subjects: readonly Subject[]): void {
  const names = new Set<string>()
  for (const { name, digest } of subjects) {
    if (name === '')
      throw new ProvenanceError('provenance-bad-statement', 'has a subject with an empty name')
    if (!SHA256_HEX.test(digest.sha256)) {
      throw new ProvenanceError(
        'provenance-bad-statement',
        `has subject ${shown(name)} with digest.sha256 ${shown(digest.sha256)}; expected 64 lowercase hex digits`,
      )
    }
    if (names.has(name)) {
      throw new ProvenanceError('provenance-bad-statement', `lists subject ${shown(name)} twice`)
    }
    names.add(name)
  }
}
