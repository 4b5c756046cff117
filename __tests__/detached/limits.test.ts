import { describe, expect, it } from '@jest/globals'
import { createHash, createSign, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { CandidateVerifier } from '../../src/formats/candidate-verifier.js'
import { detachedVerifier } from '../../src/formats/detached-verifier.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import { formatMinisig, minisigGlobalMessage } from '../../src/formats/minisig/minisig.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
import { MAX_BUFFERED_FILE_BYTES, MAX_CANDIDATES } from '../../src/formats/verify-limits.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { flipByte, trustedKey } from './fixtures.js'

const CHUNK = Buffer.alloc(1024 * 1024, 0x61)
const BIG_CHUNKS = MAX_BUFFERED_FILE_BYTES / CHUNK.length + 1

/** Streams BIG_CHUNKS megabytes of `a` (one chunk past the buffering limit). */
function verifyBig(kind: DetachedKind, signature: Buffer, keys: TrustedKey[]): SignatureCheck {
  const verifier = detachedVerifier(kind, signature, keys, `big.${kind}`)
  for (let i = 0; i < BIG_CHUNKS; i++) verifier.update(CHUNK)
  return verifier.finish()
}

function bigDigest(algorithm: string): Buffer {
  const hash = createHash(algorithm)
  for (let i = 0; i < BIG_CHUNKS; i++) hash.update(CHUNK)
  return hash.digest()
}

describe('resource limits', () => {
  const ed = generateKeyPairSync('ed25519')
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })

  it('a pure Ed25519 .sig over a file past the limit is an error, not a guess', () => {
    const check = verifyBig('sig', Buffer.from(formatSigFile(randomBytes(64))), [
      trustedKey(ed.publicKey, 'ed'),
    ])
    expect(check).toMatchObject({ status: 'error', code: 'file-too-large' })
  })

  it('past the limit, a streamed candidate still verifies; Ed25519 alone cannot', () => {
    const signer = createSign('sha256')
    for (let i = 0; i < BIG_CHUNKS; i++) signer.update(CHUNK)
    const signature = signer.sign(ec.privateKey)
    const edCandidate = { key: trustedKey(ed.publicKey, 'ed'), algorithm: 'ED25519' } as const
    const ecCandidate = { key: trustedKey(ec.publicKey, 'ec'), algorithm: 'ECDSA_SHA_256' } as const
    const both = new CandidateVerifier(signature, [edCandidate, ecCandidate])
    for (let i = 0; i < BIG_CHUNKS; i++) both.update(CHUNK)
    expect(both.finish()).toBe(ecCandidate)
    const failing = new CandidateVerifier(flipByte(signature, -1), [edCandidate, ecCandidate])
    for (let i = 0; i < BIG_CHUNKS; i++) failing.update(CHUNK)
    expect(() => failing.finish()).toThrow(expect.objectContaining({ code: 'file-too-large' }))
    // And through the public interface, a large file signed by ECDSA streams.
    const keys = [trustedKey(ed.publicKey, 'ed'), trustedKey(ec.publicKey, 'ec')]
    expect(verifyBig('sig', Buffer.from(formatSigFile(signature)), keys)).toMatchObject({
      status: 'verified',
      keyIdentifier: 'ec',
    })
  })

  it('a legacy Ed minisig is refused unread; prehashed ED streams past the limit', () => {
    const keyId = randomBytes(8)
    const key: TrustedKey = { ...trustedKey(ed.publicKey, 'ed', 'minisign'), minisignKeyId: keyId }
    const minisig = (algorithm: 'ED' | 'Ed', signature: Buffer) => {
      const trustedComment = Buffer.from('big')
      const global = sign(null, minisigGlobalMessage(signature, trustedComment), ed.privateKey)
      return formatMinisig({
        algorithm,
        keyId,
        signature,
        trustedComment,
        globalSignature: global,
        untrustedComment: 'big',
      })
    }
    expect(verifyBig('minisig', minisig('Ed', randomBytes(64)), [key])).toMatchObject({
      status: 'invalid',
      code: 'minisig-legacy-refused',
    })
    const prehashed = sign(null, bigDigest('blake2b512'), ed.privateKey)
    expect(verifyBig('minisig', minisig('ED', prehashed), [key])).toMatchObject({
      status: 'verified',
    })
  })

  it('more candidate keys than the limit is an error, not minutes of hashing', () => {
    const keys = Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) =>
      trustedKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, `k${i}`),
    )
    const signature = Buffer.from(formatSigFile(sign('sha256', Buffer.from('x'), ec.privateKey)))
    const verifier = detachedVerifier('sig', signature, keys, 'x.sig')
    verifier.update(Buffer.from('x'))
    expect(verifier.finish()).toMatchObject({ status: 'error', code: 'too-many-candidates' })
  })
})
