import { describe, expect, it } from '@jest/globals'
import { SignCommand, type SignCommandInput } from '@aws-sdk/client-kms'
import { createHash, randomBytes, verify } from 'node:crypto'
import { EDWARDS_KEY_SPEC, type AsymmetricKeySpec } from '../../stack/index.js'
import {
  allowRole,
  keyPolicy,
  READ_KEY,
  SIGN_DIGEST,
  SIGN_PURE_ED25519,
} from './key-policy-statements.js'
import { sdkError } from './sdk-clients.js'
import { seedStackAsRole } from './seed-as-role.js'

// Pure Ed25519 needs MessageType RAW, so the ADR's `kms:MessageType = DIGEST` key
// policy blocks it; a second statement opens RAW for ED25519_SHA_512 alone, and
// nothing else (formats.md 8). Real policy JSON, through the real SDK.

const ctx = seedStackAsRole()

const keyWith = (keySpec: AsymmetricKeySpec, ...statements: object[]) =>
  ctx.seed.stack.kms.createKey({ keySpec, policy: keyPolicy(...statements) })

const message = randomBytes(64)
const sha512 = createHash('sha512').update(message).digest()
const sign = (
  keyId: string,
  input: Partial<SignCommandInput> & Pick<SignCommandInput, 'SigningAlgorithm'>,
) =>
  ctx.client.send(new SignCommand({ KeyId: keyId, Message: message, MessageType: 'RAW', ...input }))
const pure = (keyId: string) => sign(keyId, { SigningAlgorithm: 'ED25519_SHA_512' })
const prehashed = (keyId: string) =>
  sign(keyId, { Message: sha512, MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_PH_SHA_512' })

const denied = (action = 'kms:Sign') => ({
  name: 'AccessDeniedException',
  message: expect.stringContaining(`not authorized to perform: ${action}`),
})

describe('a key policy that allows kms:Sign only with kms:MessageType = DIGEST', () => {
  it('refuses pure Ed25519 (RAW) with AccessDenied, and still allows Ed25519ph (DIGEST)', async () => {
    const key = keyWith(EDWARDS_KEY_SPEC, READ_KEY, SIGN_DIGEST)
    expect(await sdkError(pure(key.arn))).toMatchObject(denied())
    expect((await prehashed(key.arn)).Signature).toHaveLength(64)
  })
})

describe('with a second statement: RAW only with kms:SigningAlgorithm = ED25519_SHA_512', () => {
  it('allows pure Ed25519, and the signature verifies', async () => {
    const key = keyWith(EDWARDS_KEY_SPEC, READ_KEY, SIGN_DIGEST, SIGN_PURE_ED25519)
    const signature = Buffer.from((await pure(key.arn)).Signature ?? [])
    expect(verify(null, message, key.publicKeyPem, signature)).toBe(true)
    expect((await prehashed(key.arn)).Signature).toHaveLength(64)
  })

  it('opens RAW for nothing else: not Ed25519ph, not ECDSA on a P-256 key', async () => {
    const ed25519 = keyWith(EDWARDS_KEY_SPEC, READ_KEY, SIGN_DIGEST, SIGN_PURE_ED25519)
    expect(
      await sdkError(sign(ed25519.arn, { SigningAlgorithm: 'ED25519_PH_SHA_512' })),
    ).toMatchObject(denied())
    const p256 = keyWith('ECC_NIST_P256', READ_KEY, SIGN_DIGEST, SIGN_PURE_ED25519)
    expect(await sdkError(sign(p256.arn, { SigningAlgorithm: 'ECDSA_SHA_256' }))).toMatchObject(
      denied(),
    )
  })

  it('an explicit Deny on RAW still wins over it', async () => {
    const key = keyWith(EDWARDS_KEY_SPEC, READ_KEY, SIGN_DIGEST, SIGN_PURE_ED25519, {
      ...allowRole('kms:Sign', { StringEquals: { 'kms:MessageType': 'RAW' } }),
      Effect: 'Deny',
    })
    expect(await sdkError(pure(key.arn))).toMatchObject(denied())
  })
})

describe("the stand-in's default key policies", () => {
  it("an Ed25519 key's has both statements; a P-256 key's refuses RAW", async () => {
    const ed25519 = ctx.seed.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC })
    expect((await pure(ed25519.arn)).Signature).toHaveLength(64)
    expect((await prehashed(ed25519.arn)).Signature).toHaveLength(64)
    expect(
      await sdkError(sign(ed25519.arn, { SigningAlgorithm: 'ED25519_PH_SHA_512' })),
    ).toMatchObject(denied())
    const digest = createHash('sha256').update(message).digest()
    expect(
      await sdkError(
        sign(ctx.seed.key.arn, { Message: digest, SigningAlgorithm: 'ECDSA_SHA_256' }),
      ),
    ).toMatchObject(denied())
  })
})
