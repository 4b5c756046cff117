// The sign-on-merge workflow: a pull request edits a signed file and cannot re-sign it.
// A signature that a trusted key made for the base branch's version is `stale` (WARN,
// strict BLOCK); one that verifies for neither version stays `invalid` (BLOCK).
import { sign } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { checksumOf } from '../../src/dossier/checksum.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { Policy } from '../../src/trust/policy.js'
import { verifyFile, type FileReport } from '../../src/verify/verify-files.js'
import { makeKey, signedDossier } from '../embedded/signed-dossier.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'dossier-stale-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const official = makeKey('p256')
const trust = buildTrustStore([{ text: `${official.spkiBase64} official\n`, source: 'keys' }])

let counter = 0
/** Writes `current` (and its .sig) and verifies it with `base` as the base branch's version. */
async function check(
  current: Buffer,
  base: Buffer | undefined,
  sig?: Buffer,
  policy: Policy = 'warn',
): Promise<FileReport> {
  const file = path.join(workspace, `f${counter++}.ds.md`)
  writeFileSync(file, current)
  if (sig) writeFileSync(`${file}.sig`, formatSigFile(sig))
  return verifyFile(file, { workspace, trust, policy, baseVersion: async () => base })
}

/** The same v2 dossier with another body and, like a careful contributor, a fresh checksum. */
function edited(original: Buffer, newBody: string): Buffer {
  const text = original.toString('utf8')
  const at = text.indexOf('\n---\n') + 5
  const oldBody = text.slice(at)
  return Buffer.from(
    text
      .slice(0, at)
      .replace(checksumOf(Buffer.from(oldBody)).hash, checksumOf(Buffer.from(newBody)).hash) +
      newBody,
  )
}

describe('embedded signatures', () => {
  const original = signedDossier({ layout: 'legacy-json', scheme: 'v2', key: official })
  const changed = edited(original, '# Title\n\nDo another thing.\n')

  it('the base version carries the same signature and verifies: stale, WARN, with the re-sign message', async () => {
    const report = await check(changed, original)
    expect(report).toMatchObject({
      integrity: 'valid',
      authenticity: 'stale',
      recommendation: 'WARN',
      code: 'stale-signature',
      coverage: 'frontmatter+body',
    })
    expect(report.message).toContain(
      'changed since it was signed; the signing workflow re-signs it after merge',
    )
    expect(report.signatures[0]).toMatchObject({ kind: 'embedded', status: 'stale' })
  })

  it('strict blocks it: new content nobody signed must not pass strict', async () => {
    expect((await check(changed, original, undefined, 'strict')).recommendation).toBe('BLOCK')
  })

  it('no base version (a new file): invalid, BLOCK', async () => {
    expect(await check(changed, undefined)).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
    })
  })

  it('a signature the base version does not carry (copied from another signed file): invalid', async () => {
    const other = signedDossier({
      layout: 'legacy-json',
      scheme: 'v2',
      key: official,
      body: '# Other\n',
    })
    expect(await check(changed, other)).toMatchObject({ authenticity: 'invalid' })
  })

  it('a body edited without updating the checksum stays a checksum BLOCK', async () => {
    const sloppy = Buffer.from(original.toString('utf8').replace('Do the thing.', 'Do it now.'))
    expect(await check(sloppy, original)).toMatchObject({
      integrity: 'invalid',
      recommendation: 'BLOCK',
    })
  })

  it('a base version signed by an untrusted key: invalid, not stale', async () => {
    const stranger = makeKey('p256')
    const theirs = signedDossier({ layout: 'legacy-json', scheme: 'v2', key: stranger })
    const changedTheirs = edited(theirs, '# Changed\n')
    expect(await check(changedTheirs, theirs)).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
    })
  })
})

describe('detached .sig', () => {
  const base = Buffer.from('---dossier\n{"title":"a"}\n---\nbody\n')
  const baseSig = sign('sha256', base, official.privateKey)
  const current = Buffer.from('---dossier\n{"title":"a"}\n---\nnew body\n')

  it('verifies the base version only: stale, WARN', async () => {
    const report = await check(current, base, baseSig)
    expect(report).toMatchObject({
      authenticity: 'stale',
      recommendation: 'WARN',
      coverage: 'file',
    })
    expect(report.trustedIdentifier).toBeUndefined()
  })

  it('verifies neither version: invalid, BLOCK', async () => {
    const elsewhere = sign('sha256', Buffer.from('another file'), official.privateKey)
    expect(await check(current, base, elsewhere)).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
    })
  })

  it('verifies the file as it is: verified, and the base is never read', async () => {
    let asked = false
    const file = path.join(workspace, 'fresh.ds.md')
    writeFileSync(file, current)
    writeFileSync(`${file}.sig`, formatSigFile(sign('sha256', current, official.privateKey)))
    const report = await verifyFile(file, {
      workspace,
      trust,
      policy: 'warn',
      baseVersion: async () => {
        asked = true
        return base
      },
    })
    expect(report).toMatchObject({ authenticity: 'verified', recommendation: 'ALLOW' })
    expect(asked).toBe(false)
  })

  it('a base version that cannot be read is no excuse: invalid', async () => {
    const file = path.join(workspace, 'unreadable-base.ds.md')
    writeFileSync(file, current)
    writeFileSync(`${file}.sig`, formatSigFile(baseSig))
    const report = await verifyFile(file, {
      workspace,
      trust,
      policy: 'warn',
      baseVersion: () => Promise.reject(new Error('API down')),
    })
    expect(report.authenticity).toBe('invalid')
  })
})
