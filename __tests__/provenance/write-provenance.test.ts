import { describe, expect, it } from '@jest/globals'
import { createVerify, generateKeyPairSync } from 'node:crypto'
import { sigstorePeerVerifyAttestation } from '../../harness/sigstore-peer.js'
import {
  parseProvenanceBundle,
  ProvenanceError,
} from '../../src/formats/provenance/provenance-bundle.js'
import { SLSA_PROVENANCE_V1 } from '../../src/formats/provenance/slsa-predicate.js'
import {
  provenanceStatement,
  signProvenance,
} from '../../src/formats/provenance/write-provenance.js'
import { verifyKeyInput, type SigningAlgorithm } from '../../src/keys/algorithms.js'
import {
  CountingSigner,
  peerVerdict,
  HEX_A,
  HEX_B,
  sampleRun,
  testKey,
  type Json,
} from './fixtures.js'

const subjects = Array.from({ length: 2_000 }, (_, i) => ({
  name: `dossiers/d${String(i).padStart(5, '0')}.ds.md`,
  digest: { sha256: i % 2 ? HEX_A : HEX_B },
}))
const statement = provenanceStatement(subjects, sampleRun())

describe('signProvenance', () => {
  it('signs any number of subjects with ONE Sign call, over the PAE, checked by the key', async () => {
    const key = testKey()
    const signer = new CountingSigner(key)
    const bytes = await signProvenance(statement, signer, key)
    expect(signer.calls).toBe(1)
    const read = parseProvenanceBundle(bytes)
    expect(read.statement).toEqual(statement)
    expect(read.statement.predicateType).toBe(SLSA_PROVENANCE_V1)
    expect(read.statement.subject).toHaveLength(2_000)
    expect(
      createVerify('sha256')
        .update(read.pae)
        .verify(verifyKeyInput(key.algorithm, key.publicKey), read.signature),
    ).toBe(true)
  })

  it.each<[string, SigningAlgorithm, () => ReturnType<typeof generateKeyPairSync>]>([
    ['P-384', 'ECDSA_SHA_384', () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' })],
    ['RSA-PSS', 'RSASSA_PSS_SHA_256', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ])('signs with a %s key over its own hash of the PAE', async (_, algorithm, pair) => {
    const key = testKey(algorithm, pair())
    const bytes = await signProvenance(statement, new CountingSigner(key), key)
    const read = parseProvenanceBundle(bytes)
    expect(
      createVerify(key.hash)
        .update(read.pae)
        .verify(verifyKeyInput(key.algorithm, key.publicKey), read.signature),
    ).toBe(true)
  })

  it('writes nothing when the signature is not the key’s', async () => {
    const key = testKey()
    const other = testKey()
    await expect(signProvenance(statement, new CountingSigner(other), key)).rejects.toMatchObject({
      code: 'provenance-signature-mismatch',
    })
  })

  it('refuses a statement too large for any reader before the Sign call', async () => {
    const key = testKey()
    const signer = new CountingSigner(key)
    const huge = provenanceStatement(
      [{ name: 'x'.repeat(13 * 1024 * 1024), digest: { sha256: HEX_A } }],
      sampleRun(),
    )
    await expect(signProvenance(huge, signer, key)).rejects.toBeInstanceOf(ProvenanceError)
    expect(signer.calls).toBe(0)
  })
})

describe('the peer, @sigstore/verify with the key as the only trust material', () => {
  it('accepts the bundle and verifies the statement as signed', async () => {
    const key = testKey()
    const text = (await signProvenance(statement, new CountingSigner(key), key)).toString()
    const payload = sigstorePeerVerifyAttestation(text, key.spkiDer)
    expect(JSON.parse(payload.toString())).toEqual(statement)
  })

  it('rejects a changed statement: one subject digest, one predicate fact, or the payload type', async () => {
    const key = testKey()
    const text = (await signProvenance(statement, new CountingSigner(key), key)).toString()
    expect(peerVerdict(text, key.spkiDer)).toBe('verified')
    const tamper = (edit: (b: Json) => void): string => {
      const b = JSON.parse(text)
      edit(b)
      return JSON.stringify(b)
    }
    const payloadWith = (change: (s: typeof statement) => void) => {
      const s = JSON.parse(JSON.stringify(statement))
      change(s)
      return Buffer.from(JSON.stringify(s)).toString('base64')
    }
    const changedDigest = tamper(
      (b) =>
        (b.dsseEnvelope.payload = payloadWith(
          (s) => (s.subject[7]!.digest.sha256 = HEX_A.replace('a', 'c')),
        )),
    )
    const changedRepo = tamper(
      (b) =>
        (b.dsseEnvelope.payload = payloadWith(
          (s) =>
            ((s.predicate as Json).buildDefinition.externalParameters.workflow.repository =
              'https://github.com/evil/x'),
        )),
    )
    const changedType = tamper((b) => (b.dsseEnvelope.payloadType = 'application/json'))
    for (const bundle of [changedDigest, changedRepo, changedType]) {
      expect(peerVerdict(bundle, key.spkiDer)).toBe('SIGNATURE_ERROR')
    }
    // ...and our own parser reads each one, so the verifier must catch them by signature.
    expect(() => parseProvenanceBundle(Buffer.from(changedDigest))).not.toThrow()
  })

  it('rejects the bundle under another key', async () => {
    const key = testKey()
    const text = (await signProvenance(statement, new CountingSigner(key), key)).toString()
    expect(peerVerdict(text, testKey().spkiDer)).not.toBe('verified')
  })
})
