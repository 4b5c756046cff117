import { describe, expect, it } from '@jest/globals'
import { createHash, createPublicKey } from 'node:crypto'
import fc from 'fast-check'
import type { HashName } from '../../src/keys/algorithms.js'
import {
  formatSigstoreBundle,
  parseSigstoreBundle,
  sigstoreKeyHint,
  type SigstoreBundleInput,
} from '../../src/formats/sigstore/sigstore-bundle.js'
import { runs } from '../fuzz/fuzz-settings.js'
import { trustedKey, verifyDetached } from './fixtures.js'

/**
 * `.sigstore.json` files already committed next to signed files were written by the
 * hand-written formatter of dossier-sign 1.0; the @sigstore/bundle-based one must read
 * them as 1.0 did, and write the very same bytes for the same signature.
 */

const MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/** dossier-sign 1.0's formatSigstoreBundle, verbatim (the field order of formats.md 5). */
function formatSigstoreBundle10(input: SigstoreBundleInput): string {
  const names: Record<HashName, string> = {
    sha256: 'SHA2_256',
    sha384: 'SHA2_384',
    sha512: 'SHA2_512',
  }
  const bundle = {
    mediaType: MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: sigstoreKeyHint(input.spkiDer) } },
    messageSignature: {
      messageDigest: {
        algorithm: names[input.hashAlgorithm],
        digest: input.digest.toString('base64'),
      },
      signature: input.signature.toString('base64'),
    },
  }
  return `${JSON.stringify(bundle)}\n`
}

const file = Buffer.from('compatibility: a bundle dossier-sign 1.0 wrote\n')

/** Written by 1.0 for `file` with fresh keys; `parsed` is what 1.0's parser returned. */
const WRITTEN_BY_10 = [
  {
    spki: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEO97PJ1jtONVyZPpiThxTAha7XJb/E85vGt+h240quNioQDCNVPPuvS4JCNwnr5mKKMm+hSQO9bzgIN38zKvE0Q==',
    text: '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{"publicKey":{"hint":"ZMqhqgGkGNgBeNnIMfFFkQ+8funW14ngzbm8k+4R9iA="}},"messageSignature":{"messageDigest":{"algorithm":"SHA2_256","digest":"Evy1K/bBJy6mk2d5rg3sxiTw1loSLtzw3u7Sz4FX+jI="},"signature":"MEUCIQCI6A9LtVkEBcCgwNPNA1zRaF4DwwUnSQOVpukC0tuVdQIgAn3Hy9Cw5bWqkHr1l4qaYLXlkUy90GwpdW2UGuT5Ep0="}}\n',
    parsed: {
      hint: 'ZMqhqgGkGNgBeNnIMfFFkQ+8funW14ngzbm8k+4R9iA=',
      hash: 'sha256',
      digest: 'Evy1K/bBJy6mk2d5rg3sxiTw1loSLtzw3u7Sz4FX+jI=',
      signature:
        'MEUCIQCI6A9LtVkEBcCgwNPNA1zRaF4DwwUnSQOVpukC0tuVdQIgAn3Hy9Cw5bWqkHr1l4qaYLXlkUy90GwpdW2UGuT5Ep0=',
      algorithm: 'ECDSA_SHA_256',
    },
  },
  {
    spki: 'MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEccn8EJdZIRQx9QQ2CweJPS//6STcW/MYj+oL7N9kWbtNtoMQkfjJ+s9l55djJ94PNl2Ux6TA0/VcuZGU5f1zlgVLz0Vzex5gmFCzn3TZaiP5gPeFvU1DO1KShtOIPBec',
    text: '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{"publicKey":{"hint":"csxddzdPu0FLW9GYkE1vAsEa8a4OS/44BiELQwBGBQY="}},"messageSignature":{"messageDigest":{"algorithm":"SHA2_384","digest":"k3g+H2nJR8UAHuDCzCsfipYWazRnFFfwYYTPE0RuGkP6p9I7vKp1lXluT1wBGLoC"},"signature":"MGUCMCmCw1PyFMpN9rv2Irs+hyBwmGclL2RyRQzifN6LcW1qPPLBycIoYfqZZlOoiIVEwQIxAPZvGhUa8Jj52meVzmIYRNnZHpP1ndpvoisp8qXXoZjqMFzfehDW/vHIw/AVuyKFAQ=="}}\n',
    parsed: {
      hint: 'csxddzdPu0FLW9GYkE1vAsEa8a4OS/44BiELQwBGBQY=',
      hash: 'sha384',
      digest: 'k3g+H2nJR8UAHuDCzCsfipYWazRnFFfwYYTPE0RuGkP6p9I7vKp1lXluT1wBGLoC',
      signature:
        'MGUCMCmCw1PyFMpN9rv2Irs+hyBwmGclL2RyRQzifN6LcW1qPPLBycIoYfqZZlOoiIVEwQIxAPZvGhUa8Jj52meVzmIYRNnZHpP1ndpvoisp8qXXoZjqMFzfehDW/vHIw/AVuyKFAQ==',
      algorithm: 'ECDSA_SHA_384',
    },
  },
]

describe('bundles written by dossier-sign 1.0', () => {
  it.each(WRITTEN_BY_10)('parse as 1.0 parsed them, and verify ($parsed.hash)', (golden) => {
    const { hint, hash, digest, signature, algorithm } = golden.parsed
    expect(parseSigstoreBundle(Buffer.from(golden.text))).toEqual({
      mediaType: MEDIA_TYPE,
      hint,
      hash,
      digest: Buffer.from(digest, 'base64'),
      signature: Buffer.from(signature, 'base64'),
    })
    const spkiDer = Buffer.from(golden.spki, 'base64')
    const key = trustedKey(createPublicKey({ key: spkiDer, format: 'der', type: 'spki' }), 'k')
    expect(verifyDetached('sigstore', golden.text, [key], file)).toMatchObject({
      status: 'verified',
      algorithm,
    })
    // The same signature re-wrapped today is the same file, byte for byte.
    expect(
      formatSigstoreBundle({
        digest: createHash(hash).update(file).digest(),
        hashAlgorithm: hash as HashName,
        signature: Buffer.from(signature, 'base64'),
        spkiDer,
      }),
    ).toBe(golden.text)
  })

  it('formatSigstoreBundle writes what 1.0 wrote, for any digest, signature and key', () => {
    const bytes = (min: number, max: number) =>
      fc.uint8Array({ minLength: min, maxLength: max }).map((b) => Buffer.from(b))
    const inputArb = fc
      .constantFrom<[HashName, number]>(['sha256', 32], ['sha384', 48], ['sha512', 64])
      .chain(([hashAlgorithm, length]) =>
        fc.record({
          hashAlgorithm: fc.constant(hashAlgorithm),
          digest: bytes(length, length),
          signature: bytes(1, 600),
          spkiDer: bytes(1, 600),
        }),
      )
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(formatSigstoreBundle(input)).toBe(formatSigstoreBundle10(input))
      }),
      runs(300),
    )
  })
})
