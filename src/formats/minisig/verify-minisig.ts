import { createHash, verify } from 'node:crypto'
import type { TrustedKey } from '../../keys/trusted-key.js'
import {
  FIX_HINT,
  invalidCheck,
  verifiedCheck,
  type DetachedContext,
  type DetachedVerifier,
} from '../detached-check.js'
import { minisignKeyIdHex } from '../../keys/minisign-key.js'
import { minisigGlobalMessage, parseMinisig, type Minisig } from './minisig.js'

/**
 * Verifies a `<file>.minisig` as `minisign -V` does: the key id picks the key, then
 * both the file signature and the global signature (over the trusted comment) must
 * verify. Without the second, anyone could rewrite the trusted comment.
 */
export function minisigVerifier(
  signatureBytes: Buffer,
  keys: readonly TrustedKey[],
  context: DetachedContext,
): DetachedVerifier {
  const minisig = parseMinisig(signatureBytes)
  if (minisig.algorithm === 'Ed') {
    // The algorithm bytes are not signed: a prehashed `ED` signature over BLAKE2b-512(F)
    // would read as a legacy one over a file whose bytes are that hash. `minisign -V -H`
    // refuses legacy signatures for the same reason; minisign has signed prehashed since 0.8.
    const check = invalidCheck(
      context,
      'minisig-legacy-refused',
      'is a legacy (minisign -l) signature over the whole file; its algorithm bytes are not signed, so a prehashed signature could pass as one. Re-sign without -l (the default, prehashed).',
    )
    return { update: () => {}, finish: () => check }
  }
  const minisignKeys = keys.filter((key) => key.kind === 'minisign')
  const named = minisignKeys.filter((key) => key.minisignKeyId?.equals(minisig.keyId))
  if (named.length === 0) {
    const check = keyIdMismatch(context, minisig, minisignKeys)
    return { update: () => {}, finish: () => check }
  }
  const signedFile = signedFileOf()
  return {
    update: (chunk) => signedFile.update(chunk),
    finish() {
      const message = signedFile.bytes()
      const algorithm = `minisign-${minisig.algorithm}`
      const signer = named.find((key) => ed25519Verifies(key, message, minisig.signature))
      if (signer === undefined) {
        return invalidCheck(
          context,
          'signature-mismatch',
          `names trusted minisign key ${minisignKeyIdHex(minisig.keyId)} but does not verify under it: either the file changed after signing, or the signature was altered or made by an untrusted key that reuses the id (ids are not secret). Re-sign the file with the trusted key.`,
        )
      }
      const global = minisigGlobalMessage(minisig.signature, minisig.trustedComment)
      if (!ed25519Verifies(signer, global, minisig.globalSignature)) {
        return invalidCheck(
          context,
          'minisig-trusted-comment-mismatch',
          'has a valid file signature but its trusted comment (or global signature) was changed after signing. Re-sign the file.',
        )
      }
      // Quoted: the comment is the signer's text and may hold anything a log would act on.
      const comment = JSON.stringify(minisig.trustedComment.toString('utf8'))
      return verifiedCheck(context, signer, algorithm, `; trusted comment: ${comment}`)
    },
  }
}

/** What a prehashed (`ED`) file signature covers: BLAKE2b-512 of the file. */
function signedFileOf(): { update(chunk: Buffer): void; bytes(): Buffer } {
  const hash = createHash('blake2b512')
  return { update: (chunk) => hash.update(chunk), bytes: () => hash.digest() }
}

function keyIdMismatch(
  context: DetachedContext,
  minisig: Minisig,
  minisignKeys: readonly TrustedKey[],
) {
  const signedBy = minisignKeyIdHex(minisig.keyId)
  const trusted = minisignKeys.flatMap((key) =>
    key.minisignKeyId === undefined
      ? []
      : [`${minisignKeyIdHex(key.minisignKeyId)} (${key.identifier})`],
  )
  const have =
    trusted.length === 0
      ? 'no minisign key is trusted'
      : `trusted minisign keys: ${trusted.join(', ')}`
  return invalidCheck(
    context,
    'minisig-key-id-mismatch',
    `was made by minisign key ${signedBy}, which is not trusted (${have}). ${FIX_HINT}`,
  )
}

function ed25519Verifies(key: TrustedKey, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, message, key.publicKey, signature)
  } catch {
    return false
  }
}
