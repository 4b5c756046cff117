import {
  assertBundleLatest,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  isBundleWithDsseEnvelope,
  isBundleWithPublicKey,
  ValidationError,
  type BundleWithDsseEnvelope,
  type SerializedBundle,
} from '@sigstore/bundle'
import { bytesFromBase64 } from '../../keys/base64.js'
import { sigstoreKeyHint } from '../sigstore/sigstore-bundle.js'
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from './dsse.js'
import { ProvenanceError } from './provenance-error.js'
import { statementFromBytes, type InTotoStatement } from './statement.js'
import { objectAt, shown, stringAt, strictJsonObject } from './json-fields.js'

export { ProvenanceError, type ProvenanceErrorCode } from './provenance-error.js'

/**
 * dossier-sign's provenance attestation (formats.md 7): ONE Sigstore bundle v0.3 for a
 * whole signing run, a DSSE envelope around an in-toto Statement that lists every file,
 * signed by the run's KMS key, with the key's hint and no transparency-log entry.
 */
export const PROVENANCE_BUNDLE_MEDIA_TYPE = BUNDLE_V03_MEDIA_TYPE

/**
 * A subject is about 130 bytes of JSON, 175 once base64'd: 16 MiB holds some 90,000
 * files, and is what the verify side reads (src/verify/provenance): the writer never
 * makes a bundle its reader refuses.
 */
export const MAX_PROVENANCE_BUNDLE_BYTES = 16 * 1024 * 1024

/** A bundle nests 5 levels, a statement 6 more: bound what any reader recurses into. */
const MAX_BUNDLE_DEPTH = 32

/** SHA-256 is 32 bytes; its canonical base64 is 44 characters. */
const HINT_BYTES = 32

/** What a verifier needs from a provenance bundle. */
export interface ProvenanceBundle {
  /** Always PROVENANCE_BUNDLE_MEDIA_TYPE (v0.3). */
  mediaType: string
  /** base64 SHA-256 of the signer's SPKI DER, when the bundle names one. Unauthenticated. */
  hint?: string
  /** Always IN_TOTO_PAYLOAD_TYPE. */
  payloadType: string
  /** The statement's bytes as signed. */
  payload: Buffer
  /** PAE(payloadType, payload): the exact bytes the signature is over. */
  pae: Buffer
  /** DER for ECDSA, raw for RSA: what KMS Sign returned over the key's hash of `pae`. */
  signature: Buffer
  /** The payload, parsed: subjects checked, `predicateType` NOT checked (the verifier's call). */
  statement: InTotoStatement
}

export interface ProvenanceBundleInput {
  /** The statement's bytes (statementBytes). */
  payload: Buffer
  signature: Buffer
  /** The signer's DER SubjectPublicKeyInfo, hashed into the hint. */
  spkiDer: Buffer
}

/**
 * One line of JSON in formats.md 7's field order, ending in a newline. @sigstore/bundle
 * checks it first; its own writer would drop the empty `keyid` (protobuf JSON omits
 * defaults), which the format spells out, so the checked object is what gets written.
 */
export function formatProvenanceBundle(input: ProvenanceBundleInput): string {
  const json = {
    mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: sigstoreKeyHint(input.spkiDer) } },
    dsseEnvelope: {
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload: input.payload.toString('base64'),
      signatures: [{ sig: input.signature.toString('base64'), keyid: '' }],
    },
  }
  dsseBundleFrom(json)
  return `${JSON.stringify(json)}\n`
}

/**
 * Strict on everything read: size, nesting, media type v0.3, a public-key hint (never a
 * certificate), exactly one signature, the in-toto payload type byte for byte, canonical
 * base64 (protobuf's decoder skips junk), and the Statement itself. Other fields, such as
 * tlog entries, are ignored: trust comes from pinned keys, not from a log.
 */
export function parseProvenanceBundle(bytes: Buffer): ProvenanceBundle {
  const root = strictJsonObject(
    bytes,
    { maxBytes: MAX_PROVENANCE_BUNDLE_BYTES, maxDepth: MAX_BUNDLE_DEPTH },
    'the bundle',
  )
  if (root['mediaType'] !== PROVENANCE_BUNDLE_MEDIA_TYPE) {
    throw new ProvenanceError(
      'provenance-media-type',
      `has mediaType ${shown(root['mediaType'])}; expected "${PROVENANCE_BUNDLE_MEDIA_TYPE}"`,
    )
  }
  const material = objectAt(root['verificationMaterial'], 'verificationMaterial')
  if (material['publicKey'] === undefined) {
    throw new ProvenanceError(
      'provenance-unsupported-content',
      'has no verificationMaterial.publicKey (a keyless, certificate-based attestation?); only attestations signed by a pinned key are supported',
    )
  }
  const hintText = objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint']
  const hint = hintText === undefined || hintText === '' ? undefined : hintOf(hintText)
  if (root['dsseEnvelope'] === undefined) {
    throw new ProvenanceError(
      'provenance-unsupported-content',
      'has no dsseEnvelope (a blob signature, `.sigstore.json`?); a provenance bundle carries a DSSE envelope',
    )
  }
  const envelope = objectAt(root['dsseEnvelope'], 'dsseEnvelope')
  const payloadType = envelope['payloadType']
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new ProvenanceError(
      'provenance-payload-type',
      `has dsseEnvelope.payloadType ${shown(payloadType)}; expected "${IN_TOTO_PAYLOAD_TYPE}"`,
    )
  }
  const signatures = envelope['signatures']
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    throw new ProvenanceError(
      'provenance-unsupported-content',
      `has ${Array.isArray(signatures) ? signatures.length : 'no'} dsseEnvelope.signatures; exactly one is supported`,
    )
  }
  const entry = objectAt(signatures[0], 'dsseEnvelope.signatures[0]')
  const keyid = entry['keyid']
  if (keyid !== undefined && typeof keyid !== 'string') {
    throw new ProvenanceError(
      'provenance-bad-field',
      'has a non-string dsseEnvelope.signatures[0].keyid',
    )
  }
  const payloadText = stringAt(envelope['payload'], 'dsseEnvelope.payload')
  const sigText = stringAt(entry['sig'], 'dsseEnvelope.signatures[0].sig')
  const payload = canonicalBase64(payloadText, 'dsseEnvelope.payload')
  const signature = canonicalBase64(sigText, 'dsseEnvelope.signatures[0].sig')
  // @sigstore/bundle's reading and checks, on the checked fields only: protobuf's JSON
  // reader coerces what it gets and hands any value to Buffer.from.
  dsseBundleFrom({
    mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: hint ?? '' } },
    dsseEnvelope: {
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload: payloadText,
      signatures: [{ sig: sigText, keyid: keyid ?? '' }],
    },
  })
  return {
    mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
    ...(hint === undefined ? {} : { hint }),
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    payload,
    pae: preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload),
    signature,
    statement: statementFromBytes(payload, MAX_PROVENANCE_BUNDLE_BYTES),
  }
}

type DsseBundleJson = Pick<SerializedBundle, 'mediaType'> & {
  verificationMaterial: { publicKey: { hint: string } }
  dsseEnvelope: {
    payloadType: string
    payload: string
    signatures: Array<{ sig: string; keyid: string }>
  }
}

/** @sigstore/bundle's reading and checks (v0.3, one non-empty signature), as coded errors. */
function dsseBundleFrom(json: DsseBundleJson): BundleWithDsseEnvelope {
  let bundle
  try {
    bundle = bundleFromJSON(json)
    assertBundleLatest(bundle)
  } catch (error) {
    const fields = error instanceof ValidationError ? `: ${error.fields.join(', ')}` : ''
    throw new ProvenanceError(
      'provenance-bad-field',
      `is not a valid Sigstore bundle (missing or empty${fields})`,
      { cause: error },
    )
  }
  // Always so for a DsseBundleJson; the guards give the type.
  if (!isBundleWithPublicKey(bundle) || !isBundleWithDsseEnvelope(bundle)) {
    throw new ProvenanceError('provenance-unsupported-content', 'is not a keyed DSSE attestation')
  }
  return bundle
}

function hintOf(value: unknown): string {
  const text = stringAt(value, 'verificationMaterial.publicKey.hint')
  if (bytesFromBase64(text)?.length !== HINT_BYTES) {
    throw new ProvenanceError(
      'provenance-bad-field',
      `has verificationMaterial.publicKey.hint ${shown(text)}; expected the canonical base64 of a SHA-256`,
    )
  }
  return text
}

/** Node's and protobuf's decoders skip junk: the text must be what the bytes encode to. */
function canonicalBase64(text: string, where: string): Buffer {
  const bytes = bytesFromBase64(text)
  if (bytes === undefined) {
    throw new ProvenanceError('provenance-bad-field', `has a ${where} that is not canonical base64`)
  }
  return bytes
}
