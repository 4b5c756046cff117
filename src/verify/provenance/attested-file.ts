import { createHash } from 'node:crypto'
import type { SignatureCheck } from '../../trust/signature-check.js'
import type { RecheckableSignature } from '../stale-signatures.js'
import type { ProvenanceClaims } from './statement.js'
import type { AttestedBundle } from './verify-bundle.js'

/** Workspace path to the bundles that list it, each checked once for all its files. */
export type ProvenanceIndex = ReadonlyMap<string, readonly AttestedBundle[]>

/** What a file's report says of the run that attested it (`provenance` in the report). */
export interface ProvenanceFacts {
  repository?: string
  /** The job workflow that ran, `owner/repo/<path>@<ref>`, else the workflow's path. */
  workflow?: string
  ref?: string
  commit?: string
  /** The run's URL. */
  run?: string
}

/** A bundle's word on one file, recheckable against the base version for `stale`. */
export interface AttestedSignature extends RecheckableSignature {
  kind: 'provenance'
  facts: ProvenanceFacts
}

/** One check per bundle listing `relative`; none for a file no bundle lists. */
export function attestedSignatures(
  relative: string,
  index: ProvenanceIndex | undefined,
): AttestedSignature[] {
  return (index?.get(relative) ?? []).map((bundle) => ({
    kind: 'provenance',
    signatureFile: bundle.file,
    facts: factsOf(bundle.claims),
    check: (bytes) => fileCheck(bundle, relative, bytes),
  }))
}

/** The bundle's own verdict, unless it verifies: then the file must have the SHA-256 it pins. */
function fileCheck(bundle: AttestedBundle, relative: string, bytes: Buffer): SignatureCheck {
  if (bundle.check.status !== 'verified') return bundle.check
  const listed = bundle.subjects.get(relative)
  const actual = createHash('sha256').update(bytes).digest()
  if (listed !== undefined && actual.equals(listed)) {
    return {
      ...bundle.check,
      message: `${bundle.file} attests ${relative} (SHA-256 ${actual.toString('hex')}) and verifies under trusted key ${bundle.check.keyIdentifier}`,
    }
  }
  return {
    kind: 'provenance',
    status: 'invalid',
    signatureFile: bundle.file,
    code: 'provenance-digest-mismatch',
    message: `${bundle.file} attests another version of ${relative} (SHA-256 ${listed?.toString('hex')}, the file's is ${actual.toString('hex')}): the file changed after it was attested. Re-run the signing workflow, or restore the attested version.`,
  }
}

function factsOf(claims: ProvenanceClaims): ProvenanceFacts {
  return {
    repository: claims.repository,
    workflow: claims.workflowRef ?? claims.workflowPath,
    ref: claims.ref,
    commit: claims.commit,
    run: claims.run,
  }
}
