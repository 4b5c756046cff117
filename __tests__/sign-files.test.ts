import {
  createHash,
  createPublicKey,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { AwsError } from '../src/aws/aws-error.js'
import type { Signer } from '../src/sign/signer.js'
import { parseSigstoreBundle, sigstoreKeyHint } from '../src/formats/sigstore/sigstore-bundle.js'
import { embedFiles } from '../src/sign/embed-files.js'
import { signFiles, type SignFilesOptions } from '../src/sign/sign-files.js'
import { verifyKeyInput, type SigningAlgorithm } from '../src/keys/algorithms.js'
import { signDigest } from '../stack/kms-key-specs.js'

/** A real signer over a local private key: what KMS does, without the network. */
class LocalSigner implements Signer {
  calls = 0
  inFlight = 0
  maxInFlight = 0
  constructor(
    private readonly privateKey: KeyObject,
    private readonly algorithm: SigningAlgorithm,
    private readonly fail?: (call: number) => unknown,
  ) {}
  async sign(digest: Buffer): Promise<Buffer> {
    const call = ++this.calls
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    try {
      await new Promise((r) => setTimeout(r, 2))
      const failure = this.fail?.(call)
      if (failure) throw failure
      return signDigest(this.privateKey, this.algorithm, digest)
    } finally {
      this.inFlight--
    }
  }
  /** The same rule as KmsSigner's: a key-level AWS error stops the run. */
  stopsRun(error: unknown): boolean {
    return error instanceof AwsError && !error.isTransient
  }
}

const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const key = {
  publicKey: p256.publicKey,
  algorithm: 'ECDSA_SHA_256' as const,
  hash: 'sha256' as const,
  spkiDer: p256.publicKey.export({ type: 'spki', format: 'der' }),
}

function verifies(
  content: Buffer | string,
  sigLine: string,
  publicKey: KeyObject = p256.publicKey,
): boolean {
  const v = createVerify('sha256')
  v.update(content)
  return v.verify(verifyKeyInput('ECDSA_SHA_256', publicKey), Buffer.from(sigLine.trim(), 'base64'))
}

describe('signFiles', () => {
  let workspace: string
  const files = ['a.ds.md', 'b.ds.md', 'sub/c.ds.md', 'sub/d.ds.md', 'e.ds.md']
  const options = (signer: Signer, extra: Partial<SignFilesOptions> = {}): SignFilesOptions => ({
    workspace,
    files,
    formats: ['sig'],
    key,
    signer,
    concurrency: 2,
    ...extra,
  })

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'sign-files-'))
    await mkdir(path.join(workspace, 'sub'))
    for (const f of files) await writeFile(path.join(workspace, f), `content of ${f}\n`)
  })
  afterEach(() => rm(workspace, { recursive: true, force: true }))

  it('writes a verifying .sig per file, within the concurrency bound, in input order', async () => {
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer))
    expect(results.map((r) => [r.file, r.status])).toEqual(files.map((f) => [f, 'signed']))
    expect(signer.maxInFlight).toBeLessThanOrEqual(2)
    for (const f of files) {
      expect(
        verifies(`content of ${f}\n`, await readFile(path.join(workspace, `${f}.sig`), 'utf8')),
      ).toBe(true)
    }
  })

  it('refuses a file that starts like an embedded v2/v3 payload, with no Sign call, and signs the rest', async () => {
    await writeFile(path.join(workspace, 'e.ds.md'), 'dossier-signature-v2\n{"title":"x"}\nbody\n')
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer))
    expect(results.find((r) => r.file === 'e.ds.md')).toMatchObject({
      status: 'failed',
      error: { code: 'embedded-payload-as-file' },
    })
    expect(signer.calls).toBe(4)
    expect(results.filter((r) => r.status === 'signed')).toHaveLength(4)
    await expect(readFile(path.join(workspace, 'e.ds.md.sig'))).rejects.toThrow()
  })

  it('skips a file whose .sig verifies, and replaces a stale or corrupt one', async () => {
    await signFiles(options(new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')))
    await writeFile(path.join(workspace, 'b.ds.md'), 'changed\n')
    await writeFile(path.join(workspace, 'e.ds.md.sig'), 'not base64 at all!\n')
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer))
    expect(results.map((r) => r.status)).toEqual([
      'skipped',
      'signed',
      'skipped',
      'skipped',
      'signed',
    ])
    expect(signer.calls).toBe(2)
    expect(verifies('changed\n', await readFile(path.join(workspace, 'b.ds.md.sig'), 'utf8'))).toBe(
      true,
    )
  })

  it('re-signs a file whose .sig was made by another key', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    await signFiles(
      options(new LocalSigner(other.privateKey, 'ECDSA_SHA_256'), {
        key: {
          ...key,
          publicKey: other.publicKey,
          spkiDer: other.publicKey.export({ type: 'spki', format: 'der' }),
        },
      }),
    )
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer))
    expect(results.every((r) => r.status === 'signed')).toBe(true)
  })

  it('never writes a signature that does not verify, and stops signing after it', async () => {
    const impostor = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const signer = new LocalSigner(impostor.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer, { concurrency: 1 }))
    expect(results[0]?.error?.code).toBe('signature-mismatch')
    expect(results.slice(1).every((r) => r.error?.code === 'aborted')).toBe(true)
    expect(signer.calls).toBe(1)
    expect((await readdir(workspace)).filter((f) => f.endsWith('.sig'))).toEqual([])
  })

  it('stops new Sign calls after a key-level AWS error, but not after a per-request one', async () => {
    const disabled = new AwsError('kms-disabled', 'DisabledException', 'key is disabled')
    const stopper = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256', (call) =>
      call === 2 ? disabled : undefined,
    )
    const stopped = await signFiles(options(stopper, { concurrency: 1 }))
    expect(stopped.map((r) => r.status)).toEqual(['signed', 'failed', 'failed', 'failed', 'failed'])
    expect(stopped[1]?.error).toEqual({ code: 'kms-disabled', message: 'key is disabled' })
    expect(stopped[2]?.error?.code).toBe('aborted')
    expect(stopper.calls).toBe(2)

    await rm(path.join(workspace, 'a.ds.md.sig'))
    const throttled = new AwsError('kms-throttled', 'ThrottlingException', 'slow down')
    const flaky = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256', (call) =>
      call === 1 ? throttled : undefined,
    )
    const continued = await signFiles(options(flaky, { concurrency: 1 }))
    // The throttled file fails alone; the others (unsigned after the stop) now sign.
    expect(continued.map((r) => r.status)).toEqual([
      'failed',
      'signed',
      'signed',
      'signed',
      'signed',
    ])
    expect(continued[0]?.error?.code).toBe('kms-throttled')
  })

  it('refuses a .sig path that is a symlink and leaves its target alone', async () => {
    const target = path.join(workspace, 'victim.txt')
    await writeFile(target, 'keep me')
    await symlink(target, path.join(workspace, 'a.ds.md.sig'))
    const results = await signFiles(options(new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')))
    expect(results[0]).toMatchObject({
      status: 'failed',
      error: { code: 'signature-path-unusable' },
    })
    expect(await readFile(target, 'utf8')).toBe('keep me')
  })

  it('dry run hashes and reports but calls no signer and writes nothing', async () => {
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer, { dryRun: true }))
    expect(
      results.every((r) => r.status === 'would-sign' && /^[0-9a-f]{64}$/.test(r.sha256 ?? '')),
    ).toBe(true)
    expect(signer.calls).toBe(0)
    expect((await readdir(workspace)).filter((f) => f.endsWith('.sig'))).toEqual([])
  })

  it('fails a file that vanished or became a FIFO after matching, and signs the rest', async () => {
    await rm(path.join(workspace, 'b.ds.md'))
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [path.join(workspace, 'b.ds.md')])
    const results = await signFiles(options(new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')))
    expect(results[1]).toMatchObject({
      file: 'b.ds.md',
      status: 'failed',
      error: { code: 'not-regular-file' },
    })
    expect(results.filter((r) => r.status === 'signed')).toHaveLength(4)
  })

  it.each([
    ['outside the workspace', 'outside'],
    ['to another folder of the workspace', 'inside'],
  ])(
    'refuses a file whose folder was swapped after the walk for a link %s: no Sign call, no .sig anywhere',
    async (_, where) => {
      const elsewhere =
        where === 'outside'
          ? await mkdtemp(path.join(tmpdir(), 'sign-files-outside-'))
          : path.join(workspace, 'other')
      await mkdir(elsewhere, { recursive: true })
      for (const f of ['c.ds.md', 'd.ds.md']) await writeFile(path.join(elsewhere, f), 'not this\n')
      // the walk saw sub/ as a folder; it is now a link
      await rm(path.join(workspace, 'sub'), { recursive: true })
      await symlink(elsewhere, path.join(workspace, 'sub'))
      const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
      const results = await signFiles(options(signer))
      for (const file of ['sub/c.ds.md', 'sub/d.ds.md']) {
        expect(results.find((r) => r.file === file)).toMatchObject({
          status: 'failed',
          error: { code: 'symlink', message: expect.stringContaining('symbolic link') },
        })
      }
      expect(results.filter((r) => r.status === 'signed')).toHaveLength(3)
      expect(signer.calls).toBe(3)
      expect((await readdir(elsewhere)).filter((f) => f.endsWith('.sig'))).toEqual([])
      if (where === 'outside') await rm(elsewhere, { recursive: true, force: true })
    },
  )

  it('embedding: refuses a dossier whose folder was swapped for a link after the walk, with no Sign call', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'sign-files-outside-'))
    const dossier = '---dossier\n{"title":"x","version":"1.0.0"}\n---\n# x\n'
    await writeFile(path.join(outside, 'c.ds.md'), dossier)
    await rm(path.join(workspace, 'sub'), { recursive: true })
    await symlink(outside, path.join(workspace, 'sub'))
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const [result] = await embedFiles({
      workspace,
      files: ['sub/c.ds.md'],
      key: { ...key, arn: 'arn:aws:kms:us-east-1:123456789012:key/test' },
      signer,
      concurrency: 1,
      signedAt: '2026-12-01T00:00:00Z',
      signedBy: 'test',
      replace: false,
    })
    expect(result).toMatchObject({ status: 'failed', error: { code: 'symlink' } })
    expect(signer.calls).toBe(0)
    expect(await readFile(path.join(outside, 'c.ds.md'), 'utf8')).toBe(dossier)
    await rm(outside, { recursive: true, force: true })
  })

  it('signs in a workspace reached through a symbolic link (the walk and the check agree on real paths)', async () => {
    const link = `${workspace}-link`
    await symlink(workspace, link)
    try {
      const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
      const results = await signFiles({ ...options(signer), workspace: link })
      expect(results.every((r) => r.status === 'signed')).toBe(true)
    } finally {
      await rm(link)
    }
  })

  it('writes .sig and .sigstore.json from ONE Sign call per file, and a re-run makes none', async () => {
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer, { formats: ['sig', 'sigstore'] }))
    expect(signer.calls).toBe(files.length)
    expect(results.map((r) => [r.file, r.format, r.status])).toEqual(
      files.flatMap((f) => [
        [f, 'sig', 'signed'],
        [f, 'sigstore', 'signed'],
      ]),
    )
    for (const f of files) {
      const bundle = parseSigstoreBundle(await readFile(path.join(workspace, `${f}.sigstore.json`)))
      expect(bundle.digest).toEqual(createHash('sha256').update(`content of ${f}\n`).digest())
      expect(bundle.hint).toBe(sigstoreKeyHint(key.spkiDer))
      expect(verifies(`content of ${f}\n`, bundle.signature.toString('base64'))).toBe(true)
    }
    const before = await Promise.all(
      files.map((f) => readFile(path.join(workspace, `${f}.sigstore.json`))),
    )
    const again = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const rerun = await signFiles(options(again, { formats: ['sig', 'sigstore'] }))
    expect(again.calls).toBe(0)
    expect(new Set(rerun.map((r) => r.status))).toEqual(new Set(['skipped']))
    const after = await Promise.all(
      files.map((f) => readFile(path.join(workspace, `${f}.sigstore.json`))),
    )
    expect(after).toEqual(before)
  })

  it('replaces a bundle that no longer holds (changed file, or another key) and keeps the .sig call shared', async () => {
    await signFiles(
      options(new LocalSigner(p256.privateKey, 'ECDSA_SHA_256'), { formats: ['sig', 'sigstore'] }),
    )
    await writeFile(path.join(workspace, 'b.ds.md'), 'changed\n')
    const signer = new LocalSigner(p256.privateKey, 'ECDSA_SHA_256')
    const results = await signFiles(options(signer, { formats: ['sig', 'sigstore'] }))
    expect(signer.calls).toBe(1)
    expect(results.filter((r) => r.status === 'signed').map((r) => [r.file, r.format])).toEqual([
      ['b.ds.md', 'sig'],
      ['b.ds.md', 'sigstore'],
    ])
  })

  it('hashes SHA-256 for the report and the key hash for KMS (P-384)', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    const results = await signFiles({
      workspace,
      files: ['a.ds.md'],
      formats: ['sig'],
      key: {
        publicKey: createPublicKey(p384.publicKey.export({ type: 'spki', format: 'pem' })),
        spkiDer: p384.publicKey.export({ type: 'spki', format: 'der' }),
        algorithm: 'ECDSA_SHA_384',
        hash: 'sha384',
      },
      signer: new LocalSigner(p384.privateKey, 'ECDSA_SHA_384'),
      concurrency: 1,
    })
    const { createHash } = await import('node:crypto')
    expect(results[0]).toMatchObject({
      status: 'signed',
      sha256: createHash('sha256').update('content of a.ds.md\n').digest('hex'),
    })
  })
})
