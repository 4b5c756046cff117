// Provenance as a signature kind (issue 10): a bundle a trusted SPKI key signed verifies
// the files it lists with their current SHA-256, under an SLSA v1 predicate that matches
// every set `expected-*`; anything else about it is `invalid` and says why.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { formatMinisignPublicKey } from '../../src/keys/minisign-key.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { Policy } from '../../src/trust/policy.js'
import type { ExpectedProvenance } from '../../src/verify/provenance/expected-provenance.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { verifyWorkspace } from '../../src/verify/verify-workspace.js'
import { makeKey, type TestKey } from '../embedded/signed-dossier.js'
import { sigstorePeerVerifyAttestation } from '../../harness/sigstore-peer.js'
import {
  provenanceBundle,
  RUN,
  sha256Hex,
  SLSA_V1,
  type BundleOptions,
} from './provenance-bundles.js'

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'dossier-provenance-'))
})
afterEach(() => rmSync(workspace, { recursive: true, force: true }))

const official = makeKey('p256')
const TRUSTED = `${official.spkiBase64} official\n`
const BUNDLE = '.dossier/provenance.json'

const write = (name: string, bytes: Buffer | string): void => {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
  writeFileSync(path.join(workspace, name), bytes)
}

const dossier = (i: number): Buffer =>
  Buffer.from(`---dossier\n{"title":"d${i}"}\n---\n# Dossier ${i}\n\nStep ${i}.\n`)

interface VerifyOptions {
  trusted?: string
  expected?: ExpectedProvenance
  policy?: Policy
  bundles?: string
  baseVersion?: (relative: string) => Promise<Buffer | undefined>
  only?: ReadonlySet<string>
}

async function verify(options: VerifyOptions = {}): Promise<Map<string, FileReport>> {
  const { reports } = await verifyWorkspace({
    workspace,
    patterns: parseFilePatterns('**/*.ds.md\n**/*.txt'),
    trust: buildTrustStore([{ text: options.trusted ?? TRUSTED, source: 'trusted-keys.txt' }]),
    policy: options.policy ?? 'warn',
    baseVersion: options.baseVersion,
    only: options.only,
    provenance: {
      patterns: parseFilePatterns(options.bundles ?? BUNDLE, 'provenance-files'),
      expected: options.expected ?? {},
    },
  })
  return new Map(reports.map((r) => [r.file, r]))
}

/** Write the files and one bundle over them. */
function attest(files: Record<string, Buffer>, options: Partial<BundleOptions> = {}): void {
  for (const [name, bytes] of Object.entries(files)) write(name, bytes)
  write(BUNDLE, provenanceBundle({ key: official, files, ...options }))
}

describe('a bundle by a trusted SPKI key verifies the files it lists', () => {
  it('one file: verified, coverage file, ALLOW, with the run in the report', async () => {
    attest({ 'docs/a.ds.md': dossier(1) })
    const report = (await verify()).get('docs/a.ds.md')
    expect(report).toMatchObject({
      integrity: 'missing', // no checksum in these dossiers: judged on their signatures
      authenticity: 'verified',
      recommendation: 'ALLOW',
      coverage: 'file',
      trustedIdentifier: 'official',
      provenance: {
        repository: 'imboard-ai/dossiers',
        workflow: 'imboard-ai/dossiers/.github/workflows/sign.yml@refs/heads/main',
        ref: 'refs/heads/main',
        commit: RUN.commit,
        run: 'https://github.com/imboard-ai/dossiers/actions/runs/4242/attempts/1',
      },
    })
    expect(report?.signatures).toEqual([
      expect.objectContaining({
        kind: 'provenance',
        status: 'verified',
        coverage: 'file',
        signatureFile: BUNDLE,
        algorithm: 'ECDSA_SHA_256',
      }),
    ])
  })

  it('many files through one bundle, plain files too: all ALLOW', async () => {
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 200; i++) files[`dossiers/${i % 4}/d${i}.ds.md`] = dossier(i)
    files['notes/plain.txt'] = Buffer.from('not a dossier\n')
    attest(files)
    const reports = await verify()
    expect(reports.size).toBe(201)
    for (const report of reports.values()) {
      expect(report).toMatchObject({ authenticity: 'verified', recommendation: 'ALLOW' })
    }
    expect(reports.get('notes/plain.txt')?.integrity).toBe('missing')
  })

  it('the bundle this helper writes is one sigstore-js accepts (an independent peer)', () => {
    const text = provenanceBundle({ key: official, files: { 'a.ds.md': dossier(1) } })
    const der = official.publicKey.export({ type: 'spki', format: 'der' })
    const payload = sigstorePeerVerifyAttestation(text, der)
    expect(JSON.parse(payload.toString())).toMatchObject({ predicateType: SLSA_V1 })
  })

  it('a file no bundle lists gets no provenance check: its other signatures decide', async () => {
    attest({ 'a.ds.md': dossier(1) })
    write('b.ds.md', dossier(2))
    const report = (await verify()).get('b.ds.md')
    expect(report).toMatchObject({ authenticity: 'unsigned', signatures: [] })
    expect(report?.provenance).toBeUndefined()
  })

  it('a bundle by an Ed25519 key listed as SPKI verifies (pure Ed25519 over the PAE)', async () => {
    const ed = makeKey('ed25519')
    attest({ 'a.ds.md': dossier(1) }, { key: ed })
    const report = (await verify({ trusted: `${ed.spkiBase64} ed-spki\n` })).get('a.ds.md')
    expect(report).toMatchObject({ authenticity: 'verified', recommendation: 'ALLOW' })
    expect(report?.signatures[0]?.algorithm).toBe('ED25519')
  })
})

describe('one key, one protocol: only SPKI entries trust provenance', () => {
  it('the same Ed25519 key listed as minisign (RW...) does not verify it, and the message says why', async () => {
    const pair = generateKeyPairSync('ed25519')
    const ed: TestKey = {
      type: 'ed25519',
      ...pair,
      spkiBase64: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    }
    const raw = Buffer.from(ed.spkiBase64, 'base64').subarray(-32)
    const rw = formatMinisignPublicKey({ keyId: randomBytes(8), publicKey: raw }).split('\n')[1]
    attest({ 'a.ds.md': dossier(1) }, { key: ed })
    for (const trusted of [`${rw} minisign-only\n`, `${raw.toString('base64')} raw-only\n`]) {
      const report = (await verify({ trusted })).get('a.ds.md')
      expect(report).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK' })
      expect(report?.signatures[0]).toMatchObject({
        kind: 'provenance',
        status: 'invalid',
        code: 'provenance-no-fitting-key',
      })
      expect(report?.message).toMatch(/listed as a (minisign|raw Ed25519) key/)
    }
  })
})

describe('what the bundle says must be what was signed, and SLSA v1', () => {
  it('a tampered statement (signature fails): invalid, BLOCK', async () => {
    const files = { 'a.ds.md': dossier(1) }
    attest(files, { tamper: (text) => text.replace('refs/heads/main', 'refs/heads/mainx') })
    const report = (await verify()).get('a.ds.md')
    expect(report).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK' })
    expect(report?.code).toBe('provenance-signature-mismatch')
    expect(report?.message).toContain('statement changed after signing')
  })

  it('a tampered subject digest: invalid, never verified for the new content', async () => {
    const forged = Buffer.from('---dossier\n{"title":"evil"}\n---\nrm -rf /\n')
    const files = { 'a.ds.md': dossier(1) }
    attest(files, {
      tamper: (text) => text.replace(/"sha256":"[0-9a-f]+"/, `"sha256":"${sha256Hex(forged)}"`),
    })
    write('a.ds.md', forged)
    expect((await verify()).get('a.ds.md')?.code).toBe('provenance-signature-mismatch')
  })

  it('a wrong predicate type: invalid, naming it', async () => {
    attest({ 'a.ds.md': dossier(1) }, { predicateType: 'https://slsa.dev/provenance/v0.2' })
    const report = (await verify()).get('a.ds.md')
    expect(report).toMatchObject({ authenticity: 'invalid', code: 'provenance-predicate-type' })
    expect(report?.message).toContain('"https://slsa.dev/provenance/v0.2"')
    expect(report?.message).toContain('https://slsa.dev/provenance/v1')
  })

  it('a wrong payload type or statement type: invalid, naming it', async () => {
    attest({ 'a.ds.md': dossier(1) }, { payloadType: 'application/json' })
    expect((await verify()).get('a.ds.md')).toMatchObject({
      authenticity: 'invalid',
      code: 'provenance-payload-type',
      message: expect.stringContaining('"application/json"'),
    })
    attest({ 'a.ds.md': dossier(1) }, { statementType: 'https://in-toto.io/Statement/v0.1' })
    expect((await verify()).get('a.ds.md')?.code).toBe('provenance-statement-type')
  })
})

describe('expected-* inputs: who signed', () => {
  const cases: Array<[string, ExpectedProvenance, string, string]> = [
    [
      'repository',
      { repository: 'imboard-ai/other' },
      '"imboard-ai/other"',
      '"imboard-ai/dossiers"',
    ],
    [
      'workflow',
      { workflow: '.github/workflows/release.yml' },
      '".github/workflows/release.yml"',
      '".github/workflows/sign.yml"',
    ],
    [
      'workflow',
      { workflow: 'imboard-ai/dossiers/.github/workflows/sign.yml@refs/tags/*' },
      '"imboard-ai/dossiers/.github/workflows/sign.yml@refs/tags/*"',
      '"imboard-ai/dossiers/.github/workflows/sign.yml@refs/heads/main"',
    ],
    ['ref', { ref: 'refs/tags/v*' }, '"refs/tags/v*"', '"refs/heads/main"'],
  ]

  it.each(cases)(
    'a %s mismatch is invalid and names the input, the expected and the actual value',
    async (field, expected, want, got) => {
      attest({ 'a.ds.md': dossier(1) })
      const report = (await verify({ expected })).get('a.ds.md')
      expect(report).toMatchObject({
        authenticity: 'invalid',
        recommendation: 'BLOCK',
        code: `provenance-${field}-mismatch`,
      })
      expect(report?.message).toContain(`\`expected-${field}\` is ${want}`)
      expect(report?.message).toContain(`names ${got} ${field}`)
    },
  )

  it.each<[string, ExpectedProvenance]>([
    [
      'exact values',
      {
        repository: 'imboard-ai/dossiers',
        workflow: '.github/workflows/sign.yml',
        ref: 'refs/heads/main',
      },
    ],
    ['the repository in another case', { repository: 'Imboard-AI/Dossiers' }],
    ['a ./ path and a ref glob', { workflow: './.github/workflows/sign.yml', ref: 'refs/heads/*' }],
    [
      'a job workflow pattern',
      { workflow: 'imboard-ai/*/.github/workflows/sign.yml@refs/heads/main' },
    ],
  ])('%s match: verified', async (_, expected) => {
    attest({ 'a.ds.md': dossier(1) })
    expect((await verify({ expected })).get('a.ds.md')).toMatchObject({
      authenticity: 'verified',
      recommendation: 'ALLOW',
    })
  })

  it('a reusable workflow: the path matches the run, the pattern the job workflow that signed', async () => {
    const run = { jobWorkflowRef: 'imboard-ai/shared/.github/workflows/attest.yml@refs/tags/v2' }
    attest({ 'a.ds.md': dossier(1) }, { run })
    const ok = await verify({
      expected: {
        repository: 'imboard-ai/dossiers',
        workflow: 'imboard-ai/shared/.github/workflows/attest.yml@refs/tags/v*',
      },
    })
    expect(ok.get('a.ds.md')?.authenticity).toBe('verified')
    expect(ok.get('a.ds.md')?.provenance?.workflow).toBe(run.jobWorkflowRef)
    const wrong = await verify({
      expected: { workflow: 'imboard-ai/dossiers/.github/workflows/*.yml@*' },
    })
    expect(wrong.get('a.ds.md')?.code).toBe('provenance-workflow-mismatch')
  })

  it('a predicate that names no ref fails a set expected-ref, saying it names none', async () => {
    attest({ 'a.ds.md': dossier(1) }, { run: { ref: undefined as unknown as string } })
    const report = (await verify({ expected: { ref: 'refs/heads/main' } })).get('a.ds.md')
    expect(report?.code).toBe('provenance-ref-mismatch')
    expect(report?.message).toContain('names no ref')
  })
})

describe('a file changed after attestation', () => {
  it('is invalid, naming both digests', async () => {
    attest({ 'a.ds.md': dossier(1) })
    write('a.ds.md', dossier(2))
    const report = (await verify()).get('a.ds.md')
    expect(report).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
      code: 'provenance-digest-mismatch',
    })
    expect(report?.message).toContain('changed after it was attested')
  })

  it('on a pull request whose base version is the attested one: stale, WARN (strict BLOCK)', async () => {
    attest({ 'a.ds.md': dossier(1) })
    write('a.ds.md', dossier(2))
    const baseVersion = async (relative: string) =>
      relative === 'a.ds.md' ? dossier(1) : undefined
    const warn = (await verify({ baseVersion })).get('a.ds.md')
    expect(warn).toMatchObject({
      authenticity: 'stale',
      recommendation: 'WARN',
      coverage: 'file',
      code: 'stale-signature',
    })
    expect(warn?.message).toContain(`${BUNDLE} verifies under trusted key official`)
    expect(warn?.provenance).toBeUndefined()
    const strict = (await verify({ baseVersion, policy: 'strict' })).get('a.ds.md')
    expect(strict?.recommendation).toBe('BLOCK')
  })

  it('a base version that is not the attested one either: invalid', async () => {
    attest({ 'a.ds.md': dossier(1) })
    write('a.ds.md', dossier(2))
    const report = (await verify({ baseVersion: async () => dossier(3) })).get('a.ds.md')
    expect(report?.authenticity).toBe('invalid')
  })

  it('an older bundle still matched beside a current one blocks the file: one invalid signature is enough', async () => {
    attest({ 'a.ds.md': dossier(2) })
    write(
      '.dossier/old.json',
      provenanceBundle({ key: official, files: { 'a.ds.md': dossier(1) } }),
    )
    const report = (await verify({ bundles: '.dossier/*.json' })).get('a.ds.md')
    expect(report).toMatchObject({ authenticity: 'invalid', code: 'provenance-digest-mismatch' })
    expect(report?.signatures.map((s) => s.status).sort()).toEqual(['invalid', 'verified'])
  })
})

describe('where bundles come from', () => {
  it('a symlinked bundle is refused, never followed: its own BLOCK row, and it verifies nothing', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'dossier-provenance-outside-'))
    try {
      const files = { 'a.ds.md': dossier(1) }
      write('a.ds.md', files['a.ds.md'])
      writeFileSync(path.join(outside, 'bundle.json'), provenanceBundle({ key: official, files }))
      mkdirSync(path.join(workspace, '.dossier'))
      symlinkSync(path.join(outside, 'bundle.json'), path.join(workspace, BUNDLE))
      const reports = await verify()
      expect(reports.get(BUNDLE)).toMatchObject({
        authenticity: 'error',
        recommendation: 'BLOCK',
        code: 'symlink',
      })
      expect(reports.get('a.ds.md')).toMatchObject({ authenticity: 'unsigned', signatures: [] })
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('a provenance-files pattern outside the workspace is refused when parsed', () => {
    for (const pattern of ['../bundle.json', '/etc/bundle.json', 'a/../../b.json']) {
      expect(() => parseFilePatterns(pattern, 'provenance-files')).toThrow(
        expect.objectContaining({ code: 'pattern-outside-workspace' }),
      )
    }
  })

  it('a bundle named like a detached Sigstore bundle is still read as provenance', async () => {
    const files = { 'a.ds.md': dossier(1) }
    write('a.ds.md', files['a.ds.md'])
    write('provenance.sigstore.json', provenanceBundle({ key: official, files }))
    const report = (await verify({ bundles: '*.sigstore.json' })).get('a.ds.md')
    expect(report?.authenticity).toBe('verified')
  })

  it('globs that match no bundle say so', async () => {
    write('a.ds.md', dossier(1))
    const { notes } = await verifyWorkspace({
      workspace,
      patterns: parseFilePatterns('**/*.ds.md'),
      trust: buildTrustStore([{ text: TRUSTED, source: 'k' }]),
      policy: 'warn',
      provenance: { patterns: parseFilePatterns('nothing/*.json'), expected: {} },
    })
    expect(notes.join('\n')).toContain('matched no file')
  })

  it('changed-only: a changed bundle brings every file it lists, now and at the base, into the check', async () => {
    attest({ 'a.ds.md': dossier(1), 'b.ds.md': dossier(2) })
    write('c.ds.md', dossier(3))
    const base = provenanceBundle({ key: official, files: { 'c.ds.md': dossier(3) } })
    const reports = await verify({
      only: new Set([BUNDLE]),
      baseVersion: async (relative) => (relative === BUNDLE ? Buffer.from(base) : undefined),
    })
    expect([...reports.keys()].sort()).toEqual(['a.ds.md', 'b.ds.md', 'c.ds.md'])
    expect(reports.get('c.ds.md')?.authenticity).toBe('unsigned')
  })
})
