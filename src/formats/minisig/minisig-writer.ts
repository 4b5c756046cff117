import type { DetachedWriter } from '../writing.js'
import { MAX_MINISIG_BYTES } from './minisig.js'
import { minisigStillValid, writeMinisig } from './write-minisig.js'

/**
 * `<file>.minisig` from a pure Ed25519 key (KMS ECC_NIST_EDWARDS25519): two short RAW
 * signatures, over BLAKE2b-512(file) and over `signature || trusted comment`.
 */
export const MINISIG_WRITER: DetachedWriter = {
  maxBytes: MAX_MINISIG_BYTES,
  existing(content, keys) {
    const key = keys.message
    if (key === undefined) return undefined
    return {
      update: () => {},
      holds: (facts) =>
        facts.blake2b512 !== undefined && minisigStillValid(content, facts.blake2b512, key),
    }
  },
  fromMessageKey(facts, key) {
    if (facts.blake2b512 === undefined) throw new Error('minisig needs the BLAKE2b-512 digest')
    return writeMinisig(facts.blake2b512, key, key, key.trustedComment(facts.file))
  },
}
