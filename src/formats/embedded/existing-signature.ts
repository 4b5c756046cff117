import { checkIntegrity } from '../../dossier/checksum.js'
import type { Dossier } from '../../dossier/dossier.js'
import { quoted } from '../../dossier/key-path.js'
import { isPlainObject } from '../../dossier/plain-object.js'
import { coversEverything } from '../../trust/signature-check.js'
import { signingKeyTrust, type EmbedKey } from './signing-key.js'
import { verifyEmbedded } from './verify-embedded.js'

/**
 * What a dossier's current embedded signature means for a new one:
 * - `none`: unsigned;
 * - `held`: this key, covering frontmatter and body, checksum valid: nothing to do;
 * - `another-key`: valid by some other key (or unverifiable without its key): only
 *   replaced on purpose;
 * - `replaceable`: vouches for nothing worth keeping (v1 by this key, or not valid at all).
 */
export type ExistingSignature =
  { kind: 'none' | 'held' | 'replaceable' } | { kind: 'another-key'; message: string }

/** Longest key_id quoted in a message. */
const MAX_KEY_ID_SHOWN = 120

export function existingSignature(dossier: Dossier, key: EmbedKey): ExistingSignature {
  const check = verifyEmbedded(dossier, signingKeyTrust(key))
  if (check === undefined) return { kind: 'none' }
  if (check.status === 'verified') {
    const integrity = checkIntegrity(dossier.checksum, dossier.body).integrity
    return { kind: coversEverything(check) && integrity === 'valid' ? 'held' : 'replaceable' }
  }
  if (check.status === 'signed_unknown') {
    return {
      kind: 'another-key',
      message: `carries a valid embedded signature by another key${claimOf(dossier)}`,
    }
  }
  // No public_key and this key does not verify it: it may well be valid under its own key.
  if (check.code === 'no-trusted-key-verifies') {
    return {
      kind: 'another-key',
      message: `carries an embedded signature without public_key that this key does not verify${claimOf(dossier)}`,
    }
  }
  return { kind: 'replaceable' }
}

function claimOf(dossier: Dossier): string {
  const value = dossier.signature?.value
  const keyId = isPlainObject(value) ? value['key_id'] : undefined
  return typeof keyId === 'string' ? ` (key_id ${quoted(keyId, MAX_KEY_ID_SHOWN)})` : ''
}
