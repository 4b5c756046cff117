// The verify side's own reader of the provenance bundle (formats.md 7). The sign side
// writes the same shape from formats/provenance/; two independent readers of one spec
// keep a shared mistake from passing both, and swapping one for the other is this import.
import { BUNDLE_V03_MEDIA_TYPE } from '@sigstore/bundle'
import { bytesFromBase64 } from '../../keys/base64.js'
import { jsonObjectFrom, objectAt, shown, stringAt } from './bounded-json.js'
import { ProvenanceError } from '../../formats/provenance/provenance-error.js'

/** 1,000 files make a bundle of about 200 KB; this allows some 80,000 and bounds the work. */
export const MAX_PROVENANCE_BUNDLE_BYTES = 16 * 1024 * 1024

/** Each envelope signature is tried against every fitting trusted key: keep that small. */
export const MAX_ENVELOPE_SIGNATURES = 4

/** What the verifier needs from a bundle; nothing in it is authenticated yet. */
export interface DsseBundle {
  /** base64 SHA-256 of the signer's SPKI DER, when named. Unsigned: it only orders keys. */
  hint?: string
  payloadType: string
  payload: Buffer
  signatures: Buffer[]
}

/**
 * Strict on what is read (JSON types, canonical base64, a v0.3 media type, a DSSE
 * envelope); other fields, such as tlog entries, are ignored: trust comes from pinned
 * keys, not from a log.
 */
export function parseProvenanceBundle(bytes: Buffer): DsseBundle {
  if (bytes.length > MAX_PROVENANCE_BUNDLE_BYTES) {
    throw new ProvenanceError(
      'provenance-too-large',
      `is ${bytes.length} bytes; a provenance bundle is at most ${MAX_PROVENANCE_BUNDLE_BYTES}`,
    )
  }
  const root = jsonObjectFrom(bytes, 'the bundle')
  if (root['mediaType'] !== BUNDLE_V03_MEDIA_TYPE) {
    throw new ProvenanceError(
      'provenance-media-type',
      `has mediaType ${shown(root['mediaType'])}; expected "${BUNDLE_V03_MEDIA_TYPE}"`,
    )
  }
  const material = objectAt(root['verificationMaterial'], 'verificationMaterial')
  if (material['publicKey'] === undefined) {
    throw new ProvenanceError(
      'provenance-unsupported-content',
      'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported',
    )
  }
  const hint = objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint']
  if (hint !== undefined && typeof hint !== 'string') {
    throw new ProvenanceError('provenance-bad-field', 'has a non-string publicKey.hint')
  }
  if (root['dsseEnvelope'] === undefined) {
    throw new ProvenanceError(
      'provenance-unsupported-content',
      'has no dsseEnvelope (a blob signature?); a provenance bundle carries an attestation',
    )
  }
  const envelope = objectAt(root['dsseEnvelope'], 'dsseEnvelope')
  const signatures = envelope['signatures']
  if (!Array.isArray(signatures) || signatures.length === 0) {
    throw new ProvenanceError('provenance-bad-field', 'has no dsseEnvelope.signatures')
  }
  if (signatures.length > MAX_ENVELOPE_SIGNATURES) {
    throw new ProvenanceError(
      'provenance-bad-field',
      `has ${signatures.length} envelope signatures; at most ${MAX_ENVELOPE_SIGNATURES} are read`,
    )
  }
  return {
    ...(hint === undefined || hint === '' ? {} : { hint }),
    payloadType: stringAt(envelope['payloadType'], 'dsseEnvelope.payloadType'),
    payload: base64At(envelope['payload'], 'dsseEnvelope.payload'),
    signatures: signatures.map((entry: unknown, i) =>
      base64At(objectAt(entry, `dsseEnvelope.signatures[${i}]`)['sig'], `signatures[${i}].sig`),
    ),
  }
}

/**
 * DSSE's pre-authentication encoding, what the envelope's signatures sign:
 * `DSSEv1 <len(type)> <type> <len(payload)> <payload>`, lengths in bytes, ASCII decimal.
 */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ])
}

/** Node's decoder skips junk silently: the text must be what its bytes encode to. */
function base64At(value: unknown, where: string): Buffer {
  const bytes = bytesFromBase64(stringAt(value, where))
  if (bytes === undefined) {
    throw new ProvenanceError(
      'provenance-not-base64',
      `has a ${where} that is not canonical base64`,
    )
  }
  return bytes
}
