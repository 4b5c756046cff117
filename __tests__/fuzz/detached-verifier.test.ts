// detachedVerifier for .sig, .sigstore.json and .minisig (properties 1 and 2): fed the file
// in arbitrary chunks, it never throws, answers the same check on every finish(), does not
// depend on the chunking, and verifies exactly when neither the file nor what the
// signature file says has changed.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { detachedVerifier } from '../../src/formats/detached-verifier.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { runs } from './fuzz-settings.js'
import { mutate, mutationsArb } from './mutations.js'
import { minisigMeaning, sigMeaning, sigstoreMeaning } from './signature-meaning.js'
import { buildFixtures, type Fixtures } from './signed-files.js'

const RUNS = 1500

const MEANING: Record<DetachedKind, (bytes: Buffer) => string | undefined> = {
  sig: sigMeaning,
  sigstore: sigstoreMeaning,
  minisig: minisigMeaning,
}

let fixtures: Fixtures
beforeAll(() => {
  fixtures = buildFixtures()
})

function run(
  kind: DetachedKind,
  signature: Buffer,
  keys: TrustedKey[],
  file: Buffer,
  chunks: number[],
) {
  const verifier = detachedVerifier(kind, signature, keys, `fuzz.ds.md.${kind}`)
  let offset = 0
  for (let i = 0; offset < file.length; i++) {
    const size = chunks.length === 0 ? file.length : chunks[i % chunks.length]!
    verifier.update(file.subarray(offset, offset + size))
    offset += size
  }
  const first = verifier.finish()
  expect(verifier.finish()).toBe(first)
  return first
}

/** Nothing, or one to four mutations. */
const maybeMutations = fc.oneof(fc.constant([]), mutationsArb)

describe('detachedVerifier on mutated files and signature files (properties 1 and 2)', () => {
  it('never throws, ignores chunking, and verifies exactly when file and signature mean what was signed', () => {
    let verified = 0
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom<DetachedKind>('sig', 'sigstore', 'minisig'),
        maybeMutations,
        maybeMutations,
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 5 }),
        (index, kind, fileMutations, signatureMutations, chunks) => {
          const fixture = fixtures.files[index % fixtures.files.length]!
          const file = mutate(fixture.dossier, fileMutations)
          const signature = mutate(fixture.detached[kind], signatureMutations)
          const check: SignatureCheck = run(kind, signature, fixtures.trust.keys, file, chunks)
          expect(check).toEqual(run(kind, signature, fixtures.trust.keys, file, []))
          expect(check).toMatchObject({ kind, signatureFile: `fuzz.ds.md.${kind}` })
          expect(['verified', 'invalid', 'error']).toContain(check.status)
          expect(check.code).not.toBe('verifier-failed')
          const meaning = MEANING[kind](signature)
          const unchanged =
            file.equals(fixture.dossier) &&
            meaning !== undefined &&
            meaning === MEANING[kind](fixture.detached[kind])
          expect(check.status === 'verified').toBe(unchanged)
          if (unchanged) {
            expect(check.keyIdentifier).toBe(fixture.signers[kind].identifier)
            verified++
          }
        },
      ),
      runs(RUNS),
    )
    expect(verified).toBeGreaterThan(RUNS / 20)
  })

  it('never verifies, nor throws, without trusted keys', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom<DetachedKind>('sig', 'sigstore', 'minisig'),
        (index, kind) => {
          const fixture = fixtures.files[index % fixtures.files.length]!
          const check = run(kind, fixture.detached[kind], [], fixture.dossier, [])
          expect(check.status).toBe('invalid')
        },
      ),
      runs(100),
    )
  })
})
