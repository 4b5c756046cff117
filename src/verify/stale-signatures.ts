import { isDeepStrictEqual } from 'node:util'
import { checkIntegrity } from '../dossier/checksum.js'
import { parseDossier, type Dossier } from '../dossier/dossier.js'
import { verifyEmbedded } from '../formats/embedded/verify-embedded.js'
import type { SignatureCheck, SignatureKind } from '../trust/signature-check.js'
import type { TrustStore } from '../keys/trusted-key.js'

/** A detached signature that can be checked against any version of its file. */
export interface RecheckableSignature {
  kind: SignatureKind
  signatureFile: string
  check(bytes: Buffer, trust: TrustStore): SignatureCheck
}

export const STALE_MESSAGE =
  'changed since it was signed; the signing workflow re-signs it after merge'

/**
 * The sign-on-merge workflow: a pull request edits a signed file, and only main can
 * re-sign it. Each `invalid` check that a trusted key verifies for the base branch's
 * version becomes `stale`; one that verifies for neither version stays `invalid`.
 * Embedded: the same signature object must sit in the base version and verify there,
 * with a valid checksum, so a signature from elsewhere never passes as stale.
 */
export function staleChecks(
  checks: readonly SignatureCheck[],
  base: Buffer,
  current: Dossier | undefined,
  detached: readonly RecheckableSignature[],
  trust: TrustStore,
): SignatureCheck[] {
  let baseDossier: Dossier | undefined | null = null
  return checks.map((check) => {
    if (check.status !== 'invalid') return check
    if (check.kind !== 'embedded') {
      const found = detached.find((candidate) => candidate.signatureFile === check.signatureFile)
      const old = found?.check(base, trust)
      return old?.status === 'verified' ? staleFrom(old, check) : check
    }
    if (baseDossier === null) baseDossier = parsedOrUndefined(base)
    const signature = current?.signature?.value
    if (baseDossier === undefined || !isDeepStrictEqual(baseDossier.signature?.value, signature)) {
      return check
    }
    if (checkIntegrity(baseDossier.checksum, baseDossier.body).integrity !== 'valid') return check
    const old = verifyEmbedded(baseDossier, trust)
    return old?.status === 'verified' ? staleFrom(old, check) : check
  })
}

function staleFrom(old: SignatureCheck, current: SignatureCheck): SignatureCheck {
  const where = current.kind === 'embedded' ? 'the embedded signature' : current.signatureFile
  return {
    ...current,
    status: 'stale',
    coverage: old.coverage,
    algorithm: old.algorithm,
    code: 'stale-signature',
    message: `${STALE_MESSAGE} (${where} verifies under trusted key ${old.keyIdentifier} for the base branch's version, not for this one)`,
  }
}

function parsedOrUndefined(bytes: Buffer): Dossier | undefined {
  try {
    return parseDossier(bytes)
  } catch {
    return undefined
  }
}
