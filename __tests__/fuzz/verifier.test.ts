// Properties 1 and 2 for the whole verify pipeline (verifyFiles -> verifyFile -> parseDossier,
// verifyEmbedded, detachedVerifier): mutate one of a signed file's inputs and judge the
// report against the oracles in verdict-oracle.ts.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { DetachedKind } from '../../src/formats/registry.js'
import type { SignatureCheck, SignatureKind } from '../../src/trust/signature-check.js'
import { TrustedKeysError } from '../../src/trust/trusted-keys-error.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { TrustStore } from '../../src/keys/trusted-key.js'
import { verifyFiles, type FileReport } from '../../src/verify/verify-files.js'
import { runs } from './fuzz-settings.js'
import { mutationsArb, randomBytesArb } from './mutations.js'
import { buildFixtures, type Fixtures } from './signed-files.js'
import {
  mutatedCase,
  reportProblems,
  TARGETS,
  untouchedKinds,
  type Case,
  type Target,
} from './verdict-oracle.js'

const WORKSPACE = '/fuzz'
const FILE = `${WORKSPACE}/fuzz.ds.md`
const SUFFIXES: Record<DetachedKind, string> = {
  sig: '.sig',
  sigstore: '.sigstore.json',
  minisig: '.minisig',
}
const KINDS = Object.keys(SUFFIXES) as DetachedKind[]

const PIPELINE_RUNS = 3000
const RANDOM_FILE_RUNS = 500

let fixtures: Fixtures
beforeAll(() => {
  fixtures = buildFixtures()
})

/** The file and its detached signatures, in memory; absent entries are absent files. */
function memoryReader(dossier: Buffer, detached: Partial<Record<DetachedKind, Buffer>>) {
  const files = new Map<string, Buffer>([[FILE, dossier]])
  for (const kind of KINDS) {
    const bytes = detached[kind]
    if (bytes !== undefined) files.set(`${FILE}${SUFFIXES[kind]}`, bytes)
  }
  return async (path: string) => files.get(path)
}

type Verify = (c: Case, trust: TrustStore) => Promise<FileReport>

const realVerify: Verify = async (c, trust) => {
  const [report] = await verifyFiles({
    workspace: WORKSPACE,
    files: [FILE],
    trust,
    policy: 'warn',
    readFile: memoryReader(c.dossier, c.detached),
  })
  return report!
}

/** The check a case's mutation aims at: under trusted-keys mutations, all of them. */
const AIMED_AT: Record<Target, SignatureKind | 'any'> = {
  dossier: 'embedded',
  sig: 'sig',
  sigstore: 'sigstore',
  minisig: 'minisig',
  'trusted-keys': 'any',
}

/** Outcomes seen, so a run that never reaches one of them (a broken fixture) fails loudly. */
const seen = { cases: 0, trustRefused: 0, aimedVerified: 0, aimedNotVerified: 0 }

function pipelineProperty(verify: Verify) {
  return fc.asyncProperty(
    fc.nat(),
    fc.constantFrom(...TARGETS),
    mutationsArb,
    async (index, target, mutations) => {
      const file = fixtures.files[index % fixtures.files.length]!
      const c = mutatedCase(file, fixtures.trustedKeysText, target, mutations)
      seen.cases++
      let trust = fixtures.trust
      if (target === 'trusted-keys') {
        try {
          trust = buildTrustStore([{ text: c.trustedKeysText, source: 'trusted-keys' }])
        } catch (error) {
          expect(error).toBeInstanceOf(TrustedKeysError)
          seen.trustRefused++
          return
        }
      }
      const report = await verify(c, trust)
      expect(reportProblems(report, c)).toEqual([])
      const aimed = AIMED_AT[target]
      const verified = report.signatures.some(
        (check) => check.status === 'verified' && (aimed === 'any' || check.kind === aimed),
      )
      if (verified) seen.aimedVerified++
      else seen.aimedNotVerified++
      // Mutating one signature file must not disturb the verdicts on the others.
      const untouched = statuses(report.signatures, untouchedKinds(target))
      expect(untouched).toEqual(untouched.map(({ kind }) => ({ kind, status: 'verified' })))
    },
  )
}

function statuses(checks: SignatureCheck[], kinds: SignatureKind[]) {
  return kinds.map((kind) => ({
    kind,
    status: checks.find((check) => check.kind === kind)?.status,
  }))
}

describe('the verify pipeline on mutated signed files (properties 1 and 2)', () => {
  it('verifies every pristine fixture, with every signature', async () => {
    for (const file of fixtures.files) {
      const report = await realVerify(
        mutatedCase(file, fixtures.trustedKeysText, 'dossier', []),
        fixtures.trust,
      )
      const all: SignatureKind[] = ['embedded', 'sig', 'sigstore', 'minisig']
      expect({ file: file.name, checks: statuses(report.signatures, all) }).toEqual({
        file: file.name,
        checks: all.map((kind) => ({ kind, status: 'verified' })),
      })
      expect(report).toMatchObject({ integrity: 'valid', recommendation: 'ALLOW' })
    }
  })

  it('never fails untyped, and verifies only what unchanged signed bytes, signature and key vouch for', async () => {
    await fc.assert(pipelineProperty(realVerify), runs(PIPELINE_RUNS))
    // Both outcomes must be common, or the property proved little.
    expect(seen.aimedVerified).toBeGreaterThan(seen.cases / 20)
    expect(seen.aimedNotVerified).toBeGreaterThan(seen.cases / 4)
    expect(seen.trustRefused).toBeGreaterThan(0)
  })

  it('has teeth: a verifier that says `verified` to everything fails the property', async () => {
    const gullible: Verify = async (c, trust) => {
      const report = await realVerify(c, trust)
      const signatures = report.signatures.map((check) => ({
        ...check,
        status: 'verified' as const,
      }))
      return { ...report, signatures }
    }
    const result = await fc.check(pipelineProperty(gullible), { ...runs(200), endOnFailure: true })
    expect(result.failed).toBe(true)
  })

  it('never verifies, nor fails untyped, on random files and random signature files', async () => {
    const maybeBytes = fc.option(randomBytesArb, { nil: undefined })
    await fc.assert(
      fc.asyncProperty(
        randomBytesArb,
        fc.record({ sig: maybeBytes, sigstore: maybeBytes, minisig: maybeBytes }),
        async (dossier, detached) => {
          const [report] = await verifyFiles({
            workspace: WORKSPACE,
            files: [FILE, FILE],
            trust: fixtures.trust,
            policy: 'warn',
            readFile: memoryReader(dossier, detached),
          })
          expect(report?.code).not.toBe('verify-failed')
          expect(report?.authenticity).not.toBe('verified')
          expect(report?.signatures.filter((check) => check.code === 'verifier-failed')).toEqual([])
        },
      ),
      runs(RANDOM_FILE_RUNS),
    )
  })
})
