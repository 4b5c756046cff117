// Judges one verifyFile report on a mutated signed file against the oracles: every
// `verified` must be explained by unchanged signed bytes, signature and key.
import type { DetachedKind } from '../../src/formats/registry.js'
import type { SignatureCheck, SignatureKind } from '../../src/trust/signature-check.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import {
  integrityBySpec,
  mayStillVerify,
  signedMeaning,
  type SignedMeaning,
} from './dossier-meaning.js'
import { mutate, type Mutation } from './mutations.js'
import { listsKey, minisigMeaning, sigMeaning, sigstoreMeaning } from './signature-meaning.js'
import type { SignedFile } from './signed-files.js'

/** What one case mutates: the dossier, one of its detached signatures, or the trusted keys. */
export type Target = 'dossier' | DetachedKind | 'trusted-keys'
export const TARGETS: readonly Target[] = ['dossier', 'sig', 'sigstore', 'minisig', 'trusted-keys']

/** The inputs of one case: all pristine but the target. */
export interface Case {
  file: SignedFile
  target: Target
  dossier: Buffer
  detached: Record<DetachedKind, Buffer>
  trustedKeysText: string
}

export function mutatedCase(
  file: SignedFile,
  trustedKeysText: string,
  target: Target,
  mutations: readonly Mutation[],
): Case {
  const edit = (bytes: Buffer, of: Target) => (target === of ? mutate(bytes, mutations) : bytes)
  return {
    file,
    target,
    dossier: edit(file.dossier, 'dossier'),
    detached: {
      sig: edit(file.detached.sig, 'sig'),
      sigstore: edit(file.detached.sigstore, 'sigstore'),
      minisig: edit(file.detached.minisig, 'minisig'),
    },
    trustedKeysText:
      target === 'trusted-keys'
        ? mutate(Buffer.from(trustedKeysText), mutations).toString('utf8')
        : trustedKeysText,
  }
}

const MEANING: Record<DetachedKind, (bytes: Buffer) => string | undefined> = {
  sig: sigMeaning,
  sigstore: sigstoreMeaning,
  minisig: minisigMeaning,
}

const STATUSES = ['verified', 'signed_unknown', 'invalid', 'error']
const AUTHENTICITIES = ['verified', 'signed_unknown', 'unsigned', 'invalid', 'error']
const INTEGRITIES = ['valid', 'invalid', 'missing']
const RECOMMENDATIONS = ['ALLOW', 'WARN', 'BLOCK']

/**
 * Problems with a report, empty when it is sound: well formed, no untyped failure hidden
 * behind an `error`, every `verified` explained, nothing ALLOWed over a bad checksum.
 */
export function reportProblems(report: FileReport, c: Case): string[] {
  const problems: string[] = []
  if (!AUTHENTICITIES.includes(report.authenticity))
    problems.push(`authenticity ${report.authenticity}`)
  if (!INTEGRITIES.includes(report.integrity)) problems.push(`integrity ${report.integrity}`)
  if (!RECOMMENDATIONS.includes(report.recommendation))
    problems.push(`recommendation ${report.recommendation}`)
  if (report.code === 'verify-failed') problems.push(`untyped failure: ${report.message}`)
  for (const check of report.signatures) {
    if (!STATUSES.includes(check.status)) problems.push(`${check.kind} status ${check.status}`)
    if (check.code === 'verifier-failed') problems.push(`untyped failure: ${check.message}`)
    if (check.status === 'verified') problems.push(...unexplained(check, c))
  }
  if (report.recommendation === 'ALLOW' && integrityBySpec(c.dossier) === 'invalid') {
    problems.push('ALLOW although the checksum does not match the body')
  }
  return problems
}

/** Why a `verified` check cannot be right, if it cannot. */
function unexplained(check: SignatureCheck, c: Case): string[] {
  // The fixtures hold no provenance bundle: nothing may be verified through one.
  if (check.kind === 'provenance') return ['provenance verified without a bundle']
  const signer = c.file.signers[check.kind]
  if (c.target === 'trusted-keys') {
    return listsKey(c.trustedKeysText, signer.listing)
      ? []
      : [`${check.kind} verified although the trusted keys no longer list ${signer.identifier}`]
  }
  if (check.keyIdentifier !== signer.identifier) {
    return [`${check.kind} verified under ${check.keyIdentifier}, not ${signer.identifier}`]
  }
  if (check.kind === 'embedded') {
    const original = originalMeaning(c.file)
    const same =
      original !== undefined && mayStillVerify(original, signedMeaning(c.dossier, c.file.scheme))
    return same
      ? []
      : ['embedded verified although what it signs, its signature or its key changed']
  }
  if (!c.dossier.equals(c.file.dossier)) return [`${check.kind} verified although the file changed`]
  const kind = check.kind as DetachedKind
  const meaning = MEANING[kind](c.detached[kind])
  return meaning !== undefined && meaning === MEANING[kind](c.file.detached[kind])
    ? []
    : [`${kind} verified although its signature changed`]
}

const originals = new WeakMap<SignedFile, SignedMeaning | undefined>()

function originalMeaning(file: SignedFile): SignedMeaning | undefined {
  if (!originals.has(file)) originals.set(file, signedMeaning(file.dossier, file.scheme))
  return originals.get(file)
}

/** The kinds a case leaves alone; they must still verify exactly as before. */
export function untouchedKinds(target: Target): SignatureKind[] {
  if (target === 'dossier' || target === 'trusted-keys') return []
  return (['embedded', 'sig', 'sigstore', 'minisig'] as const).filter((kind) => kind !== target)
}
