import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { sigstoreKeyHint } from '../src/formats/sigstore/sigstore-bundle.js'

type TrustedRoot = Parameters<typeof toTrustMaterial>[0]

/** No Fulcio, Rekor, CT log or TSA: the pinned key is all the trust material there is. */
const NO_SIGSTORE_INFRASTRUCTURE: TrustedRoot = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot.v0.2+json',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
}

/**
 * sigstore-js as an independent peer: `@sigstore/verify` with one public key (found by
 * its hint) as the only trust material and no log, CT or timestamp thresholds. Throws
 * its own VerificationError when the bundle does not verify for `artifact`.
 */
export function sigstorePeerVerify(bundleText: string, artifact: Buffer, spkiDer: Buffer): void {
  const keys = { [sigstoreKeyHint(spkiDer)]: { rawBytes: spkiDer, keyDetails: 0 } }
  const verifier = new Verifier(toTrustMaterial(NO_SIGSTORE_INFRASTRUCTURE, keys), {
    tlogThreshold: 0,
    ctlogThreshold: 0,
    timestampThreshold: 0,
  })
  verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(bundleText)), artifact))
}

/**
 * The same peer on a DSSE attestation bundle: the envelope's signature covers its own
 * payload (through PAE), so no artifact is read; sigstore-js checks the signature over
 * PAE(payloadType, payload) with the pinned key. Returns the payload it verified.
 */
export function sigstorePeerVerifyAttestation(bundleText: string, spkiDer: Buffer): Buffer {
  sigstorePeerVerify(bundleText, Buffer.alloc(0), spkiDer)
  const bundle = bundleFromJSON(JSON.parse(bundleText))
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('not a DSSE bundle')
  return Buffer.from(bundle.content.dsseEnvelope.payload)
}
