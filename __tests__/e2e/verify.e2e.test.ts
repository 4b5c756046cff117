import { execFileSync, spawnSync } from 'node:child_process'
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runAction } from '../../harness/local-runner.js'
import {
  assertDistIsFresh,
  cleanup,
  expectNoSecretLeaks,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'
import {
  HAS_UPSTREAM,
  UPSTREAM,
  UPSTREAM_VERDICTS,
  verdicts,
  type ReportEntry,
} from './verify-fixture.js'

const verify = (
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) => runAction({ workspace, inputs: { mode: 'verify', ...inputs }, env })

const describeUpstream = HAS_UPSTREAM ? describe : describe.skip

describeUpstream('verify mode on the real upstream dossiers', () => {
  beforeAll(assertDistIsFresh)

  it('gives exactly the fixtures README verdicts with its trusted-keys.txt', async () => {
    const run = await verify(UPSTREAM, { 'trusted-keys-file': 'trusted-keys.txt' })
    expect(verdicts(run.outputs.report)).toEqual(UPSTREAM_VERDICTS)
    expect(run.outputs).toMatchObject({
      'verified-count': '5',
      'unknown-count': '0',
      'unsigned-count': '1',
      'invalid-count': '3',
      'blocked-count': '3',
    })
    const report = JSON.parse(run.outputs.report ?? '[]') as ReportEntry[]
    expect(report.find((r) => r.file === 'schema-capability-check.kms-signed.ds.md')).toMatchObject(
      {
        trustedIdentifier: 'imboard-ai-official-kms',
        signatures: [
          { kind: 'embedded', status: 'verified', keyIdentifier: 'imboard-ai-official-kms' },
        ],
      },
    )
    // BLOCKs fail the step (fail-on: block) with an error annotation on the file,
    // at the embedded signature's line; the summary leads with the BLOCKs.
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error title=dossier-sign%3A BLOCK \(invalid\),file=add-git-worktree-support\.kms-signed\.INVALID-signature-valid-checksum\.ds\.md,line=\d+::/,
    )
    expect(run.stdout).toMatch(
      /::warning title=dossier-sign%3A WARN \(unsigned\),file=qa-sheet-triage-skill\.unsigned\.ds\.md::/,
    )
    expect(run.summary).toMatch(/^## dossier-sign verify: 3 blocked, 4 warned, 2 allowed/)
    expect(run.summary.indexOf('⛔ BLOCK')).toBeLessThan(run.summary.indexOf('✅ ALLOW'))
  })

  it('reports the valid ones as signed_unknown when nothing is trusted', async () => {
    const run = await verify(UPSTREAM, { 'fail-on': 'never' })
    const expected = Object.fromEntries(
      Object.entries(UPSTREAM_VERDICTS).map(([f, [i, a, r]]) => [
        f,
        a === 'verified' ? [i, 'signed_unknown', 'WARN'] : [i, a, r],
      ]),
    )
    expect(verdicts(run.outputs.report)).toEqual(expected)
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('No trusted keys were given')
  })

  it('follows fail-on and signature-policy', async () => {
    const onlyGood =
      'schema-capability-check.kms-signed.ds.md\nqa-sheet-triage-skill.unsigned.ds.md'
    const warn = await verify(UPSTREAM, {
      files: onlyGood,
      'trusted-keys-file': 'trusted-keys.txt',
    })
    expect(warn.exitCode).toBe(0)
    const failOnWarn = await verify(UPSTREAM, {
      files: onlyGood,
      'trusted-keys-file': 'trusted-keys.txt',
      'fail-on': 'warn',
    })
    expect(failOnWarn.exitCode).toBe(1)
    const strict = await verify(UPSTREAM, {
      files: onlyGood,
      'trusted-keys-file': 'trusted-keys.txt',
      'signature-policy': 'strict',
    })
    expect(verdicts(strict.outputs.report)['qa-sheet-triage-skill.unsigned.ds.md']).toEqual([
      'valid',
      'unsigned',
      'BLOCK',
    ])
    expect(strict.exitCode).toBe(1)
  })

  it('the local CLI prints the same verdicts and exits non-zero on BLOCK', () => {
    const cli = path.join(REPO_ROOT, 'dist/cli/index.js')
    const json = spawnSync(
      process.execPath,
      [cli, 'verify', '--trusted-keys-file', 'trusted-keys.txt', '--json'],
      {
        cwd: UPSTREAM,
        encoding: 'utf8',
      },
    )
    expect(json.status).toBe(1)
    expect(verdicts(json.stdout)).toEqual(UPSTREAM_VERDICTS)
    const one = spawnSync(
      process.execPath,
      [
        cli,
        'verify',
        'hello-world.ed25519-signed.ds.md',
        '--trusted-keys-file',
        'trusted-keys.txt',
      ],
      {
        cwd: UPSTREAM,
        encoding: 'utf8',
      },
    )
    expect(one.status).toBe(0)
    expect(one.stdout).toContain(
      'WARN   hello-world.ed25519-signed.ds.md  checksum=valid signature=verified covers=body key=test-key-2025',
    )
    const usage = spawnSync(process.execPath, [cli, 'verify', '--policy', 'lenient'], {
      cwd: UPSTREAM,
      encoding: 'utf8',
    })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('--policy must be one of warn, strict')
  })
})

describe('verify mode round trips with sign mode and real peers', () => {
  let ctx: DefaultStack
  let workspace: string

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    workspace = await tempWorkspace('roundtrip')
    await writeDossiers(workspace, 6)
    const signed = await runSign(ctx, workspace, {
      inputs: { 'public-key-path': '.dossier/kms.pem' },
    })
    expect(signed.exitCode).toBe(0)
    const spki = ctx.key.publicKeyDer.toString('base64')
    await writeFile(
      path.join(workspace, '.dossier/trusted-keys.txt'),
      `# official\n${spki} official-kms\n`,
    )
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(workspace)
  })

  it('verifies what sign mode signed, naming the trusted key', async () => {
    const run = await verify(workspace, { 'trusted-keys-file': '.dossier/trusted-keys.txt' })
    expect(run.exitCode).toBe(0)
    const report = JSON.parse(run.outputs.report ?? '[]') as ReportEntry[]
    expect(report).toHaveLength(6)
    for (const r of report) {
      expect(r).toMatchObject({
        authenticity: 'verified',
        recommendation: 'ALLOW',
        trustedIdentifier: 'official-kms',
      })
      expect(r.signatures).toEqual([
        expect.objectContaining({ kind: 'sig', status: 'verified', keyIdentifier: 'official-kms' }),
      ])
    }
  })

  it('turns a one-byte change to a file or to a .sig into a BLOCK', async () => {
    const scratch = await tempWorkspace('tamper')
    execFileSync('cp', ['-a', `${workspace}/.`, scratch])
    try {
      const [first, second] = ['dossiers/d0001.ds.md', 'dossiers/d0002.ds.md']
      await appendFile(path.join(scratch, first), ' ')
      const sig = Buffer.from(
        (await readFile(path.join(scratch, `${second}.sig`), 'utf8')).trim(),
        'base64',
      )
      sig.writeUInt8((sig.at(-1) ?? 0) ^ 0x01, sig.length - 1)
      await writeFile(path.join(scratch, `${second}.sig`), `${sig.toString('base64')}\n`)
      const run = await verify(scratch, { 'trusted-keys-file': '.dossier/trusted-keys.txt' })
      const v = verdicts(run.outputs.report)
      expect(v[first]?.slice(1)).toEqual(['invalid', 'BLOCK'])
      expect(v[second]?.slice(1)).toEqual(['invalid', 'BLOCK'])
      expect(run.outputs['blocked-count']).toBe('2')
      expect(run.exitCode).toBe(1)
    } finally {
      await cleanup(scratch)
    }
  })

  it('verifies .sig files made by openssl (P-384, RSA-PSS) and .minisig files made by minisign', async () => {
    const scratch = await tempWorkspace('peers')
    try {
      await writeDossiers(scratch, 3, 'peers')
      const files = ['peers/nested/d0000.ds.md', 'peers/d0001.ds.md', 'peers/d0002.ds.md'] as const
      const keys = path.join(scratch, 'keys')
      await mkdir(keys)
      const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { cwd: scratch, stdio: 'pipe' })
      sh(
        'openssl ecparam -name secp384r1 -genkey -noout -out keys/p384.key && openssl pkey -in keys/p384.key -pubout -out keys/p384.pem',
      )
      sh(
        'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/rsa.key 2>/dev/null && openssl pkey -in keys/rsa.key -pubout -out keys/rsa.pem',
      )
      sh(
        `openssl dgst -sha384 -sign keys/p384.key -out s.der ${files[0]} && base64 -w0 s.der > ${files[0]}.sig`,
      )
      sh(
        `openssl dgst -sha256 -sign keys/rsa.key -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest -out s.der ${files[1]} && base64 -w0 s.der > ${files[1]}.sig && rm s.der`,
      )
      const minisign =
        spawnSync('minisign', ['-v']).status === 0 ||
        spawnSync('sh', ['-c', 'command -v minisign']).status === 0
      let trusted = `${(await readFile(path.join(keys, 'p384.pem'), 'utf8')).trim()} p384-key\n${(await readFile(path.join(keys, 'rsa.pem'), 'utf8')).trim()} rsa-key\n`
      if (minisign) {
        sh('minisign -G -W -p keys/m.pub -s keys/m.key -f >/dev/null')
        sh(`minisign -S -s keys/m.key -m ${files[2]} -t "release 1" >/dev/null`)
        trusted += `${(await readFile(path.join(keys, 'm.pub'), 'utf8')).split('\n')[1]} minisign-key\n`
      }
      await writeFile(path.join(scratch, 'trusted.txt'), trusted)
      const run = await verify(scratch, { 'trusted-keys-file': 'trusted.txt', 'fail-on': 'never' })
      const report = Object.fromEntries(
        (JSON.parse(run.outputs.report ?? '[]') as ReportEntry[]).map((r) => [r.file, r]),
      )
      expect(report[files[0]]).toMatchObject({
        authenticity: 'verified',
        trustedIdentifier: 'p384-key',
      })
      expect(report[files[1]]).toMatchObject({
        authenticity: 'verified',
        trustedIdentifier: 'rsa-key',
      })
      if (minisign)
        expect(report[files[2]]).toMatchObject({
          authenticity: 'verified',
          trustedIdentifier: 'minisign-key',
        })
      else console.warn('minisign is not installed: the minisign round trip was skipped')
    } finally {
      await cleanup(scratch)
    }
  })

  it('never trusts an ARN without key bytes offline, and pins it from KMS when it has AWS access', async () => {
    const scratch = await tempWorkspace('arn')
    execFileSync('cp', ['-a', `${workspace}/.`, scratch])
    try {
      await writeFile(path.join(scratch, 'arn-keys.txt'), `${ctx.key.arn} official-by-arn\n`)
      const offline = await verify(scratch, { 'trusted-keys-file': 'arn-keys.txt' })
      expect(new Set(Object.values(verdicts(offline.outputs.report)).map((v) => v[1]))).toEqual(
        new Set(['invalid']),
      )
      expect(offline.summary).toContain(`the ARN ${ctx.key.arn} has no key bytes`)
      expect(offline.exitCode).toBe(1)

      ctx.stack.log.clear()
      const online = await verify(
        scratch,
        {
          'trusted-keys-file': 'arn-keys.txt',
          'role-to-assume': ctx.role.arn,
          'kms-key-id': ctx.key.alias,
          'aws-region': 'us-east-1',
        },
        ctx.stack.env(),
      )
      expect(new Set(Object.values(verdicts(online.outputs.report)).map((v) => v[1]))).toEqual(
        new Set(['verified']),
      )
      expect(online.exitCode).toBe(0)
      expect(ctx.stack.log.count({ action: 'GetPublicKey', keyId: ctx.key.arn })).toBe(1)
      expect(ctx.stack.log.count({ action: 'Sign' })).toBe(0)
      expectNoSecretLeaks(ctx, online)

      // The run's region is another (an alias key in eu-west-1): the ARN's own region is
      // still the one asked, as KMS knows a key only in its region (the stand-in, like
      // AWS, refuses a request signed for another region).
      ctx.stack.log.clear()
      const elsewhere = await verify(
        scratch,
        {
          'trusted-keys-file': 'arn-keys.txt',
          'role-to-assume': ctx.role.arn,
          'kms-key-id': ctx.key.alias,
          'aws-region': 'eu-west-1',
        },
        ctx.stack.env(),
      )
      expect(elsewhere.exitCode).toBe(0)
      expect(new Set(Object.values(verdicts(elsewhere.outputs.report)).map((v) => v[1]))).toEqual(
        new Set(['verified']),
      )
      expect(ctx.stack.log.count({ action: 'GetPublicKey', keyId: ctx.key.arn })).toBe(1)
    } finally {
      await cleanup(scratch)
    }
  })
})
