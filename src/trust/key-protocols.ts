import type { SignatureKind } from './signature-check.js'
import type { TrustedKey } from '../keys/trusted-key.js'

/**
 * One key, one protocol (formats.md 3): an entry trusts only the signature kinds its form
 * was listed for. Without this, a minisign key's signature over BLAKE2b-512(file) would
 * "verify" a dossier whose body is those 64 bytes, and its global signature a `.sig` over
 * `signature || trusted comment`: bytes signed in one protocol read as proof in another.
 */
export const KINDS_TRUSTED_BY_FORM: Record<TrustedKey['kind'], readonly SignatureKind[]> = {
  'ed25519-raw': ['embedded'],
  spki: ['embedded', 'sig', 'sigstore', 'provenance'],
  minisign: ['minisig'],
}

/** How each entry form is named in messages. */
export const FORM_NAMES: Record<TrustedKey['kind'], string> = {
  'ed25519-raw': 'a raw Ed25519 key',
  spki: 'an SPKI key',
  minisign: 'a minisign key',
}

/** The trusted keys that may verify a signature of this kind. */
export function keysTrustedFor(kind: SignatureKind, keys: readonly TrustedKey[]): TrustedKey[] {
  return keys.filter((key) => KINDS_TRUSTED_BY_FORM[key.kind].includes(kind))
}

/**
 * A trusted entry with these key bytes that is listed for other kinds only, so a message
 * can say why a signature by a listed key still is not trusted here.
 */
export function listedForOtherKinds(
  kind: SignatureKind,
  keys: readonly TrustedKey[],
  spkiDer: Buffer,
): TrustedKey | undefined {
  return keys.find(
    (key) => key.spkiDer.equals(spkiDer) && !KINDS_TRUSTED_BY_FORM[key.kind].includes(kind),
  )
}
