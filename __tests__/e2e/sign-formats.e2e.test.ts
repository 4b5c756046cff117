// Every signature format sign mode writes, through dist/ on the local stack, each checked
// by its real peer: openssl (.sig), @sigstore/verify (.sigstore.json), Debian's minisign
// (.minisig), and a re-implementation of upstream's verifier on gray-matter (embedded).
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runAction, type ActionRun } from '../../harness/local-runner.js'
import { sigstorePeerVerify } from '../../harness/sigstore-peer.js'
import { ACCOUNT_ID } from '../../stack/aws-account.js'
import { EDWARDS_KEY_SPEC } from '../../stack/index.js'
import { opensslVerifies } from '../stack/openssl-verify.js'
import { upstreamVerify } from '../embedded/upstream-checker.js'
import {
  assertDistIsFresh,
  cleanup,
  expectNoSecretLeaks,
  startDefaultStack,
  tempWorkspace,
  type DefaultStack,
} from './e2e-fixture.js'
import { UPSTREAM } from './verify-fixture.js'

const MINISIGN = '/usr/bin/minisign'
const hasMinisign = spawnSync(MINISIGN, ['-v']).error === undefined
const MINISIGN_ALIAS = 'alias/dossier-minisign'
const FORMATS = 'embedded, sig, sigstore, minisig'

let ctx: DefaultStack
let workspace: string

beforeAll(async () => {
  assertDistIsFresh()
  ctx = await startDefaultStack()
  // The README's minisign key policy, as written: RAW only with ED25519_SHA_512.
  ctx.stack.kms.createKey({
    keySpec: EDWARDS_KEY_SPEC,
    alias: MINISIGN_ALIAS,
    policy: readmeMinisignPolicy(ctx.role.arn),
  })
  workspace = await tempWorkspace('formats')
  mkdirSync(path.join(workspace, 'docs'), { recursive: true })
  copyFileSync(
    path.join(UPSTREAM, 'qa-sheet-triage-skill.unsigned.ds.md'),
    path.join(workspace, 'docs/json.ds.md'),
  )
  writeFileSync(
    path.join(workspace, 'docs/yaml.ds.md'),
    '---\ntitle: A YAML dossier\nversion: "1.0.0"\nrisk_level: low\n---\n# Steps\r\n\r\nRun it.\r\n',
  )
  writeFileSync(
    path.join(workspace, 'docs/spec.ds.md'),
    "---\nname: spec-dossier\ndescription: A spec-layout dossier\nmetadata:\n  dossier.version: '1.0.0'\n  dossier.risk_level: low\n---\n\nBody with a blank first line.\n",
  )
})
afterAll(async () => {
  await ctx?.stack.stop()
  await cleanup(workspace)
})

const signAll = (inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    workspace,
    env: ctx.stack.env(),
    inputs: {
      'role-to-assume': ctx.role.arn,
      'kms-key-id': ctx.key.alias,
      'minisign-kms-key-id': MINISIGN_ALIAS,
      'aws-region': 'us-east-1',
      formats: FORMATS,
      'public-key-path': 'keys/dossier.pem',
      ...inputs,
    },
  })

/** The JSON between the README's minisign-key-policy markers, for this stack's account and role. */
function readmeMinisignPolicy(roleArn: string): unknown {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('<!-- minisign-key-policy:start -->')
  const end = readme.indexOf('<!-- minisign-key-policy:end -->')
  const block = /```json\n([\s\S]*?)\n\s*```/.exec(readme.slice(start, end))
  if (start < 0 || !block?.[1]) throw new Error('README.md has no minisign-key-policy block')
  const text = block[1]
    .split('arn:aws:iam::123456789012:role/github-dossier-oidc')
    .join(roleArn)
    .split('123456789012')
    .join(ACCOUNT_ID)
  return JSON.parse(text)
}

const DOSSIER_FILES = ['docs/json.ds.md', 'docs/spec.ds.md', 'docs/yaml.ds.md']
const read = (rel: string): Buffer => readFileSync(path.join(workspace, rel))

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(workspace, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) walk(rel)
      else out[rel] = read(rel).toString('base64')
    }
  }
  walk('')
  return out
}

describe('sign mode writes every format, each accepted by its peer', () => {
  let first: ActionRun

  beforeAll(async () => {
    ctx.stack.log.clear()
    first = await signAll()
  })

  it('succeeds, with one row per file and format in the signatures output', () => {
    expect(first.exitCode).toBe(0)
    const rows = JSON.parse(first.outputs.signatures ?? '[]') as Array<Record<string, string>>
    expect(rows).toHaveLength(DOSSIER_FILES.length * 4)
    for (const file of DOSSIER_FILES) {
      expect(rows.filter((r) => r.file === file).map((r) => [r.format, r.status])).toEqual([
        ['embedded', 'signed'],
        ['sig', 'signed'],
        ['sigstore', 'signed'],
        ['minisig', 'signed'],
      ])
    }
    expect(first.outputs['minisign-public-key']).toMatch(/^RW[A-Za-z0-9+/]{54}$/)
    expect(first.summary).toContain(
      '| File | SHA-256 | embedded | .sig | .sigstore.json | .minisig |',
    )
    expectNoSecretLeaks(ctx, first)
  })

  it('costs per file: one Sign for the embedded payload, one shared by .sig and .sigstore.json, two RAW for .minisig', () => {
    const signs = ctx.stack.log.entries.filter((e) => e.action === 'Sign' && e.status === 200)
    expect(signs).toHaveLength(DOSSIER_FILES.length * 4)
  })

  it('embedded: upstream parser verifies v2/v3, and the body bytes did not change', () => {
    for (const file of DOSSIER_FILES) {
      const verdict = upstreamVerify(read(file))
      expect({ file, checksum: verdict.checksum, signature: verdict.signature }).toEqual({
        file,
        checksum: 'valid',
        signature: 'valid',
      })
      expect(verdict.covers).toBe(
        file === 'docs/spec.ds.md' ? 'spec-frontmatter+body' : 'frontmatter+body',
      )
      expect(verdict.spki).toBe(ctx.key.publicKeyDer.toString('base64'))
    }
    expect(read('docs/yaml.ds.md').toString()).toMatch(/---\r?\n# Steps\r\n\r\nRun it\.\r\n$/)
    expect(read('docs/spec.ds.md').toString()).toMatch(/\n---\n\nBody with a blank first line\.\n$/)
  })

  it('.sig: openssl verifies each over the file as embedded', () => {
    for (const file of DOSSIER_FILES) {
      expect(
        opensslVerifies({
          hash: 'sha256',
          pss: false,
          publicKeyPem: read('keys/dossier.pem').toString(),
          message: read(file),
          signature: Buffer.from(read(`${file}.sig`).toString().trim(), 'base64'),
        }),
      ).toBe(true)
    }
  })

  it('.sigstore.json: @sigstore/verify accepts each with the key as the only trust material', () => {
    const spkiDer = ctx.key.publicKeyDer
    for (const file of DOSSIER_FILES) {
      const bundle = read(`${file}.sigstore.json`).toString()
      expect(() => sigstorePeerVerify(bundle, read(file), spkiDer)).not.toThrow()
      const changed = Buffer.from(read(file))
      changed.writeUInt8((changed.at(-2) ?? 0) ^ 1, changed.length - 2)
      expect(() => sigstorePeerVerify(bundle, changed, spkiDer)).toThrow()
    }
  })

  ;(hasMinisign ? it : it.skip)(
    '.minisig: minisign -V (and -H) accepts each with the published .pub',
    () => {
      const pub = path.join(workspace, 'keys/dossier.pem.minisign.pub')
      expect(readFileSync(pub, 'utf8')).toContain(first.outputs['minisign-public-key'] ?? '')
      for (const file of DOSSIER_FILES) {
        const result = spawnSync(
          MINISIGN,
          ['-V', '-H', '-p', pub, '-m', path.join(workspace, file)],
          {
            encoding: 'utf8',
          },
        )
        expect(result.status).toBe(0)
        expect(result.stdout).toContain(`file:${file}`)
        expect(result.stdout).toContain('repository:imboard-ai/dossier-sign')
      }
    },
  )

  it('our verify mode: ALLOW with every kind verified, trusting the SPKI key and the RW line', async () => {
    const trusted = `${ctx.key.publicKeyDer.toString('base64')} official\n${first.outputs['minisign-public-key']} official-minisign\n`
    writeFileSync(path.join(workspace, 'keys/trusted.txt'), trusted)
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'verify',
        files: 'docs/**/*.ds.md',
        'trusted-keys-file': 'keys/trusted.txt',
        'signature-policy': 'strict',
      },
    })
    expect(run.exitCode).toBe(0)
    const report = JSON.parse(run.outputs.report ?? '[]') as Array<{
      file: string
      recommendation: string
      coverage: string
      signatures: Array<{ kind: string; status: string }>
    }>
    for (const entry of report) {
      expect(entry.recommendation).toBe('ALLOW')
      expect(entry.signatures.map((s) => [s.kind, s.status])).toEqual([
        ['embedded', 'verified'],
        ['sig', 'verified'],
        ['sigstore', 'verified'],
        ['minisig', 'verified'],
      ])
    }
  })

  it('one changed byte fails every peer: openssl, minisign, and the upstream checker', () => {
    const file = 'docs/json.ds.md'
    const changed = Buffer.from(read(file))
    changed.writeUInt8((changed.at(-2) ?? 0) ^ 1, changed.length - 2)
    const tampered = path.join(workspace, 'tampered.ds.md')
    writeFileSync(tampered, changed)
    try {
      expect(
        opensslVerifies({
          hash: 'sha256',
          pss: false,
          publicKeyPem: read('keys/dossier.pem').toString(),
          message: changed,
          signature: Buffer.from(read(`${file}.sig`).toString().trim(), 'base64'),
        }),
      ).toBe(false)
      expect(upstreamVerify(changed).checksum).toBe('invalid')
      if (hasMinisign) {
        copyFileSync(path.join(workspace, `${file}.minisig`), `${tampered}.minisig`)
        const pub = path.join(workspace, 'keys/dossier.pem.minisign.pub')
        expect(spawnSync(MINISIGN, ['-V', '-p', pub, '-m', tampered]).status).not.toBe(0)
      }
    } finally {
      rmSync(tampered, { force: true })
      rmSync(`${tampered}.minisig`, { force: true })
    }
  })

  it('a re-run makes no Sign call and changes no byte', async () => {
    const before = snapshot()
    ctx.stack.log.clear()
    const again = await signAll()
    expect(again.exitCode).toBe(0)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
    const rows = JSON.parse(again.outputs.signatures ?? '[]') as Array<{ status: string }>
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['skipped']))
    const after = snapshot()
    delete after['keys/trusted.txt']
    delete before['keys/trusted.txt']
    expect(after).toEqual(before)
  })

  it('a file changed after signing is re-signed in every format, the others untouched', async () => {
    const file = path.join(workspace, 'docs/yaml.ds.md')
    writeFileSync(file, read('docs/yaml.ds.md').toString().replace('Run it.', 'Run it twice.'))
    ctx.stack.log.clear()
    const run = await signAll()
    expect(run.exitCode).toBe(0)
    const rows = JSON.parse(run.outputs.signatures ?? '[]') as Array<Record<string, string>>
    expect(rows.filter((r) => r.status === 'signed').map((r) => [r.file, r.format])).toEqual([
      ['docs/yaml.ds.md', 'embedded'],
      ['docs/yaml.ds.md', 'sig'],
      ['docs/yaml.ds.md', 'sigstore'],
      ['docs/yaml.ds.md', 'minisig'],
    ])
    expect(upstreamVerify(read('docs/yaml.ds.md')).signature).toBe('valid')
  })
})

describe('formats input: refused before any AWS call', () => {
  it.each([
    [
      'an unknown name',
      { formats: 'sig, pgp' },
      /`formats` has "pgp"; the formats are `embedded`, `sig`, `sigstore`, `minisig`/,
    ],
    [
      'minisig without its key',
      { formats: 'minisig', 'minisign-kms-key-id': '' },
      /`formats` includes `minisig`, which needs `minisign-kms-key-id`/,
    ],
  ])('%s', async (_name, inputs, message) => {
    ctx.stack.log.clear()
    const run = await signAll(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(message)
    // No STS or KMS request; the OIDC token request goes out before the inputs are read
    // (src/action/first-token.ts), and the token is dropped unused.
    expect(ctx.stack.log.entries.map((e) => e.action)).toEqual(['GetIdToken'])
    expect(run.stdout).not.toContain(ctx.stack.oidc.issuedTokens.at(-1))
  })

  it('a P-256 key given as the minisign key is refused before any file is signed', async () => {
    ctx.stack.log.clear()
    const run = await signAll({ 'minisign-kms-key-id': ctx.key.alias })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/minisign-kms-key-id/)
    expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
  })
})
