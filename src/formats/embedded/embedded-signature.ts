import { isPlainObject } from '../../dossier/frontmatter.js'
import { PayloadError, schemeOf, type PayloadScheme } from '../../dossier/payload.js'
import { bytesFromBase64 } from '../../keys/base64.js'
import { EMBEDDED_ALGORITHM_NAMES, type EmbeddedAlgorithm } from './embedded-algorithms.js'
import { EmbeddedSignatureError } from './embedded-error.js'

/** An embedded signature object (formats.md 2), checked for shape but not yet verified. */
export interface EmbeddedSignature {
  algorithm: EmbeddedAlgorithm
  signature: Buffer
  scheme: PayloadScheme
  /** As written: base64 SPKI DER, SPKI PEM, or raw Ed25519 base64. */
  publicKey?: string
  /** A claim (KMS: the key ARN); never a source of trust. */
  keyId?: string
  signedBy?: string
  signedAt?: string
}

export function embeddedSignatureFrom(value: unknown): EmbeddedSignature {
  if (!isPlainObject(value)) malformed('is not an object')
  const algorithmName = value['algorithm']
  const algorithm =
    typeof algorithmName === 'string' ? EMBEDDED_ALGORITHM_NAMES.get(algorithmName) : undefined
  if (algorithm === undefined) {
    throw new EmbeddedSignatureError(
      'unsupported-algorithm',
      `algorithm ${JSON.stringify(algorithmName)} is not ECDSA-SHA-256 or ed25519`,
    )
  }
  let scheme: PayloadScheme
  try {
    scheme = schemeOf(value['covers'])
  } catch (error) {
    if (error instanceof PayloadError) throw new EmbeddedSignatureError(error.code, error.message)
    throw error
  }
  const signatureText = value['signature']
  if (typeof signatureText !== 'string') malformed('has no "signature" string')
  const signature = bytesFromBase64(signatureText)
  if (signature === undefined) {
    throw new EmbeddedSignatureError('signature-not-base64', 'signature is not canonical base64')
  }
  const publicKey = value['public_key']
  if (publicKey !== undefined && typeof publicKey !== 'string')
    malformed('"public_key" is not a string')
  return {
    algorithm,
    signature,
    scheme,
    publicKey,
    keyId: optionalString(value['key_id']),
    signedBy: optionalString(value['signed_by']),
    // Older upstream documents call it `timestamp`.
    signedAt: optionalString(value['signed_at']) ?? optionalString(value['timestamp']),
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function malformed(reason: string): never {
  throw new EmbeddedSignatureError('signature-malformed', `embedded signature ${reason}`)
}
