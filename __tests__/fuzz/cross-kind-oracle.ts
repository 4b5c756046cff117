// The oracle for signatures moved across kinds, read from formats.md 2.2, 3, 5 and 6
// apart from src/: when may a signature made in one protocol be `verified` in another's
// slot, and when may the file be ALLOWed. Everything not allowed here is a forgery.
import type { Coverage, SignatureCheck, SignatureKind } from '../../src/trust/signature-check.js'
import type { Policy } from '../../src/trust/policy.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { SIGNER_IDENTIFIER, type Form, type Kind } from './cross-kind-keys.js'
import type { Placement } from './cross-kind-placements.js'
import type { Signed } from './cross-kind-signatures.js'

const EMBEDDED: readonly Kind[] = ['embedded-v1', 'embedded-v2', 'embedded-v3']
const MINISIG: readonly Kind[] = ['minisig-ED', 'minisig-Ed']

/** Rule 1, one key, one protocol (formats.md 3): the kinds an entry verifies, by its form. */
export const KINDS_TRUSTED_BY_FORM: Record<Form, readonly Kind[]> = {
  raw: EMBEDDED,
  spki: [...EMBEDDED, 'sig', 'sigstore'],
  'spki-pem': [...EMBEDDED, 'sig', 'sigstore'],
  minisign: MINISIG,
}

/**
 * Rule 2, the same protocol: kinds in which a key signs the bytes themselves, untagged,
 * with its key type's plain primitive. A signature in one of them IS a signature in the
 * others over the same bytes: a `.sig` is a `.sigstore.json` message signature for the
 * same file, and a valid v1 signature for a dossier whose body is that file (formats.md
 * 2.2), and back. v2/v3 payloads carry a tag so that they mean "this dossier" and nothing
 * else; minisign's two signatures (and its two modes) are its own protocol, in its own
 * key form.
 */
export const PLAIN_BYTES: readonly Kind[] = ['embedded-v1', 'sig', 'sigstore']

/**
 * ...except into a v1 slot: v1 reads untagged bytes, so whatever the key signed, tagged or
 * not, is a valid v1 signature for a dossier whose body is those bytes. That is why v1
 * is coverage `body` and never ALLOW (formats.md 2.2); rule 1 still applies.
 */
const READS_ANY_SIGNED_BYTES: readonly Kind[] = ['embedded-v1']

/** What a verified check in each slot must say it covers. */
const SLOT_COVERAGE: Record<Kind, Coverage> = {
  'embedded-v1': 'body',
  'embedded-v2': 'frontmatter+body',
  'embedded-v3': 'spec-frontmatter+body',
  sig: 'file',
  sigstore: 'file',
  'minisig-ED': 'file',
  'minisig-Ed': 'file',
}

/** The report's check kind that reads each slot. */
export const CHECK_KIND: Record<Kind, SignatureKind> = {
  'embedded-v1': 'embedded',
  'embedded-v2': 'embedded',
  'embedded-v3': 'embedded',
  sig: 'sig',
  sigstore: 'sigstore',
  'minisig-ED': 'minisig',
  'minisig-Ed': 'minisig',
}

/** formats.md 2.2: body-only coverage is never ALLOW; it warns, and strict blocks it. */
const BODY_ONLY: Record<Policy, FileReport['recommendation']> = { warn: 'WARN', strict: 'BLOCK' }

/**
 * The one deliberate exception: `verified` in another kind's slot only when rule 1 (the
 * signer's listed form trusts the slot), rule 2 (the original and the slot are the same
 * plain-bytes protocol, or the slot is v1) and rule 3 (the slot reads exactly the bytes
 * the key signed, as the signature the original protocol made over them) all hold. The
 * slot is then a v1 body (coverage `body`, so never ALLOW: WARN, strict BLOCK) or the
 * whole file under a `.sig` / `.sigstore.json` (coverage `file`, which may ALLOW).
 */
export function mayVerify(signed: Signed, placement: Placement): boolean {
  const rule1 = KINDS_TRUSTED_BY_FORM[signed.signer.form].includes(placement.slot)
  const rule2 =
    READS_ANY_SIGNED_BYTES.includes(placement.slot) ||
    (PLAIN_BYTES.includes(signed.origin) && PLAIN_BYTES.includes(placement.slot))
  const rule3 = placement.signedBytes !== undefined && placement.signedBytes.equals(signed.message)
  return rule1 && rule2 && rule3
}

/** Why a report on a cross-kind placement is a forgery; empty when it is sound. */
export function crossKindProblems(
  report: FileReport,
  signed: Signed,
  placement: Placement,
  policy: Policy,
): string[] {
  const problems: string[] = []
  const allowed = mayVerify(signed, placement)
  const slotKind = CHECK_KIND[placement.slot]
  const fullyCovered = (check: SignatureCheck) =>
    check.status === 'verified' && allowed && check.kind === slotKind && check.coverage === 'file'
  for (const check of report.signatures) {
    if (check.status !== 'verified') continue
    if (check.kind !== slotKind) {
      problems.push(
        `${check.kind} verified, though only the ${placement.slot} slot holds a moved signature`,
      )
    } else if (!allowed) {
      problems.push(`${placement.slot} verified ${describe(signed)}`)
    } else if (check.coverage !== SLOT_COVERAGE[placement.slot]) {
      problems.push(
        `${placement.slot} verified with coverage ${check.coverage}, not ${SLOT_COVERAGE[placement.slot]}`,
      )
    } else if (check.keyIdentifier !== SIGNER_IDENTIFIER) {
      problems.push(`${placement.slot} verified under ${check.keyIdentifier}, a decoy`)
    }
  }
  if (report.recommendation === 'ALLOW' && !report.signatures.some(fullyCovered)) {
    problems.push(`ALLOW for ${describe(signed)} placed as ${placement.slot}`)
  }
  const bodyOnly = report.signatures.some((c) => c.status === 'verified' && c.coverage === 'body')
  if (
    bodyOnly &&
    !report.signatures.some(fullyCovered) &&
    report.recommendation !== BODY_ONLY[policy]
  ) {
    problems.push(
      `a body-only verification is ${report.recommendation}, not ${BODY_ONLY[policy]} (${policy})`,
    )
  }
  return problems
}

function describe(signed: Signed): string {
  const part = signed.part === 'signature' ? '' : ` ${signed.part}`
  return `a ${signed.origin}${part} signature by ${signed.signer.key} listed as ${signed.signer.form}`
}
