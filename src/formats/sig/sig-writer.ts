import { FileSignatureCheck } from '../../keys/file-signature-check.js'
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
    const check = new FileSignatureCheck(keys.digest.algorithm, keys.digest.publicKey)
    return {
      begin: (size) => check.begin(size),
      update: (chunk) => check.update(chunk),
      holds: (facts) => check.verify(signature, facts.digest),
    }
  },
  fromDigestSignature: (signature) => formatSigFile(signature),
}
