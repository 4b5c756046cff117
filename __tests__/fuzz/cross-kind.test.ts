// Signatures moved across kinds: a real signature by a real key, of every kind the
// verifier reads, placed where another kind is read (with, where the attack is "a file
// whose content is what was signed", the signed message as that file), the signer trusted
// in exactly the form its original protocol was signed under. The whole workspace check
// runs on each placement; cross-kind-oracle.ts says what it may conclude.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DETACHED_FORMATS, type DetachedKind } from '../../src/formats/registry.js'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import type { Policy } from '../../src/trust/policy.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { verifyWorkspace } from '../../src/verify/verify-workspace.js'
import { CHECK_KIND, crossKindProblems, mayVerify } from './cross-kind-oracle.js'
import { KINDS, SIGNER_IDENTIFIER, SIGNERS, trustedKeysText, type Kind } from './cross-kind-keys.js'
import { place, type PlacementVariant } from './cross-kind-placements.js'
import {
  originalOf,
  type Artifacts,
  type OriginalSpec,
  type Signed,
} from './cross-kind-signatures.js'
import { runs } from './fuzz-settings.js'

const PATTERNS = parseFilePatterns('**/*.ds.md\n**/*.txt')
const CROSS_KIND_RUNS = 500

/** A signature of one kind and the slot of another it is moved to. */
interface Move {
  origin: Kind
  part: Signed['part']
  slot: Kind
}

/** Every move: each kind's signatures (minisign's two) into every other slot; a global signature into any. */
const MOVES: readonly Move[] = KINDS.flatMap((origin) => {
  const parts: Signed['part'][] = origin.startsWith('minisig')
    ? ['signature', 'minisig-global']
    : ['signature']
  return parts.flatMap((part) =>
    KINDS.filter((slot) => slot !== origin || part !== 'signature').map((slot) => ({
      origin,
      part,
      slot,
    })),
  )
})

/**
 * Forgeries this suite found and src/ now refuses; each keeps a replay test at the end
 * (every signer, content and name, under strict), besides the property.
 */
const CLOSED_FINDINGS: ReadonlyMap<string, string> = new Map([
  // A v2/v3 payload is tagged so that it means "this dossier"; a file whose bytes are the
  // payload, with the embedded signature as its `.sig` or bundle, verifies (ALLOW as a plain file).
  ['embedded-v2/signature->sig', 'tagged payload read as a whole file'],
  ['embedded-v2/signature->sigstore', 'tagged payload read as a whole file'],
  ['embedded-v3/signature->sig', 'tagged payload read as a whole file'],
  ['embedded-v3/signature->sigstore', 'tagged payload read as a whole file'],
  // minisign's algorithm bytes are not signed: an ED signature over BLAKE2b-512(F) is a
  // legacy Ed signature for a file whose bytes are that hash (minisign -V without -H agrees).
  ['minisig-ED/signature->minisig-Ed', 'prehashed signature read as a legacy one'],
])

const moveName = (m: Move) => `${m.origin}/${m.part}->${m.slot}`

let root: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dossier-cross-kind-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The whole verify check on one workspace holding `artifacts`; the report on its file. */
async function verifyArtifacts(
  artifacts: Artifacts,
  trustText: string,
  policy: Policy,
): Promise<FileReport> {
  const workspace = mkdtempSync(path.join(root, 'case-'))
  try {
    writeFileSync(path.join(workspace, artifacts.name), artifacts.file)
    for (const [kind, bytes] of Object.entries(artifacts.detached)) {
      writeFileSync(
        path.join(workspace, `${artifacts.name}${DETACHED_FORMATS[kind as DetachedKind].suffix}`),
        bytes,
      )
    }
    const { reports } = await verifyWorkspace({
      workspace,
      patterns: PATTERNS,
      trust: buildTrustStore([{ text: trustText, source: 'trusted-keys.txt' }]),
      policy,
    })
    expect(reports.map((r) => r.file)).toEqual([artifacts.name])
    return reports[0]!
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

const specArb = (origin: Kind) =>
  fc.record({
    kind: fc.constant(origin),
    signer: fc.constantFrom(...SIGNERS[origin]),
    content: fc.nat(),
    legacyLayout: fc.constantFrom('legacy-json' as const, 'legacy-yaml' as const),
  })

const variantArb: fc.Arbitrary<PlacementVariant> = fc.record({
  legacyLayout: fc.constantFrom('legacy-json' as const, 'legacy-yaml' as const),
  publicKey: fc.constantFrom('none' as const, 'spki' as const, 'pem' as const, 'raw' as const),
  v1Covers: fc.constantFrom('absent' as const, 'body' as const),
  name: fc.constantFrom('forged.ds.md' as const, 'forged.txt' as const),
})

const caseArb = fc.constantFrom(...MOVES).chain((move) =>
  fc.record({
    move: fc.constant(move),
    spec: specArb(move.origin),
    variant: variantArb,
    policy: fc.constantFrom<Policy>('warn', 'strict'),
  }),
)

/** What the run reached, so a generator that never reaches the exception fails loudly. */
const seen = { cases: 0, moves: new Set<string>(), exceptions: 0, exceptionVerified: 0 }

function crossKindProperty() {
  return fc.asyncProperty(caseArb, async ({ move, spec, variant, policy }) => {
    const original = originalOf(spec as OriginalSpec)
    const signed = original.signed.find((s) => s.part === move.part)!
    const placement = place(signed, move.slot, variant)
    const report = await verifyArtifacts(placement.artifacts, trustedKeysText(spec.signer), policy)
    seen.cases++
    seen.moves.add(moveName(move))
    expect(crossKindProblems(report, signed, placement, policy)).toEqual([])
    if (mayVerify(signed, placement)) {
      seen.exceptions++
      // The deliberate exception is documented behaviour: the same bytes under the same
      // protocol do verify, so the generator really built what the oracle lets through.
      const check = report.signatures.find((c) => c.kind === CHECK_KIND[move.slot])
      expect(check?.status).toBe('verified')
      seen.exceptionVerified++
    }
  })
}

describe('signatures moved across kinds', () => {
  it('every original verifies under the form it was signed under (the fixtures are real)', async () => {
    for (const kind of KINDS) {
      for (const signer of SIGNERS[kind]) {
        for (const content of [0, 1, 2, 3]) {
          const original = originalOf({ kind, signer, content, legacyLayout: 'legacy-yaml' })
          const report = await verifyArtifacts(original.artifacts, trustedKeysText(signer), 'warn')
          const check = report.signatures.find((c) => c.kind === CHECK_KIND[kind])
          const label = `${kind} by ${signer.key} as ${signer.form}, content ${content}`
          if (kind === 'minisig-Ed') {
            // Legacy minisign signatures are refused outright (see CLOSED_FINDINGS).
            expect({ label, status: check?.status, code: check?.code }).toEqual({
              label,
              status: 'invalid',
              code: 'minisig-legacy-refused',
            })
            continue
          }
          expect({ label, status: check?.status, key: check?.keyIdentifier }).toEqual({
            label,
            status: 'verified',
            key: SIGNER_IDENTIFIER,
          })
          expect({ label, recommendation: report.recommendation }).toEqual({
            label,
            recommendation: kind === 'embedded-v1' ? 'WARN' : 'ALLOW',
          })
        }
      }
    }
  })

  it('never ALLOWs nor verifies a moved signature, but for the same bytes under the same protocol', async () => {
    await fc.assert(crossKindProperty(), runs(CROSS_KIND_RUNS))
    const missed = MOVES.map(moveName).filter((m) => !seen.moves.has(m))
    expect(missed).toEqual([])
    expect(seen.exceptions).toBeGreaterThan(seen.cases / 20)
  })

  // Closed findings: each replays its move for every signer and content.
  for (const [name, why] of CLOSED_FINDINGS) {
    it(`closed finding, ${why}: ${name} is never verified`, async () => {
      const move = MOVES.find((m) => moveName(m) === name)!
      const problems: string[] = []
      for (const signer of SIGNERS[move.origin]) {
        for (const content of [0, 1, 2, 3]) {
          const original = originalOf({
            kind: move.origin,
            signer,
            content,
            legacyLayout: 'legacy-json',
          })
          const signed = original.signed.find((s) => s.part === move.part)!
          for (const name of ['forged.ds.md', 'forged.txt'] as const) {
            const variant = {
              legacyLayout: 'legacy-json',
              publicKey: 'none',
              v1Covers: 'absent',
              name,
            } as const
            const placement = place(signed, move.slot, variant)
            const report = await verifyArtifacts(
              placement.artifacts,
              trustedKeysText(signer),
              'strict',
            )
            problems.push(...crossKindProblems(report, signed, placement, 'strict'))
          }
        }
      }
      expect(problems).toEqual([])
    })
  }
})
