import { describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { parseMinisignPublicKey } from '../../src/keys/minisign-key.js'
import {
  formatMinisig,
  minisigGlobalMessage,
  parseMinisig,
} from '../../src/formats/minisig/minisig.js'
import {
  MAX_TRUSTED_COMMENT_BYTES,
  minisigStillValid,
  minisignKeyIdFor,
  minisignPublicKeyFor,
  trustedCommentFor,
  writeMinisig,
  type DerivedMinisignKey,
} from '../../src/formats/minisig/write-minisig.js'
import type { MessageSigner } from '../../src/sign/signer.js'
import { flipByte, trustedMinisignKey, verifyDetached } from './fixtures.js'

/** Pure Ed25519 over a local key, as KMS signs RAW messages with ED25519_SHA_512. */
class LocalEd25519Signer implements MessageSigner {
  readonly messages: Buffer[] = []
  constructor(
    private readonly privateKey: KeyObject,
    /** Lets a test damage the n-th signature (0-based), as a broken key service would. */
    private readonly tamper: (signature: Buffer, call: number) => Buffer = (s) => s,
  ) {}
  async signMessage(message: Buffer): Promise<Buffer> {
    if (message.length > 4096) throw new Error('KMS signs RAW messages of at most 4096 bytes')
    this.messages.push(Buffer.from(message))
    return this.tamper(sign(null, message, this.privateKey), this.messages.length - 1)
  }
  stopsRun(): boolean {
    return false
  }
}

function ed25519Key(): { privateKey: KeyObject; minisign: DerivedMinisignKey; raw: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  return { privateKey, minisign: minisignPublicKeyFor(spki), raw }
}

const file = Buffer.from('---\nname: write-minisig\n---\nbody \u00e9\n')
const blake = (bytes: Buffer) => createHash('blake2b512').update(bytes).digest()
const comment = trustedCommentFor({ timestamp: 1_700_000_000, file: 'docs/a.ds.md' })

describe('minisignKeyIdFor and minisignPublicKeyFor', () => {
  it('derive the id as the first 8 bytes of SHA-256 of the raw key, the same every time', () => {
    const { raw, minisign } = ed25519Key()
    const expected = createHash('sha256').update(raw).digest().subarray(0, 8)
    expect(minisignKeyIdFor(raw)).toEqual(expected)
    expect(minisign.keyId).toEqual(expected)
    expect(minisignKeyIdFor(Buffer.from(raw))).toEqual(minisignKeyIdFor(raw))
    expect(minisignKeyIdFor(ed25519Key().raw)).not.toEqual(expected)
  })

  it('give the RW line and the .pub file minisign reads, holding that id and key', () => {
    const { raw, minisign } = ed25519Key()
    expect(minisign.line).toMatch(/^RW[A-Za-z0-9+/]{54}$/)
    expect(minisign.pub.split('\n')).toEqual([
      expect.stringMatching(/^untrusted comment: minisign public key [0-9A-F]{16}$/),
      minisign.line,
      '',
    ])
    for (const text of [minisign.line, minisign.pub]) {
      expect(parseMinisignPublicKey(text)).toEqual({ keyId: minisign.keyId, publicKey: raw })
    }
  })

  it('refuse a key that is not Ed25519, and a raw key of the wrong size', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
    const code = { code: 'minisign-key-not-ed25519' }
    expect(() => minisignPublicKeyFor(p256.export({ format: 'der', type: 'spki' }))).toThrow(
      expect.objectContaining(code),
    )
    expect(() => minisignPublicKeyFor(Buffer.from('not DER'))).toThrow(
      expect.objectContaining(code),
    )
    expect(() => minisignKeyIdFor(Buffer.alloc(31))).toThrow(expect.objectContaining(code))
  })
})

describe('trustedCommentFor', () => {
  it("is minisign's timestamp and file, then where the signature was made, tab-separated", () => {
    const text = trustedCommentFor({
      timestamp: 1_700_000_000,
      file: 'docs/a.ds.md',
      repository: 'imboard-ai/dossiers',
      ref: 'refs/heads/main',
      commit: 'a'.repeat(40),
      runId: '123456',
    }).toString()
    expect(text).toBe(
      `timestamp:1700000000\tfile:docs/a.ds.md\trepository:imboard-ai/dossiers\tref:refs/heads/main\tcommit:${'a'.repeat(40)}\trun:123456`,
    )
    expect(comment.toString()).toBe('timestamp:1700000000\tfile:docs/a.ds.md')
  })

  it('keeps one line and its fields whatever a file name or ref holds', () => {
    const text = trustedCommentFor({
      timestamp: 1,
      file: 'a\tcommit:forged\nb\r\u001b[31m\u2028\u0085c.md',
      ref: 'refs/heads/x\u0000y',
    }).toString()
    expect(text.split('\t')).toEqual([
      'timestamp:1',
      'file:a\ufffdcommit:forged\ufffdb\ufffd\ufffd[31m\ufffd\ufffdc.md',
      'ref:refs/heads/x\ufffdy',
    ])
    // eslint-disable-next-line no-control-regex -- asserting no control character is left
    expect(text).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
  })

  it('is refused past 4096 - 64 bytes, the most one RAW Sign can hold after the signature', () => {
    const prefix = 'timestamp:1\tfile:'.length
    const fits = trustedCommentFor({ timestamp: 1, file: 'x'.repeat(4032 - prefix) })
    expect(fits.length).toBe(MAX_TRUSTED_COMMENT_BYTES)
    expect(MAX_TRUSTED_COMMENT_BYTES).toBe(4032)
    expect(() => trustedCommentFor({ timestamp: 1, file: 'x'.repeat(4033 - prefix) })).toThrow(
      expect.objectContaining({ code: 'trusted-comment-too-long' }),
    )
    expect(() => trustedCommentFor({ timestamp: 1.5, file: 'a' })).toThrow(
      expect.objectContaining({ code: 'trusted-comment-invalid' }),
    )
  })
})

describe('writeMinisig', () => {
  it('signs the BLAKE2b-512 digest, then signature || trusted comment, and formats what verifies', async () => {
    const { privateKey, minisign } = ed25519Key()
    const signer = new LocalEd25519Signer(privateKey)
    const written = await writeMinisig(blake(file), signer, minisign, comment)

    const parsed = parseMinisig(written)
    expect(parsed).toMatchObject({
      algorithm: 'ED',
      keyId: minisign.keyId,
      trustedComment: comment,
    })
    expect(signer.messages).toEqual([blake(file), minisigGlobalMessage(parsed.signature, comment)])
    const trusted = trustedMinisignKey(minisign.line, 'kms minisign key')
    expect(verifyDetached('minisig', written, [trusted], file)).toMatchObject({
      status: 'verified',
      keyIdentifier: 'kms minisign key',
      algorithm: 'minisign-ED',
    })
    expect(verifyDetached('minisig', written, [trusted], flipByte(file, 0)).status).toBe('invalid')
  })

  it.each([
    ['the file signature', 0],
    ['the global signature', 1],
  ])('throws, returning nothing, when %s does not verify', async (_what, bad) => {
    const { privateKey, minisign } = ed25519Key()
    const signer = new LocalEd25519Signer(privateKey, (s, call) =>
      call === bad ? flipByte(s, 5) : s,
    )
    await expect(writeMinisig(blake(file), signer, minisign, comment)).rejects.toMatchObject({
      code: 'signature-not-verified',
    })
    expect(signer.messages).toHaveLength(bad + 1)
  })

  it('throws when another key signs (the loaded public key is not the signing key)', async () => {
    const signer = new LocalEd25519Signer(ed25519Key().privateKey)
    await expect(
      writeMinisig(blake(file), signer, ed25519Key().minisign, comment),
    ).rejects.toMatchObject({ code: 'signature-not-verified' })
  })

  it.each([
    ['a comment with a line break', blake(file), Buffer.from('a\nb'), 'trusted-comment-invalid'],
    ['a comment too long', blake(file), Buffer.alloc(4033, 0x61), 'trusted-comment-too-long'],
    [
      'a SHA-256 digest',
      createHash('sha256').update(file).digest(),
      comment,
      'digest-wrong-length',
    ],
  ])('refuses %s before any Sign call', async (_what, digest, text, code) => {
    const { privateKey, minisign } = ed25519Key()
    const signer = new LocalEd25519Signer(privateKey)
    await expect(writeMinisig(digest, signer, minisign, text)).rejects.toMatchObject({ code })
    expect(signer.messages).toHaveLength(0)
  })

  it('refuses a key that is not a minisign Ed25519 key', async () => {
    const { privateKey, minisign } = ed25519Key()
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
    const signer = new LocalEd25519Signer(privateKey)
    for (const key of [
      { ...minisign, publicKey: p256 },
      { ...minisign, keyId: minisign.keyId.subarray(0, 7) },
    ]) {
      await expect(writeMinisig(blake(file), signer, key, comment)).rejects.toMatchObject({
        code: 'minisign-key-not-ed25519',
      })
    }
    expect(signer.messages).toHaveLength(0)
  })
})

describe('minisigStillValid', () => {
  it('holds for a minisig of this file by this key, whatever its trusted comment', async () => {
    const { privateKey, minisign } = ed25519Key()
    const signer = new LocalEd25519Signer(privateKey)
    const older = trustedCommentFor({ timestamp: 1, file: 'docs/a.ds.md', runId: '1' })
    const written = await writeMinisig(blake(file), signer, minisign, older)
    expect(minisigStillValid(written, blake(file), minisign)).toBe(true)
    expect(
      minisigStillValid(
        Buffer.from(written.toString().replaceAll('\n', '\r\n')),
        blake(file),
        minisign,
      ),
    ).toBe(true)
  })

  it('does not hold for another file, another key, an edited comment, garbage or a legacy signature', async () => {
    const { privateKey, minisign } = ed25519Key()
    const written = await writeMinisig(
      blake(file),
      new LocalEd25519Signer(privateKey),
      minisign,
      comment,
    )
    const other = ed25519Key()
    const parsed = parseMinisig(written)
    const edited = formatMinisig({ ...parsed, trustedComment: Buffer.from(`${comment}x`) })
    // Both signatures stay valid: only the algorithm bytes (which nothing signs) say legacy.
    const legacy = formatMinisig({ ...parsed, algorithm: 'Ed' })
    expect(minisigStillValid(written, blake(flipByte(file, 0)), minisign)).toBe(false)
    expect(minisigStillValid(written, blake(file), other.minisign)).toBe(false)
    expect(
      minisigStillValid(written, blake(file), { ...other.minisign, keyId: minisign.keyId }),
    ).toBe(false)
    expect(minisigStillValid(edited, blake(file), minisign)).toBe(false)
    expect(minisigStillValid(Buffer.from('untrusted comment: x\n'), blake(file), minisign)).toBe(
      false,
    )
    expect(minisigStillValid(legacy, blake(file), minisign)).toBe(false)
  })
})
