import type { KeyObject } from 'node:crypto'
import type { TrustStore } from '../../keys/trusted-key.js'
import { EMBEDDED_ALGORITHMS } from './embedded-algorithms.js'
import { EmbedError } from './embed-error.js'

/** The KMS key a run embeds signatures with, as GetPublicKey describes it. */
export interface EmbedKey {
  /** Written as `key_id`: the key ARN, also when the run names the key by an alias. */
  arn: string
  /** Written as `public_key` (base64): the SPKI DER GetPublicKey returned. */
  spkiDer: Buffer
  publicKey: KeyObject
}

/** Upstream writes KMS signatures as ECDSA-SHA-256 only (formats.md 2). */
export const EMBEDDED_ALGORITHM_NAME = 'ECDSA-SHA-256'

export function assertEmbeddable(key: EmbedKey): void {
  if (!EMBEDDED_ALGORITHMS.ECDSA_SHA_256.acceptsKey(key.publicKey)) {
    throw new EmbedError(
      'key-unsupported',
      `embedded signatures are ${EMBEDDED_ALGORITHM_NAME}, which needs ${EMBEDDED_ALGORITHMS.ECDSA_SHA_256.keyDescription} (KMS ECC_NIST_P256 or ECC_SECG_P256K1); this key is not one`,
    )
  }
}

/**
 * A trust store holding only the signing key, by its bytes: "does this signature verify
 * under this run's key?" is then `verified`, and a valid one by any other key is not.
 */
export function signingKeyTrust(key: EmbedKey): TrustStore {
  return {
    keys: [
      {
        identifier: 'the signing key',
        kind: 'spki',
        publicKey: key.publicKey,
        spkiDer: key.publicKey.export({ type: 'spki', format: 'der' }),
        source: 'the signing key',
      },
    ],
    unpinnedArns: [],
  }
}
