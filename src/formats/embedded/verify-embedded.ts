import type { Dossier } from '../../dossier/dossier.js'
import { DossierError } from '../../dossier/dossier-error.js'
import { PayloadError, signedPayloadWithGaps, type SignedPayload } from '../../dossier/payload.js'
import {
  KeyTextError,
  publicKeyFromText,
  type DecodedPublicKey,
} from '../../keys/public-key-text.js'
import { FORM_NAMES, keysTrustedFor, listedForOtherKinds } from '../../trust/key-protocols.js'
import { trustedKeyFor, unpinnedArnFor } from '../../trust/trust-store.js'
import type { TrustStore } from '../../keys/trusted-key.js'
import {
  EMBEDDED_ALGORITHMS,
  verifiesUnder,
  type EmbeddedAlgorithmRule,
} from './embedded-algorithms.js'
import { EMBEDDED_ERROR_STATUS, EmbeddedSignatureError } from './embedded-error.js'
import { embeddedSignatureFrom, type EmbeddedSignature } from './embedded-signature.js'
import type { Coverage, SignatureCheck } from '../../trust/signature-check.js'
import type { PayloadScheme } from '../../dossier/payload.js'

/** What each payload scheme lets a verified signature vouch for (formats.md 2.1, 2.2). */
const COVERAGE: Record<PayloadScheme, Coverage> = {
  v1: 'body',
  v2: 'frontmatter+body',
  v3: 'spec-frontmatter+body',
}

/**
 * Verify a dossier's embedded signature; undefined when it has none. Validity is checked
 * against the key the signature names; trust only ever comes from that key's bytes being
 * in the store, so `key_id` (an ARN, say) can never make a signature verified.
 */
export function verifyEmbedded(dossier: Dossier, trust: TrustStore): SignatureCheck | undefined {
  if (dossier.signature === undefined) return undefined
  const base: SignatureCheck = { kind: 'embedded', status: 'error', line: dossier.signature.line }
  try {
    const signature = embeddedSignatureFrom(dossier.signature.value)
    base.algorithm = signature.algorithm
    const rule = EMBEDDED_ALGORITHMS[signature.algorithm]
    const shapeProblem = rule.shapeProblem(signature.signature)
    if (shapeProblem) {
      throw new EmbeddedSignatureError(
        shapeProblem,
        `signature bytes are not ${signature.algorithm}`,
      )
    }
    const { bytes: payload, uncovered } = payloadOf(dossier, signature)
    const outcome =
      signature.publicKey === undefined
        ? againstTrustedKeys(signature, rule, payload, trust)
        : againstEmbeddedKey(signature, signature.publicKey, rule, payload, trust)
    const gaps = uncovered.length > 0 ? { uncovered } : {}
    return { ...base, coverage: COVERAGE[signature.scheme], ...gaps, ...outcome }
  } catch (error) {
    if (!(error instanceof EmbeddedSignatureError)) throw error
    return {
      ...base,
      status: EMBEDDED_ERROR_STATUS[error.code],
      code: error.code,
      message: error.message,
    }
  }
}

type Outcome = Pick<SignatureCheck, 'status' | 'keyIdentifier' | 'message' | 'code'>

function againstEmbeddedKey(
  signature: EmbeddedSignature,
  publicKeyText: string,
  rule: EmbeddedAlgorithmRule,
  payload: Buffer,
  trust: TrustStore,
): Outcome {
  const key = embeddedKey(publicKeyText, rule)
  if (!verifiesUnder(rule, payload, key.publicKey, signature.signature)) {
    throw new EmbeddedSignatureError(
      'signature-mismatch',
      'signature does not match the signed content',
    )
  }
  const trusted = trustedKeyFor(keysTrustedFor('embedded', trust.keys), key.spkiDer)
  if (trusted) {
    return {
      status: 'verified',
      keyIdentifier: trusted.identifier,
      message: `signed by ${trusted.identifier}`,
    }
  }
  const otherKind = listedForOtherKinds('embedded', trust.keys, key.spkiDer)
  if (otherKind) {
    return {
      status: 'signed_unknown',
      code: 'key-trusted-for-other-kinds',
      message: `valid signature, but its key is listed at ${otherKind.source} (${otherKind.identifier}) as ${FORM_NAMES[otherKind.kind]}, which trusts other signature kinds only (one key, one protocol); to trust it for embedded signatures, list it as base64 SPKI or raw Ed25519`,
    }
  }
  const arn = unpinnedArnFor(trust, signature.keyId)
  const claim =
    signature.keyId === undefined ? '' : ` (key_id "${signature.keyId}" is only a claim)`
  return {
    status: 'signed_unknown',
    code: arn ? 'arn-not-pinned' : 'key-not-trusted',
    message: arn
      ? `valid signature, but ${arn.arn} is listed without key bytes and this key was not checked against KMS; pin the ARN or list "${key.spkiDer.toString('base64')} ${arn.identifier}"`
      : `valid signature by a key that is not trusted${claim}; to trust it, list "${key.spkiDer.toString('base64')} <identifier>"`,
  }
}

/** No public_key in the object: only a trusted key of the right type can vouch for it. */
function againstTrustedKeys(
  signature: EmbeddedSignature,
  rule: EmbeddedAlgorithmRule,
  payload: Buffer,
  trust: TrustStore,
): Outcome {
  const trusted = keysTrustedFor('embedded', trust.keys).find((key) =>
    verifiesUnder(rule, payload, key.publicKey, signature.signature),
  )
  if (!trusted) {
    throw new EmbeddedSignatureError(
      'no-trusted-key-verifies',
      'signature names no public_key and no trusted key verifies it',
    )
  }
  return {
    status: 'verified',
    keyIdentifier: trusted.identifier,
    message: `signed by ${trusted.identifier}`,
  }
}

function embeddedKey(text: string, rule: EmbeddedAlgorithmRule): DecodedPublicKey {
  let key: DecodedPublicKey
  try {
    key = publicKeyFromText(text)
  } catch (error) {
    const reason = error instanceof KeyTextError ? error.message : 'is unreadable'
    throw new EmbeddedSignatureError('public-key-unreadable', `public_key ${reason}`, {
      cause: error,
    })
  }
  if (!rule.acceptsKey(key.publicKey)) {
    throw new EmbeddedSignatureError(
      'key-algorithm-mismatch',
      `public_key is a ${key.publicKey.asymmetricKeyType ?? 'unknown'} key; this algorithm needs ${rule.keyDescription}`,
    )
  }
  return key
}

function payloadOf(dossier: Dossier, signature: EmbeddedSignature): SignedPayload {
  try {
    return signedPayloadWithGaps(dossier, signature.scheme)
  } catch (error) {
    if (error instanceof PayloadError) throw new EmbeddedSignatureError(error.code, error.message)
    if (error instanceof DossierError) {
      throw new EmbeddedSignatureError('payload-unavailable', error.message, { cause: error })
    }
    throw error
  }
}
