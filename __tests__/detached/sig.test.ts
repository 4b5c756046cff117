import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { detachedVerifier } from '../../src/formats/detached-verifier.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import { exitCode, flipByte, run, tempDir, trustedKey, verifyDetached } from './fixtures.js'

/** A key made and used by the openssl CLI, as a signer outside this action would. */
interface Signer {
  name: string
  algorithm: string
  genpkey: string[]
  sign: (key: string, file: string, out: string) => string[]
}

const ecdsa = (curve: string, hash: string, algorithm: string): Omit<Signer, 'name'> => ({
  algorithm,
  genpkey: ['-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve}`],
  sign: (key, file, out) => ['dgst', `-${hash}`, '-sign', key, '-out', out, file],
})
const rsa = ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']

const SIGNERS: Signer[] = [
  { name: 'P-256', ...ecdsa('P-256', 'sha256', 'ECDSA_SHA_256') },
  { name: 'secp256k1', ...ecdsa('secp256k1', 'sha256', 'ECDSA_SHA_256') },
  { name: 'P-384', ...ecdsa('P-384', 'sha384', 'ECDSA_SHA_384') },
  { name: 'P-521', ...ecdsa('P-521', 'sha512', 'ECDSA_SHA_512') },
  {
    name: 'RSA-PSS',
    algorithm: 'RSASSA_PSS_SHA_256',
    genpkey: rsa,
    sign: (key, file, out) => [
      ...['dgst', '-sha256', '-sign', key, '-out', out],
      ...['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:digest', file],
    ],
  },
  {
    name: 'RSA-PKCS1',
    algorithm: 'RSASSA_PKCS1_V1_5_SHA_384',
    genpkey: rsa,
    sign: (key, file, out) => ['dgst', '-sha384', '-sign', key, '-out', out, file],
  },
  {
    name: 'Ed25519',
    algorithm: 'ED25519',
    genpkey: ['-algorithm', 'ED25519'],
    sign: (key, file, out) => [
      'pkeyutl',
      '-sign',
      '-rawin',
      '-inkey',
      key,
      '-in',
      file,
      '-out',
      out,
    ],
  },
]

interface Made {
  signer: Signer
  keyPath: string
  key: TrustedKey
  /** Another key of the same type, never used to sign. */
  stranger: TrustedKey
  sig: Buffer
}

const dir = tempDir()
const filePath = join(dir.path, 'signed.txt')
const file = Buffer.from('---\nname: test dossier\n---\n# Body\r\nline two\n\n' + 'x'.repeat(900))
const made = new Map<string, Made>()

function newKey(name: string, signer: Signer): { path: string; key: TrustedKey } {
  const path = join(dir.path, `${name}.pem`)
  run('openssl', ['genpkey', ...signer.genpkey, '-out', path])
  return { path, key: trustedKey(createPublicKey(readFileSync(path)), name) }
}

beforeAll(() => {
  writeFileSync(filePath, file)
  for (const signer of SIGNERS) {
    const { path, key } = newKey(signer.name, signer)
    const stranger = newKey(`${signer.name}-stranger`, signer).key
    const raw = join(dir.path, `${signer.name}.raw`)
    const sigPath = join(dir.path, `${signer.name}.sig`)
    run('openssl', signer.sign(path, filePath, raw))
    run('openssl', ['base64', '-A', '-in', raw, '-out', sigPath])
    made.set(signer.name, { signer, keyPath: path, key, stranger, sig: readFileSync(sigPath) })
  }
})
afterAll(() => dir.remove())

function get(name: string): Made {
  const found = made.get(name)
  if (found === undefined) throw new Error(`no key ${name}`)
  return found
}

const names = SIGNERS.map((signer) => signer.name)

describe('.sig made by openssl', () => {
  it.each(names)('%s: verified, naming the key and the KMS algorithm', (name) => {
    const { key, sig, signer } = get(name)
    expect(verifyDetached('sig', sig, [get('P-256').stranger, key], file)).toEqual({
      kind: 'sig',
      status: 'verified',
      coverage: 'file',
      keyIdentifier: name,
      algorithm: signer.algorithm,
      signatureFile: 'signed.txt.sig',
      message: expect.stringContaining(name),
    })
  })

  it.each(names)('%s: the same verdict when the file arrives one byte at a time', (name) => {
    const { key, sig } = get(name)
    expect(verifyDetached('sig', sig, [key], file, 1).status).toBe('verified')
    expect(verifyDetached('sig', sig, [key], flipByte(file, 500), 1).status).toBe('invalid')
  })

  it.each(names)('%s: a one-byte change to the file is invalid', (name) => {
    const { key, sig } = get(name)
    for (const index of [0, 500, -1]) {
      const check = verifyDetached('sig', sig, [key], flipByte(file, index))
      expect(check).toMatchObject({ status: 'invalid', code: 'signature-mismatch' })
      expect(check.message).toMatch(/changed after signing or the signer's key is not trusted/)
    }
    expect(verifyDetached('sig', sig, [key], Buffer.concat([file, Buffer.from('\n')])).status).toBe(
      'invalid',
    )
  })

  it.each(names)('%s: a one-byte change to the signature is never verified', (name) => {
    const { key, sig } = get(name)
    const raw = Buffer.from(sig.toString(), 'base64')
    for (const index of [0, 1, 5, raw.length >> 1, -2, -1]) {
      const check = verifyDetached('sig', flipByte(raw, index).toString('base64'), [key], file)
      expect(check.status).toBe('invalid')
    }
  })

  it.each(names)('%s: a key that did not sign is invalid, not signed_unknown', (name) => {
    const { stranger, sig } = get(name)
    const check = verifyDetached('sig', sig, [stranger], file)
    expect(check).toMatchObject({ status: 'invalid', code: 'signature-mismatch' })
    expect(check.message).toContain('the one trusted key that fits')
    expect(check.keyIdentifier).toBeUndefined()
  })

  it('with no trusted keys at all, invalid', () => {
    expect(verifyDetached('sig', get('P-256').sig, [], file)).toMatchObject({
      status: 'invalid',
      code: 'no-fitting-key',
    })
  })

  it('counts the fitting keys in the message', () => {
    const strangers = ['P-256', 'secp256k1', 'RSA-PSS'].map((name) => get(name).stranger)
    const check = verifyDetached('sig', get('P-256').sig, strangers, file)
    // The RSA key cannot have made a DER ECDSA signature, so two keys fit.
    expect(check.message).toContain('none of the 2 trusted keys that fit')
  })
})

describe('keys of the wrong type', () => {
  const ecNames = ['P-256', 'secp256k1', 'P-384', 'P-521']
  const rsaNames = ['RSA-PSS', 'RSA-PKCS1']

  it('RSA keys never verify an ECDSA signature', () => {
    const rsaKeys = rsaNames.map((name) => get(name).key)
    for (const name of ecNames) {
      expect(verifyDetached('sig', get(name).sig, rsaKeys, file)).toMatchObject({
        status: 'invalid',
        code: 'no-fitting-key',
      })
    }
  })

  it('EC and Ed25519 keys never verify an RSA signature', () => {
    const others = [...ecNames, 'Ed25519'].map((name) => get(name).key)
    for (const name of rsaNames) {
      expect(verifyDetached('sig', get(name).sig, others, file).status).toBe('invalid')
    }
  })

  it('an ECDSA signature is not taken for one on another curve', () => {
    const check = verifyDetached('sig', get('P-256').sig, [get('secp256k1').key], file)
    expect(check.status).toBe('invalid')
  })

  it('every key trusted at once still names the one that signed', () => {
    const all = names.flatMap((name) => [get(name).stranger, get(name).key])
    for (const name of names) {
      expect(verifyDetached('sig', get(name).sig, all, file)).toMatchObject({
        status: 'verified',
        keyIdentifier: name,
      })
    }
  })
})

describe('ECDSA signature encodings', () => {
  const ORDERS: Record<string, bigint> = {
    'P-256': 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
    'P-384':
      0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  }

  it.each(Object.keys(ORDERS))('%s: both s and n - s verify, as OpenSSL accepts', (name) => {
    const { key, sig, keyPath } = get(name)
    const n = ORDERS[name] ?? 0n
    const [r, s] = derIntegers(Buffer.from(sig.toString(), 'base64'))
    const flipped = derSignature(r, n - s)
    expect([s, n - s].some((value) => value > n / 2n)).toBe(true)
    const check = verifyDetached('sig', flipped.toString('base64'), [key], file)
    expect(check).toMatchObject({ status: 'verified', keyIdentifier: name })
    // The peer agrees: OpenSSL verifies the high-S form too.
    const flippedPath = join(dir.path, `${name}.flipped`)
    writeFileSync(flippedPath, flipped)
    const publicPath = join(dir.path, `${name}.pub.pem`)
    run('openssl', ['pkey', '-in', keyPath, '-pubout', '-out', publicPath])
    const hash = name === 'P-384' ? '-sha384' : '-sha256'
    const args = ['dgst', hash, '-verify', publicPath, '-signature', flippedPath, filePath]
    expect(exitCode('openssl', args)).toBe(0)
  })

  it('truncated, padded, overlong and trailing-garbage DER are never verified', () => {
    const { key, sig } = get('P-256')
    const der = Buffer.from(sig.toString(), 'base64')
    const [r, s] = derIntegers(der)
    const body = der.subarray(2)
    const variants = [
      der.subarray(0, -1),
      Buffer.concat([der, Buffer.from([0x00])]),
      // The same SEQUENCE with its length in long form: valid BER, not DER.
      Buffer.concat([Buffer.from([0x30, 0x81, body.length]), body]),
      // r with a needless leading zero.
      derSignature(r, s, 1),
      Buffer.from([0x30, 0x00]),
      Buffer.concat([Buffer.from([0x30]), randomBytes(70)]),
    ]
    for (const variant of variants) {
      const check = verifyDetached('sig', variant.toString('base64'), [key], file)
      expect(check.status).toBe('invalid')
    }
  })
})

describe('malformed .sig files', () => {
  const keys = () => names.map((name) => get(name).key)

  it.each([
    ['not base64', 'not base64 at all!', 'sig-file-not-base64'],
    ['two lines', 'QUJD\nQUJD\n', 'sig-file-not-base64'],
    ['unpadded', 'QUJDQQ', 'sig-file-not-base64'],
    ['non-canonical padding bits', 'QUJDRB==', 'sig-file-not-base64'],
    ['empty', '', 'sig-file-empty'],
    ['a newline only', '\n', 'sig-file-empty'],
    ['too large', 'A'.repeat(8192), 'sig-file-too-large'],
  ])('%s: error %s, never a throw', (_name, content, code) => {
    expect(verifyDetached('sig', content, keys(), file)).toMatchObject({
      kind: 'sig',
      status: 'error',
      code,
      signatureFile: 'signed.txt.sig',
    })
  })

  it('garbage that decodes is invalid, never verified', () => {
    for (const length of [1, 32, 64, 71, 256, 512]) {
      const check = verifyDetached('sig', randomBytes(length).toString('base64'), keys(), file)
      expect(check.status).toBe('invalid')
    }
  })

  it('answers the same check on every finish, and ignores updates after it', () => {
    const { key, sig } = get('P-256')
    const verifier = detachedVerifier('sig', sig, [key], 'signed.txt.sig')
    verifier.update(file)
    const first = verifier.finish()
    verifier.update(Buffer.from('more'))
    expect(verifier.finish()).toBe(first)
    expect(first.status).toBe('verified')
  })
})

/** r and s of a DER ECDSA signature whose SEQUENCE length is in short form. */
function derIntegers(der: Buffer): [bigint, bigint] {
  const integers: bigint[] = []
  let offset = 2
  while (offset < der.length) {
    const length = der[offset + 1] ?? 0
    integers.push(BigInt(`0x${der.subarray(offset + 2, offset + 2 + length).toString('hex')}`))
    offset += 2 + length
  }
  const [r, s] = integers
  if (r === undefined || s === undefined) throw new Error('not an ECDSA signature')
  return [r, s]
}

/** DER for (r, s); `extraZeros` pads r with needless leading zeros, which DER forbids. */
function derSignature(r: bigint, s: bigint, extraZeros = 0): Buffer {
  const integer = (value: bigint, zeros: number) => {
    let hex = value.toString(16)
    if (hex.length % 2 === 1) hex = `0${hex}`
    if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`
    const bytes = Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')])
    return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes])
  }
  const body = Buffer.concat([integer(r, extraZeros), integer(s, 0)])
  return Buffer.concat([Buffer.from([0x30, body.length]), body])
}
