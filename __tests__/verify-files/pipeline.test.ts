import { createHash, sign } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { formatMinisig } from '../../src/formats/minisig/minisig.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { formatSigstoreBundle } from '../../src/formats/sigstore/sigstore-bundle.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { TrustStore } from '../../src/keys/trusted-key.js'
import { readFileNoFollow as readBounded } from '../../src/files/read-regular-file.js'
import { verifyFile, verifyFiles } from '../../src/verify/verify-files.js'

const readFileNoFollow = (file: string, max = 16 * 1024 * 1024) => readBounded(file, max)
import { makeKey, signedDossier, writeDossier, type TestKey } from '../embedded/signed-dossier.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'verify-files-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const official = makeKey('p256')
const stranger = makeKey('p256')
const minisignKey = makeKey('ed25519')
const MINISIGN_KEY_ID = Buffer.from('0123456789abcdef', 'hex')
const minisignPublic = Buffer.concat([
  Buffer.from('Ed'),
  MINISIGN_KEY_ID,
  minisignKey.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32),
]).toString('base64')

const trust: TrustStore = buildTrustStore([
  {
    text: `${official.spkiBase64} official\n${minisignPublic} minisign-signer\n`,
    source: 'trusted-keys',
  },
])
const options = { workspace, trust, policy: 'warn' as const }

function write(name: string, content: Buffer | string): string {
  const file = path.join(workspace, name)
  writeFileSync(file, content)
  return file
}

function sigFor(content: Buffer | string, key: TestKey): string {
  return formatSigFile(sign('sha256', Buffer.from(content), key.privateKey))
}

describe('verifyFile', () => {
  it('judges a plain file by its detached .sig: integrity missing, verified, ALLOW', async () => {
    const file = write('notes.txt', 'plain text\n')
    write('notes.txt.sig', sigFor('plain text\n', official))
    expect(await verifyFile(file, options)).toMatchObject({
      file: 'notes.txt',
      integrity: 'missing',
      authenticity: 'verified',
      recommendation: 'ALLOW',
      trustedIdentifier: 'official',
      signatures: [{ kind: 'sig', status: 'verified', signatureFile: 'notes.txt.sig' }],
    })
  })

  it('blocks a detached signature by an untrusted key (never signed_unknown)', async () => {
    const file = write('other.txt', 'other\n')
    write('other.txt.sig', sigFor('other\n', stranger))
    expect(await verifyFile(file, options)).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
    })
  })

  it('blocks a plain file with no signature at all', async () => {
    const file = write('lonely.txt', 'nobody signed me\n')
    expect(await verifyFile(file, options)).toMatchObject({
      integrity: 'missing',
      authenticity: 'error',
      recommendation: 'BLOCK',
      code: 'not-a-dossier',
      signatures: [],
    })
  })

  it('lists the embedded and each detached signature, embedded first', async () => {
    const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v2', key: official })
    const file = write('both.ds.md', bytes)
    write('both.ds.md.sig', sigFor(bytes, official))
    write(
      'both.ds.md.sigstore.json',
      formatSigstoreBundle({
        digest: createHash('sha256').update(bytes).digest(),
        hashAlgorithm: 'sha256',
        signature: sign('sha256', bytes, official.privateKey),
        spkiDer: Buffer.from(official.spkiBase64, 'base64'),
      }),
    )
    write('both.ds.md.minisig', minisigFor(bytes))
    const report = await verifyFile(file, options)
    expect(report).toMatchObject({
      integrity: 'valid',
      authenticity: 'verified',
      recommendation: 'ALLOW',
    })
    expect(report.signatures.map((s) => [s.kind, s.status])).toEqual([
      ['embedded', 'verified'],
      ['sig', 'verified'],
      ['sigstore', 'verified'],
      ['minisig', 'verified'],
    ])
    expect(report.line).toBeGreaterThan(1)
  })

  it('blocks when one signature is invalid even though another verifies', async () => {
    const bytes = signedDossier({ layout: 'legacy-json', scheme: 'v1', key: official })
    const file = write('mixed.ds.md', bytes)
    write('mixed.ds.md.sig', sigFor('something else', official))
    const report = await verifyFile(file, options)
    expect(report).toMatchObject({ authenticity: 'invalid', recommendation: 'BLOCK' })
    expect(report.signatures.map((s) => s.status)).toEqual(['verified', 'invalid'])
  })

  it('treats a symlinked signature file as an error, never following it', async () => {
    const file = write('linked.txt', 'linked\n')
    write('real.sig', sigFor('linked\n', official))
    symlinkSync(path.join(workspace, 'real.sig'), path.join(workspace, 'linked.txt.sig'))
    const report = await verifyFile(file, options)
    expect(report).toMatchObject({ authenticity: 'error', recommendation: 'BLOCK' })
    expect(report.signatures).toEqual([
      expect.objectContaining({
        kind: 'sig',
        status: 'error',
        code: 'symlink',
        signatureFile: 'linked.txt.sig',
      }),
    ])
  })

  it('refuses a FIFO signature file without blocking', async () => {
    const file = write('piped.txt', 'piped\n')
    execFileSync('mkfifo', [path.join(workspace, 'piped.txt.minisig')])
    const report = await verifyFile(file, options)
    expect(report.signatures).toEqual([
      expect.objectContaining({ kind: 'minisig', status: 'error', code: 'not-regular-file' }),
    ])
  })

  it('blocks a broken .ds.md even when a detached signature verifies its bytes', async () => {
    const bytes = Buffer.from('---dossier\n{"title": "never closed"\n')
    const file = write('broken.ds.md', bytes)
    write('broken.ds.md.sig', sigFor(bytes, official))
    expect(await verifyFile(file, options)).toMatchObject({
      authenticity: 'error',
      recommendation: 'BLOCK',
      code: 'unterminated-frontmatter',
    })
  })

  it('judges a non-dossier markdown file with odd frontmatter by its detached signature', async () => {
    const bytes = Buffer.from('---\n: not yaml : [\n---\n# Notes\n')
    const file = write('page.md', bytes)
    write('page.md.sig', sigFor(bytes, official))
    expect(await verifyFile(file, options)).toMatchObject({
      integrity: 'missing',
      authenticity: 'verified',
      recommendation: 'ALLOW',
    })
  })

  it('warns on an unsigned dossier, and blocks it under policy strict', async () => {
    const file = write(
      'unsigned.ds.md',
      writeDossier(
        'legacy-json',
        { title: 'x', checksum: { algorithm: 'sha256', hash: sha256('body\n') } },
        undefined,
        'body\n',
      ),
    )
    expect(await verifyFile(file, options)).toMatchObject({
      integrity: 'valid',
      authenticity: 'unsigned',
      recommendation: 'WARN',
    })
    expect(await verifyFile(file, { ...options, policy: 'strict' })).toMatchObject({
      recommendation: 'BLOCK',
    })
  })

  it('reports a missing file and a reader failure per file, without throwing', async () => {
    expect(await verifyFile(path.join(workspace, 'gone.ds.md'), options)).toMatchObject({
      authenticity: 'error',
      recommendation: 'BLOCK',
      code: 'file-missing',
    })
    const failing = async (): Promise<Buffer | undefined> => {
      throw new Error('disk on fire')
    }
    expect(
      await verifyFile(path.join(workspace, 'x'), { ...options, readFile: failing }),
    ).toMatchObject({
      authenticity: 'error',
      code: 'verify-failed',
    })
  })
})

describe('verifyFiles', () => {
  it('returns reports in input order, each file judged on its own', async () => {
    const files = Array.from({ length: 20 }, (_, i) => {
      const content = `file ${i}\n`
      const file = write(`many-${i}.txt`, content)
      if (i % 3 === 0) write(`many-${i}.txt.sig`, sigFor(content, official))
      return file
    })
    const reports = await verifyFiles({ ...options, files })
    expect(reports.map((r) => r.file)).toEqual(files.map((_, i) => `many-${i}.txt`))
    expect(reports.map((r) => r.recommendation)).toEqual(
      files.map((_, i) => (i % 3 === 0 ? 'ALLOW' : 'BLOCK')),
    )
  })

  it('handles an empty list', async () => {
    expect(await verifyFiles({ ...options, files: [] })).toEqual([])
  })

  // Files are read into buffers reused from file to file (src/files/buffer-pool.ts): a
  // short file read into a long file's buffer must be judged on its own bytes alone.
  it('never lets a file borrow the bytes a reused buffer held before', async () => {
    const long = 'A'.repeat(4096)
    const files: string[] = []
    for (let i = 0; i < 16; i++) files.push(write(`pool-long-${i}.txt`, long))
    const short = write('pool-short.txt', 'B')
    // Signed over what a stale-buffer bug would see: the short file, then the long one's tail.
    write('pool-short.txt.sig', sigFor(`B${long.slice(1)}`, official))
    const forged = await verifyFiles({ ...options, files: [...files, short] })
    expect(forged.at(-1)).toMatchObject({ file: 'pool-short.txt', recommendation: 'BLOCK' })
    write('pool-short.txt.sig', sigFor('B', official))
    const honest = await verifyFiles({ ...options, files: [...files, short] })
    expect(honest.at(-1)).toMatchObject({ file: 'pool-short.txt', recommendation: 'ALLOW' })
  })
})

describe('readFileNoFollow', () => {
  it('reads a file, and resolves undefined when it is absent', async () => {
    const file = write('read-me.txt', 'hello')
    expect((await readFileNoFollow(file))?.toString()).toBe('hello')
    expect(await readFileNoFollow(path.join(workspace, 'absent'))).toBeUndefined()
  })

  it('refuses more than the cap, a symlink and a directory', async () => {
    const file = write('big.txt', 'x'.repeat(100))
    await expect(readFileNoFollow(file, 99)).rejects.toMatchObject({ code: 'file-too-large' })
    expect((await readFileNoFollow(file, 100))?.length).toBe(100)
    symlinkSync(file, path.join(workspace, 'big-link.txt'))
    await expect(readFileNoFollow(path.join(workspace, 'big-link.txt'))).rejects.toMatchObject({
      code: 'symlink',
    })
    await expect(readFileNoFollow(workspace)).rejects.toMatchObject({ code: 'not-regular-file' })
  })
})

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** minisign's default (prehashed "ED") signature with its global signature. */
function minisigFor(content: Buffer): Buffer {
  const signature = sign(
    null,
    createHash('blake2b512').update(content).digest(),
    minisignKey.privateKey,
  )
  const trustedComment = Buffer.from('timestamp:1700000000\tfile:both.ds.md')
  return formatMinisig({
    algorithm: 'ED',
    keyId: MINISIGN_KEY_ID,
    signature,
    trustedComment,
    globalSignature: sign(null, Buffer.concat([signature, trustedComment]), minisignKey.privateKey),
    untrustedComment: 'signature from minisign secret key',
  })
}
