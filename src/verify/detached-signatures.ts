import { isDssePae, isTaggedPayload } from '../dossier/payload.js'
import { messageOf } from '../errors.js'
import { ReadError } from '../files/read-regular-file.js'
import { detachedVerifier } from '../formats/detached-verifier.js'
import { DETACHED_FORMATS, DETACHED_KINDS, type DetachedKind } from '../formats/registry.js'
import { keysTrustedFor } from '../trust/key-protocols.js'
import type { SignatureCheck } from '../trust/signature-check.js'
import type { RecheckableSignature } from './stale-signatures.js'

/**
 * The detached signatures beside a file (`<file>.sig`, `.sigstore.json`, `.minisig`),
 * each checkable against any version of the file; one that cannot be read is an `error`.
 */
export async function detachedSignatures(
  file: string,
  relative: string,
  readFile: (path: string) => Promise<Buffer | undefined>,
): Promise<RecheckableSignature[]> {
  const found: RecheckableSignature[] = []
  for (const kind of DETACHED_KINDS) {
    const signatureFile = `${relative}${DETACHED_FORMATS[kind].suffix}`
    let signatureBytes: Buffer | undefined
    try {
      signatureBytes = await readFile(`${file}${DETACHED_FORMATS[kind].suffix}`)
    } catch (error) {
      const code = error instanceof ReadError ? error.code : 'unreadable'
      const check: SignatureCheck = {
        kind,
        status: 'error',
        signatureFile,
        code,
        message: `${signatureFile} ${messageOf(error)}`,
      }
      found.push({ kind, signatureFile, check: () => check })
      continue
    }
    if (signatureBytes === undefined) continue
    const content = signatureBytes
    found.push({
      kind,
      signatureFile,
      check(bytes, trust) {
        if (isTaggedPayload(bytes)) return payloadAsFile(kind, signatureFile, bytes)
        const keys = keysTrustedFor(kind, trust.keys)
        const verifier = detachedVerifier(kind, content, keys, signatureFile)
        verifier.update(bytes)
        return verifier.finish()
      },
    })
  }
  return found
}

/**
 * Domain separation the formats lack: a v2/v3 payload is what an embedded signature
 * signs, and a DSSE PAE what a provenance bundle's signature signs, so a detached
 * signature over a file holding one may be such a signature moved here. Such a file is
 * never verified as a file (sign mode refuses to sign one).
 */
function payloadAsFile(kind: DetachedKind, signatureFile: string, bytes: Buffer): SignatureCheck {
  const [code, what] = isDssePae(bytes)
    ? [
        'dsse-payload-as-file',
        `what a provenance bundle signs ("DSSEv1 "), so it may be an attestation's signature`,
      ]
    : [
        'embedded-payload-as-file',
        `an embedded signature's payload ("dossier-signature-v2/v3"), so it may be a dossier's signature`,
      ]
  return {
    kind,
    signatureFile,
    status: 'invalid',
    code,
    message: `${signatureFile} is over a file that starts like ${what} moved here; such a file is never verified as a file. Rename or re-create the file if this is a mistake.`,
  }
}
