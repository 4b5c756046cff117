// A dossier may have a name of up to 255 bytes, but `<name>.sig` (and .minisig,
// .sigstore.json) cannot exist past that: looking it up must mean "no such signature
// file", never a BLOCK for the dossier.
import { createHash, sign } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { verifyFiles } from '../../src/verify/verify-files.js'
import { makeKey, signedDossier, writeDossier } from '../embedded/signed-dossier.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'verify-long-names-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const official = makeKey('p256')
const trust = buildTrustStore([{ text: `${official.spkiBase64} official\n`, source: 'keys' }])

/** A name of exactly `bytes` UTF-8 bytes ending in `suffix`, padded with `fill`. */
function nameOf(bytes: number, suffix: string, fill = 'a'): string {
  const room = bytes - Buffer.byteLength(suffix)
  const name = `${fill.repeat(Math.floor(room / Buffer.byteLength(fill)))}${suffix}`
  expect(Buffer.byteLength(name)).toBe(bytes)
  return name
}

function write(name: string, content: Buffer | string): string {
  const file = path.join(workspace, name)
  writeFileSync(file, content)
  return file
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const unsigned = writeDossier(
  'legacy-json',
  { title: 'x', checksum: { algorithm: 'sha256', hash: sha256('body\n') } },
  undefined,
  'body\n',
)

describe('verifyFiles on names too long for a signature file beside them', () => {
  it('verifies a signed dossier and warns on an unsigned one, both named 252 bytes', async () => {
    const signed = write(
      nameOf(252, '.ds.md'),
      signedDossier({ layout: 'legacy-json', scheme: 'v2', key: official }),
    )
    const plain = write(nameOf(252, '.ds.md', 'é'), unsigned)
    const reports = await verifyFiles({ workspace, files: [signed, plain], trust, policy: 'warn' })
    expect(reports).toEqual([
      expect.objectContaining({
        integrity: 'valid',
        authenticity: 'verified',
        recommendation: 'ALLOW',
        signatures: [expect.objectContaining({ kind: 'embedded', status: 'verified' })],
      }),
      expect.objectContaining({
        integrity: 'valid',
        authenticity: 'unsigned',
        recommendation: 'WARN',
        signatures: [],
      }),
    ])
  })

  it('still reads a .sig that fits when .minisig and .sigstore.json cannot', async () => {
    const content = 'plain text\n'
    const name = nameOf(250, '.txt')
    const file = write(name, content)
    write(`${name}.sig`, formatSigFile(sign('sha256', Buffer.from(content), official.privateKey)))
    const [report] = await verifyFiles({ workspace, files: [file], trust, policy: 'strict' })
    expect(report).toMatchObject({
      file: name,
      authenticity: 'verified',
      recommendation: 'ALLOW',
      signatures: [{ kind: 'sig', status: 'verified', signatureFile: `${name}.sig` }],
    })
  })
})
