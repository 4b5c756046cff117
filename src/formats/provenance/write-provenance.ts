import { createHash, createVerify } from 'node:crypto'
import { verifyKeyInput } from '../../keys/algorithms.js'
import type { DigestKey, DigestSigner } from '../writing.js'
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from './dsse.js'
import {
  formatProvenanceBundle,
  MAX_PROVENANCE_BUNDLE_BYTES,
  parseProvenanceBundle,
} from './provenance-bundle.js'
import { ProvenanceError } from './provenance-error.js'
import { SLSA_PROVENANCE_V1, slsaPredicateFrom, type WorkflowRun } from './slsa-predicate.js'
import { statementBytes, statementFrom, type InTotoStatement, type Subject } from './statement.js'

/** The Statement a run attests: every file as a subject, the run as SLSA provenance. */
export function provenanceStatement(
  subjects: readonly Subject[],
  run: WorkflowRun,
): InTotoStatement {
  return statementFrom(subjects, SLSA_PROVENANCE_V1, slsaPredicateFrom(run))
}

/** What a bundle around the payload adds: the JSON frame, the hint, a signature. */
const FRAME_BYTES = 1024

/**
 * The statement's payload, refused when its bundle would be larger than a verifier
 * reads (base64 grows it by 4/3). Sign mode asks before any file is signed, with a
 * placeholder digest of the same length for each file, so the size is exact.
 */
export function payloadThatFits(statement: InTotoStatement): Buffer {
  const payload = statementBytes(statement)
  if (Math.ceil(payload.length / 3) * 4 + FRAME_BYTES > MAX_PROVENANCE_BUNDLE_BYTES) {
    throw new ProvenanceError(
      'provenance-too-large',
      `a statement of ${statement.subject.length} subjects is ${payload.length} bytes, too large for a bundle of at most ${MAX_PROVENANCE_BUNDLE_BYTES} bytes; attest fewer files per run`,
    )
  }
  return payload
}

/**
 * The bundle's bytes, signed with ONE Sign call over the key's hash of
 * PAE(payloadType, payload), whatever the number of subjects. The signature is checked
 * against the key's public key and the bundle read back by our own parser before
 * anything is returned: what is written is what a verifier will read.
 */
export async function signProvenance(
  statement: InTotoStatement,
  signer: DigestSigner,
  key: DigestKey,
): Promise<Buffer> {
  const payload = payloadThatFits(statement)
  const pae = preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload)
  const signature = await signer.sign(createHash(key.hash).update(pae).digest())
  // Never write what we have not checked: a signature that fails here means KMS signed
  // with another key or other bytes.
  if (
    !createVerify(key.hash)
      .update(pae)
      .verify(verifyKeyInput(key.algorithm, key.publicKey), signature)
  ) {
    throw new ProvenanceError(
      'provenance-signature-mismatch',
      "KMS returned a signature over the provenance statement that does not verify under the key's public key; nothing was written",
    )
  }
  const bytes = Buffer.from(formatProvenanceBundle({ payload, signature, spkiDer: key.spkiDer }))
  const read = parseProvenanceBundle(bytes)
  if (!read.payload.equals(payload) || !read.signature.equals(signature)) {
    throw new ProvenanceError(
      'provenance-bad-field',
      'the provenance bundle did not read back as written; nothing was written',
    )
  }
  return bytes
}
