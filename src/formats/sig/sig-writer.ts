import { createVerify } from 'node:crypto'
import { verifyKeyInput } from '../../keys/algorithms.js'
import type { DetachedWriter } from '../writing.js'
import { formatSigFile, MAX_SIG_FILE_BYTES, parseSigFile } from './sig-file.js'

/** `<file>.sig`: the key's signature over the file's digest, as one base64 line. */
export const SIG_WRITER: DetachedWriter = {
  maxBytes: MAX_SIG_FILE_BYTES,
  existing(content, keys) {
    let signature: Buffer
    try {
      signature = parseSigFile(content)
    } catch {
      return undefined // malformed: a good one replaces it
    }
    const verifier = createVerify(keys.digest.hash)
    const keyInput = verifyKeyInput(keys.digest.algorithm, keys.digest.publicKey)
    return {
      update: (chunk) => verifier.update(chunk),
      holds: () => verifier.verify(keyInput, signature),
    }
  },
  fromDigestSignature: (signature) => formatSigFile(signature),
}
