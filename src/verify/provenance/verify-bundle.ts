import { CandidateVerifier } from '../../formats/candidate-verifier.js'
import { candidatesFor, keyCount, type Candidate } from '../../formats/key-candidates.js'
import { sigstoreKeyHint } from '../../formats/sigstore/sigstore-bundle.js'
import type { TrustedKey, TrustStore } from '../../keys/trusted-key.js'
import { FORM_NAMES, keysTrustedFor } from '../../trust/key-protocols.js'
import type { SignatureCheck } from '../../trust/signature-check.js'
import { shown } from './bounded-json.js'
import { parseProvenanceBundle, preAuthEncoding, type DsseBundle } from './bundle-reader.js'
import {
  provenanceMismatch,
  type ExpectedField,
  type ExpectedProvenance,
} from './expected-provenance.js'
import {
  IN_TOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_V1_TYPE,
  statementFrom,
  type ProvenanceClaims,
} from './statement.js'

/** Why a readable provenance bundle vouches for none of the files it lists. */
export type ProvenanceInvalidCode =
  | 'provenance-signature-mismatch'
  | 'provenance-no-fitting-key'
  | 'provenance-payload-type'
  | 'provenance-statement-type'
  | 'provenance-predicate-type'
  | `provenance-${ExpectedField}-mismatch`
  /** Per file: the bundle verifies, but pins another SHA-256 for this path. */
  | 'provenance-digest-mismatch'

/** One bundle, checked once for every file it lists. */
export interface AttestedBundle {
  /** The bundle, relative to the workspace. */
  file: string
  /** `verified` (signature, types and `expected-*` all hold) or `invalid`, for the whole bundle. */
  check: SignatureCheck
  /** Listed path to SHA-256, as the statement says (authenticated only when `check` verified). */
  subjects: ReadonlyMap<string, Buffer>
  claims: ProvenanceClaims
}

const INPUT_NAMES: Record<ExpectedField, string> = {
  repository: 'expected-repository',
  workflow: 'expected-workflow',
  ref: 'expected-ref',
}

/**
 * Check a bundle: a trusted SPKI key signs its DSSE envelope, the envelope holds an
 * in-toto Statement v1 with an SLSA v1 predicate (cosign does not check predicateType on
 * new-format bundles; this does), and every set `expected-*` matches the predicate.
 * Throws a coded error when the bundle cannot be read at all (no file can be named).
 */
export function verifyProvenanceBundle(
  bytes: Buffer,
  file: string,
  trust: TrustStore,
  expected: ExpectedProvenance,
): AttestedBundle {
  const bundle = parseProvenanceBundle(bytes)
  const statement = statementFrom(bundle.payload)
  const attested = { file, subjects: statement.subjects, claims: statement.claims }
  const invalid = (code: ProvenanceInvalidCode, why: string): AttestedBundle => ({
    ...attested,
    check: {
      kind: 'provenance',
      status: 'invalid',
      signatureFile: file,
      code,
      message: `${file} ${why}`,
    },
  })
  const keys = keysTrustedFor('provenance', trust.keys)
  const { match, fitting } = signerOf(bundle, keys)
  if (match === undefined) {
    const code = fitting === 0 ? 'provenance-no-fitting-key' : 'provenance-signature-mismatch'
    return invalid(code, `${unsignedWhy(fitting)}${listedElsewhere(bundle, trust.keys)}`)
  }
  if (bundle.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return invalid(
      'provenance-payload-type',
      `has payloadType ${shown(bundle.payloadType)}; a provenance bundle carries "${IN_TOTO_PAYLOAD_TYPE}"`,
    )
  }
  if (statement.type !== STATEMENT_V1_TYPE) {
    return invalid(
      'provenance-statement-type',
      `holds a statement of _type ${shown(statement.type)}; expected "${STATEMENT_V1_TYPE}"`,
    )
  }
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    return invalid(
      'provenance-predicate-type',
      `has predicateType ${shown(statement.predicateType)}; only "${SLSA_PROVENANCE_V1}" (SLSA provenance v1) is accepted`,
    )
  }
  const mismatch = provenanceMismatch(expected, statement.claims)
  if (mismatch !== undefined) {
    const actual = mismatch.actual === undefined ? 'no' : shown(mismatch.actual)
    return invalid(
      `provenance-${mismatch.field}-mismatch`,
      `is signed by trusted key ${match.key.identifier}, but \`${INPUT_NAMES[mismatch.field]}\` is ${shown(mismatch.expected)} and its provenance names ${actual} ${mismatch.field}`,
    )
  }
  return {
    ...attested,
    check: {
      kind: 'provenance',
      status: 'verified',
      coverage: 'file',
      keyIdentifier: match.key.identifier,
      algorithm: match.algorithm,
      signatureFile: file,
      message: `${file} verifies under trusted key ${match.key.identifier} (${match.key.source})`,
    },
  }
}

/**
 * The first envelope signature a trusted key verifies over the PAE, keys named by the
 * (unsigned) hint tried first; and how many trusted keys could have made any of them.
 */
function signerOf(
  bundle: DsseBundle,
  keys: readonly TrustedKey[],
): { match?: Candidate; fitting: number } {
  const pae = preAuthEncoding(bundle.payloadType, bundle.payload)
  const hinted = keys.filter((key) => sigstoreKeyHint(key.spkiDer) === bundle.hint)
  const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))]
  let fitting = 0
  for (const signature of bundle.signatures) {
    const candidates = candidatesFor(signature, ordered)
    fitting = Math.max(fitting, keyCount(candidates))
    const verifier = new CandidateVerifier(signature, candidates)
    verifier.update(pae)
    const match = verifier.finish()
    if (match !== undefined) return { match, fitting }
  }
  return { fitting }
}

function unsignedWhy(fitting: number): string {
  const keys =
    fitting === 0
      ? 'was not signed by any trusted SPKI key (none is of a type that could have made its signature)'
      : fitting === 1
        ? 'does not verify under the one trusted SPKI key that fits'
        : `verifies under none of the ${fitting} trusted SPKI keys that fit`
  return `${keys}: its statement changed after signing, or the signer's key is not trusted for provenance; nothing it lists is verified through it. Re-sign it with a trusted key, or list the signer's SPKI public key in trusted-keys.`
}

/** One key, one protocol: say so when the bundle names a key that is listed in another form. */
function listedElsewhere(bundle: DsseBundle, keys: readonly TrustedKey[]): string {
  if (bundle.hint === undefined) return ''
  const trusted = keysTrustedFor('provenance', keys)
  const other = keys.find(
    (key) => !trusted.includes(key) && sigstoreKeyHint(key.spkiDer) === bundle.hint,
  )
  return other === undefined
    ? ''
    : ` Its key hint names ${other.identifier}, listed as ${FORM_NAMES[other.kind]}, which verifies other kinds only (list it as SPKI to trust it for provenance).`
}
