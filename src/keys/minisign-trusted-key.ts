import type { KeyObject } from 'node:crypto'
import { MinisignKeyError, parseMinisignPublicKey } from './minisign-key.js'
import { ed25519FromRaw } from './public-key-text.js'

/** A minisign `RW...` key as a trust entry: the Ed25519 key plus the key id signatures name. */
export interface MinisignTrustedKey {
  publicKey: KeyObject
  spkiDer: Buffer
  keyId: Buffer
}

/**
 * The minisign key a token denotes, or undefined when it is not minisign-shaped (so it is
 * read as another key form). A minisign-sized key of another algorithm is an error.
 */
export function minisignKeyFromText(token: string): MinisignTrustedKey | undefined {
  try {
    const { keyId, publicKey } = parseMinisignPublicKey(token)
    return { ...ed25519FromRaw(publicKey), keyId: Buffer.from(keyId) }
  } catch (error) {
    if (error instanceof MinisignKeyError && error.code === 'minisign-key-wrong-algorithm')
      throw error
    return undefined
  }
}
