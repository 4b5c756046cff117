import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  minisignPublicKeyFor,
  trustedCommentFor,
  writeMinisig,
  type DerivedMinisignKey,
} from '../../src/formats/minisig/write-minisig.js'
import type { MessageSigner } from '../../src/sign/signer.js'
import { exitCode, flipByte, run, tempDir, toolAvailable } from './fixtures.js'
import { trustedMinisignKey, verifyDetached } from './fixtures.js'

// The .minisig and .pub that writeMinisig and minisignPublicKeyFor make, checked by
// Debian's minisign (the peer) and by our own verifier through the registry.

const MINISIGN = 'minisign'
/** Debian's minisign is the peer; without it (apt install minisign) these tests are skipped. */
const withMinisign = toolAvailable(MINISIGN, '-v') ? describe : describe.skip

const signerOf = (privateKey: KeyObject): MessageSigner => ({
  signMessage: async (message) => sign(null, message, privateKey),
  stopsRun: () => false,
})

withMinisign('a .minisig from writeMinisig, checked by minisign', () => {
  const dir = tempDir()
  const at = (name: string) => join(dir.path, name)
  const filePath = at('release notes.ds.md')
  const signaturePath = `${filePath}.minisig`
  // Large enough that only a prehashed (ED) signature makes sense, with bytes of every value.
  const file = Buffer.concat([Buffer.from('---\nname: peer\n---\n'), randomBytes(300_000)])
  let key: DerivedMinisignKey
  let minisig: Buffer

  beforeAll(async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    key = minisignPublicKeyFor(publicKey.export({ format: 'der', type: 'spki' }))
    writeFileSync(at('kms.pub'), key.pub)
    writeFileSync(filePath, file)
    const comment = trustedCommentFor({
      timestamp: 1_700_000_000,
      file: 'docs/release notes.ds.md',
      repository: 'imboard-ai/dossiers',
      ref: 'refs/heads/main',
      commit: 'c0ffee'.padEnd(40, '0'),
      runId: '987654321',
    })
    const blake2b512 = createHash('blake2b512').update(file).digest()
    minisig = await writeMinisig(blake2b512, signerOf(privateKey), key, comment)
    writeFileSync(signaturePath, minisig)
  })
  afterAll(() => dir.remove())

  const verifyArgs = (...extra: string[]) => ['-V', '-p', at('kms.pub'), '-m', filePath, ...extra]

  it('minisign -V accepts it with the .pub we produce, and prints our trusted comment', () => {
    const output = run(MINISIGN, verifyArgs())
    expect(output).toContain('Signature and comment signature verified')
    expect(output).toContain(
      'Trusted comment: timestamp:1700000000\tfile:docs/release notes.ds.md\trepository:imboard-ai/dossiers\tref:refs/heads/main',
    )
  })

  it('minisign -V -H (prehashed signatures only) accepts it, and so does -P with the RW line', () => {
    expect(exitCode(MINISIGN, verifyArgs('-H', '-q'))).toBe(0)
    expect(exitCode(MINISIGN, ['-V', '-q', '-P', key.line, '-m', filePath])).toBe(0)
  })

  it('minisign rejects it after one changed byte of the file', () => {
    for (const index of [0, 150_000, -1]) {
      writeFileSync(filePath, flipByte(file, index))
      expect(exitCode(MINISIGN, verifyArgs('-q'))).not.toBe(0)
    }
    writeFileSync(filePath, file)
    expect(exitCode(MINISIGN, verifyArgs('-q'))).toBe(0)
  })

  it('minisign rejects it after one changed byte of the trusted comment', () => {
    const lines = minisig.toString('utf8').split('\n')
    const trusted = lines[2] ?? ''
    expect(trusted).toMatch(/^trusted comment: timestamp:1700000000\t/)
    for (const edited of [
      trusted.replace('1700000000', '1700000001'),
      trusted.replace('refs/heads/main', 'refs/heads/mair'),
      `${trusted.slice(0, -1)}2`,
    ]) {
      writeFileSync(signaturePath, [lines[0], lines[1], edited, lines[3], ''].join('\n'))
      expect(exitCode(MINISIGN, verifyArgs('-q'))).not.toBe(0)
    }
    writeFileSync(signaturePath, minisig)
    expect(exitCode(MINISIGN, verifyArgs('-q'))).toBe(0)
  })

  it('our own verifier, through the registry, says verified with the RW key trusted', () => {
    const written = readFileSync(signaturePath)
    for (const text of [key.line, key.pub]) {
      const check = verifyDetached(
        'minisig',
        written,
        [trustedMinisignKey(text, 'kms minisign')],
        file,
        65_536,
      )
      expect(check).toMatchObject({
        status: 'verified',
        keyIdentifier: 'kms minisign',
        algorithm: 'minisign-ED',
      })
    }
    expect(
      verifyDetached('minisig', written, [trustedMinisignKey(key.line, 'k')], flipByte(file, 7))
        .status,
    ).toBe('invalid')
  })
})
