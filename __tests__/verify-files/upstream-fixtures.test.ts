import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { verifyFiles, type FileReport } from '../../src/verify/verify-files.js'

/** Real upstream files, read in place (never copied into the project). */
const FIXTURES = fileURLToPath(
  new URL('../../../shared/fixtures/upstream-dossiers', import.meta.url),
)
const present = existsSync(path.join(FIXTURES, 'trusted-keys.txt'))
if (!present) console.log(`upstream fixtures not found at ${FIXTURES}; skipping their tests`)

type Expected = Pick<FileReport, 'integrity' | 'authenticity' | 'recommendation' | 'coverage'> & {
  identifier?: string
}

/**
 * The fixtures README's table, as verdicts with its trusted-keys.txt: the v1 (body-only)
 * files are verified but WARN, their frontmatter unsigned (formats.md 2.2).
 */
const EXPECTED: Record<string, Expected> = {
  'schema-capability-check.kms-signed.ds.md': verifiedV1('imboard-ai-official-kms'),
  'project-exploration.kms-signed.ds.md': verifiedV1('imboard-ai-official-kms'),
  'setup-dossier-mcp.kms-signed.STALE-checksum.ds.md': {
    integrity: 'invalid',
    authenticity: 'invalid',
    recommendation: 'BLOCK',
  },
  'add-git-worktree-support.kms-signed.INVALID-signature-valid-checksum.ds.md': {
    integrity: 'valid',
    authenticity: 'invalid',
    recommendation: 'BLOCK',
  },
  'hello-world.ed25519-signed.ds.md': verifiedV1('test-key-2025'),
  'dossier-content-hello.ed25519-signed.ds.md': verified('imboard-ai', 'frontmatter+body'),
  'today-summary-skill.v3-spec-signed.ds.md': verified('imboard-ai', 'spec-frontmatter+body'),
  'qa-sheet-triage-skill.unsigned.ds.md': {
    integrity: 'valid',
    authenticity: 'unsigned',
    recommendation: 'WARN',
  },
  'tal-liberio-dependency-capability-check.yaml-thirdparty.ds.md': {
    integrity: 'invalid',
    authenticity: 'invalid',
    recommendation: 'BLOCK',
  },
}

function verified(identifier: string, coverage: Expected['coverage']): Expected {
  return {
    integrity: 'valid',
    authenticity: 'verified',
    recommendation: 'ALLOW',
    coverage,
    identifier,
  }
}

function verifiedV1(identifier: string): Expected {
  return { ...verified(identifier, 'body'), recommendation: 'WARN' }
}

const NAMES = Object.keys(EXPECTED)
const run = (trustedKeys: string, policy: 'warn' | 'strict' = 'warn'): Promise<FileReport[]> =>
  verifyFiles({
    workspace: FIXTURES,
    files: NAMES.map((name) => path.join(FIXTURES, name)),
    trust: buildTrustStore([{ text: trustedKeys, source: 'trusted-keys.txt' }]),
    policy,
  })

;(present ? describe : describe.skip)('upstream dossiers', () => {
  const trustedKeys = present ? readFileSync(path.join(FIXTURES, 'trusted-keys.txt'), 'utf8') : ''

  it('get exactly the README verdicts with the fixtures trusted-keys.txt', async () => {
    const reports = await run(trustedKeys)
    expect(reports.map((r) => r.file)).toEqual(NAMES)
    for (const report of reports) {
      const expected = EXPECTED[report.file] as Expected
      expect({ file: report.file, ...verdictOf(report) }).toEqual({
        file: report.file,
        ...expected,
      })
    }
  })

  it('are signed_unknown when nothing is trusted, and the others keep their verdicts', async () => {
    const reports = await run('# nothing trusted\n')
    for (const report of reports) {
      const expected = EXPECTED[report.file] as Expected
      const wanted =
        expected.authenticity === 'verified'
          ? {
              integrity: 'valid',
              authenticity: 'signed_unknown',
              recommendation: 'WARN',
              coverage: undefined,
              identifier: undefined,
            }
          : { ...expected, identifier: undefined }
      expect({ file: report.file, ...verdictOf(report) }).toEqual({ file: report.file, ...wanted })
    }
  })

  it('block unknown keys and unsigned files under policy strict', async () => {
    const reports = await run('', 'strict')
    expect(new Set(reports.map((r) => r.recommendation))).toEqual(new Set(['BLOCK']))
  })

  it('under policy strict, ALLOW only the v2/v3 files: a trusted v1 signature is BLOCKed', async () => {
    const reports = await run(trustedKeys, 'strict')
    const allowed = reports.filter((r) => r.recommendation === 'ALLOW').map((r) => r.file)
    expect(allowed).toEqual([
      'dossier-content-hello.ed25519-signed.ds.md',
      'today-summary-skill.v3-spec-signed.ds.md',
    ])
    const v1 = reports.find((r) => r.file.startsWith('schema-capability-check'))
    expect(v1).toMatchObject({
      authenticity: 'verified',
      coverage: 'body',
      recommendation: 'BLOCK',
    })
    expect(v1?.message).toMatch(/frontmatter .* is not signed/)
  })

  it('annotate the embedded signature line and name the algorithm', async () => {
    const [schemaCheck] = await run(trustedKeys)
    expect(schemaCheck?.line).toBe(55)
    expect(schemaCheck?.signatures).toEqual([
      expect.objectContaining({ kind: 'embedded', algorithm: 'ECDSA_SHA_256', line: 55 }),
    ])
  })

  it('explain BLOCK and WARN verdicts with a fix, and give a code', async () => {
    const reports = await run(trustedKeys)
    for (const report of reports.filter((r) => r.recommendation === 'BLOCK')) {
      expect(report.code).toBeDefined()
      expect(report.message).toMatch(/re-sign|restore/)
    }
    const stale = reports.find((r) => r.file.includes('STALE'))
    expect(stale?.code).toBe('checksum-mismatch')
  })

  it('never trust the official ARN by name: an ARN entry alone verifies nothing', async () => {
    const arnOnly =
      'arn:aws:kms:us-east-1:942039714848:key/d9ccd3fc-b190-49fd-83f7-e94df6620c1d imboard-ai-official-kms\n'
    const [schemaCheck] = await run(arnOnly)
    expect(schemaCheck).toMatchObject({ authenticity: 'signed_unknown', recommendation: 'WARN' })
    expect(schemaCheck?.signatures[0]?.code).toBe('arn-not-pinned')
  })
})

function verdictOf(report: FileReport): Expected {
  return {
    integrity: report.integrity,
    authenticity: report.authenticity,
    recommendation: report.recommendation,
    coverage: report.coverage,
    identifier: report.trustedIdentifier,
  }
}
