import { describe, expect, it } from '@jest/globals'
import {
  constants,
  createHash,
  generateKeyPairSync,
  sign,
  type KeyObject,
  type SignKeyObjectInput,
} from 'node:crypto'
import { VerificationError } from '@sigstore/verify'
import { sigstorePeerVerify } from '../../harness/sigstore-peer.js'
import type { HashName } from '../../src/keys/algorithms.js'
import { formatSigstoreBundle } from '../../src/formats/sigstore/sigstore-bundle.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { flipByte, trustedKey, verifyDetached } from './fixtures.js'

/**
 * The peer for `.sigstore.json` (formats.md 5): sigstore-js's own verifier, given the
 * signer's public key as the only trust material, found by the bundle's hint, and no
 * transparency log, CT log or timestamp required. cosign's equivalent:
 * `cosign verify-blob --bundle f.sigstore.json --key key.pem --insecure-ignore-tlog
 * --new-bundle-format f`.
 */

const file = Buffer.from('---\nname: peer test\n---\nbody\n')

/** What @sigstore/verify says of the bundle: the error code it throws, or 'verified'. */
function peerVerdict(bundleText: string, artifact: Buffer, trusted: TrustedKey): string {
  try {
    sigstorePeerVerify(bundleText, artifact, trusted.spkiDer)
    return 'verified'
  } catch (error) {
    if (error instanceof VerificationError) return error.code
    throw error
  }
}

/** Both verdicts on one bundle: the peer's error code and our check's code, or 'verified'. */
function verdicts(bundle: string, artifact: Buffer, trusted: TrustedKey) {
  const check = verifyDetached('sigstore', bundle, [trusted], artifact)
  return {
    peer: peerVerdict(bundle, artifact, trusted),
    ours: check.status === 'verified' ? 'verified' : check.code,
  }
}

interface Signer {
  name: string
  privateKey: KeyObject
  trusted: TrustedKey
  hash: HashName
  /** How KMS pads: PSS for RSASSA_PSS_*, PKCS#1 v1.5 otherwise. */
  key?: SignKeyObjectInput
}

function signer(name: string, type: 'ec' | 'rsa', hash: HashName, curveOrPss?: string): Signer {
  const { privateKey, publicKey } =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: curveOrPss ?? 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pss =
    curveOrPss === 'pss'
      ? {
          key: privateKey,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
        }
      : undefined
  return {
    name,
    privateKey,
    trusted: trustedKey(publicKey, name),
    hash,
    ...(pss === undefined ? {} : { key: pss }),
  }
}

/** As sign mode writes it: KMS signs the file's digest, our builder wraps the signature. */
function bundleBy(by: Signer, hintedKey: TrustedKey = by.trusted): string {
  return formatSigstoreBundle({
    digest: createHash(by.hash).update(file).digest(),
    hashAlgorithm: by.hash,
    signature: sign(by.hash, file, by.key ?? by.privateKey),
    spkiDer: hintedKey.spkiDer,
  })
}

const p256 = signer('p256', 'ec', 'sha256', 'P-256')
const signers: Array<[string, Signer, string]> = [
  ['P-256, SHA2_256', p256, 'ECDSA_SHA_256'],
  ['P-384, SHA2_384', signer('p384', 'ec', 'sha384', 'P-384'), 'ECDSA_SHA_384'],
  ['P-521, SHA2_512', signer('p521', 'ec', 'sha512', 'P-521'), 'ECDSA_SHA_512'],
  ['RSA PKCS#1 v1.5, SHA2_256', signer('rsa', 'rsa', 'sha256'), 'RSASSA_PKCS1_V1_5_SHA_256'],
]

describe('@sigstore/verify accepts what formatSigstoreBundle writes', () => {
  it.each(signers)('%s: both verifiers say verified', (_name, by, algorithm) => {
    const bundle = bundleBy(by)
    expect(peerVerdict(bundle, file, by.trusted)).toBe('verified')
    expect(verifyDetached('sigstore', bundle, [by.trusted], file)).toMatchObject({
      status: 'verified',
      keyIdentifier: by.name,
      algorithm,
    })
  })

  it.each(signers)('%s: a changed byte in the file fails both', (_name, by) => {
    const bundle = bundleBy(by)
    for (const index of [0, file.length >> 1, -1]) {
      expect(verdicts(bundle, flipByte(file, index), by.trusted)).toEqual({
        peer: 'SIGNATURE_ERROR',
        ours: 'digest-mismatch',
      })
    }
  })

  it('a signature by another key fails both, whichever key the hint names', () => {
    const mallory = signer('mallory', 'ec', 'sha256', 'P-256')
    expect(verdicts(bundleBy(mallory, p256.trusted), file, p256.trusted)).toEqual({
      peer: 'SIGNATURE_ERROR',
      ours: 'signature-mismatch',
    })
    expect(verdicts(bundleBy(mallory), file, p256.trusted)).toEqual({
      peer: 'PUBLIC_KEY_ERROR',
      ours: 'hinted-key-untrusted',
    })
  })

  // @sigstore/verify 3 verifies RSA with PKCS#1 v1.5 padding only (node's default for an
  // rsaEncryption key), so a KMS RSASSA_PSS_* bundle has no peer here. Ours reads it.
  it('RSA-PSS: our verifier says verified, @sigstore/verify cannot check it', () => {
    const pss = signer('pss', 'rsa', 'sha256', 'pss')
    expect(verdicts(bundleBy(pss), file, pss.trusted)).toEqual({
      peer: 'SIGNATURE_ERROR',
      ours: 'verified',
    })
  })
})
