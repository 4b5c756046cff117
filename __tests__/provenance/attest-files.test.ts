import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { sigstorePeerVerifyAttestation } from '../../harness/sigstore-peer.js'
import { parseProvenanceBundle } from '../../src/formats/provenance/provenance-bundle.js'
import { attestFiles, type AttestFilesOptions } from '../../src/sign/attest-files.js'
import { CountingSigner, HEX_A, sampleRun, testKey } from './fixtures.js'

const key = testKey()
let workspace: string
let signer: CountingSigner
const files = Array.from({ length: 300 }, (_, i) => `d/${i % 2 ? 'n/' : ''}f${i}.ds.md`)
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'dossier-attest-'))
  await mkdir(path.join(workspace, 'd/n'), { recursive: true })
  await Promise.all(files.map((f) => writeFile(path.join(workspace, f), `file ${f}\n`)))
  signer = new CountingSigner(key)
})
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

const options = (over: Partial<AttestFilesOptions> = {}): AttestFilesOptions => ({
  workspace,
  files,
  known: new Map(),
  run: sampleRun(),
  key,
  signer,
  target: path.join(workspace, 'out/prov.intoto.json'),
  concurrency: 8,
  dryRun: false,
  ...over,
})

describe('attestFiles', () => {
  it('hashes every file, signs once, and writes a bundle the peer accepts', async () => {
    const attestation = await attestFiles(options())
    expect(signer.calls).toBe(1)
    expect(attestation).toMatchObject({ hashed: 300, written: true })
    const bytes = await readFile(path.join(workspace, 'out/prov.intoto.json'))
    const read = parseProvenanceBundle(bytes)
    expect(read.statement.subject).toHaveLength(300)
    for (const s of read.statement.subject) {
      expect(s.digest.sha256).toBe(sha256(`file ${s.name}\n`))
    }
    sigstorePeerVerifyAttestation(bytes.toString(), key.spkiDer)
    // Atomic: no temp file left beside it or at the workspace root.
    expect(await readdir(path.join(workspace, 'out'))).toEqual(['prov.intoto.json'])
    expect((await readdir(workspace)).sort()).toEqual(['d', 'out'])
  })

  it("takes the sign pipeline's digest where it has one and hashes only the rest", async () => {
    const known = new Map(files.slice(0, 100).map((f) => [f, HEX_A]))
    const attestation = await attestFiles(options({ known }))
    expect(attestation.hashed).toBe(200)
    const subjects = new Map(attestation.statement.subject.map((s) => [s.name, s.digest.sha256]))
    expect(subjects.get(files[0] as string)).toBe(HEX_A)
    expect(subjects.get(files[150] as string)).toBe(sha256(`file ${files[150]}\n`))
  })

  it('in a dry run builds the statement but signs and writes nothing', async () => {
    const attestation = await attestFiles(options({ dryRun: true }))
    expect(attestation.written).toBe(false)
    expect(attestation.statement.subject).toHaveLength(300)
    expect(signer.calls).toBe(0)
    expect((await readdir(workspace)).sort()).toEqual(['d'])
  })

  it('fails, naming the file, when a file cannot be read, before any Sign call', async () => {
    await rm(path.join(workspace, files[3] as string))
    await expect(attestFiles(options())).rejects.toMatchObject({ code: 'attest-unreadable' })
    expect(signer.calls).toBe(0)
  })

  it('never writes through a symlinked folder that leads outside the workspace', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'dossier-outside-'))
    await symlink(outside, path.join(workspace, 'out'))
    await expect(attestFiles(options())).rejects.toMatchObject({ code: 'attest-write-failed' })
    expect(await readdir(outside)).toEqual([])
    await rm(outside, { recursive: true, force: true })
  })

  it('never attests a file reached through a folder swapped for a link after the walk, and signs nothing', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'dossier-outside-'))
    await mkdir(path.join(outside, 'n'))
    for (const f of files.filter((f) => f.startsWith('d/n/'))) {
      await writeFile(path.join(outside, f.slice(2)), 'outside bytes\n')
    }
    await rm(path.join(workspace, 'd/n'), { recursive: true })
    await symlink(path.join(outside, 'n'), path.join(workspace, 'd/n'))
    await expect(attestFiles(options())).rejects.toMatchObject({
      code: 'attest-unreadable',
      message: expect.stringContaining('symbolic link'),
    })
    expect(signer.calls).toBe(0)
    await rm(outside, { recursive: true, force: true })
  })
})
