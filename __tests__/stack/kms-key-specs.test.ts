import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms'
import { constants, createHash, createPublicKey, randomBytes, verify } from 'node:crypto'
import { KEY_SPECS, SIGNING_ALGORITHMS } from '../../stack/kms-key-specs.js'
import { startDefaultStack, type KeySpec, type Stack } from '../../stack/index.js'
import { kmsClient, webIdentityCredentials } from './sdk-clients.js'
import { opensslVerifies } from './openssl-verify.js'

const SPECS = Object.keys(KEY_SPECS) as KeySpec[]
const CASES = SPECS.flatMap((spec) =>
  KEY_SPECS[spec].algorithms.map((algorithm) => [spec, algorithm] as const),
)

let stack: Stack
let client: KMSClient
const keyArns = new Map<KeySpec, string>()

beforeAll(async () => {
  const started = await startDefaultStack()
  stack = started.stack
  for (const keySpec of SPECS) keyArns.set(keySpec, stack.kms.createKey({ keySpec }).arn)
  client = kmsClient(stack, webIdentityCredentials(stack, started.role.arn))
})

afterAll(async () => {
  client.destroy()
  await stack.stop()
})

describe('KMS signatures over a DIGEST, for every key spec and algorithm', () => {
  it.each(CASES)('%s %s verifies with crypto.verify and openssl', async (keySpec, algorithm) => {
    const keyId = keyArns.get(keySpec) ?? ''
    const { hash, scheme } = SIGNING_ALGORITHMS[algorithm]
    const message = randomBytes(200)
    const digest = createHash(hash).update(message).digest()

    const publicKey = await client.send(new GetPublicKeyCommand({ KeyId: keyId }))
    const signed = await client.send(
      new SignCommand({
        KeyId: keyId,
        Message: digest,
        MessageType: 'DIGEST',
        SigningAlgorithm: algorithm,
      }),
    )

    expect(signed).toMatchObject({ KeyId: keyId, SigningAlgorithm: algorithm })
    expect(publicKey.SigningAlgorithms).toContain(algorithm)
    const publicKeyPem = createPublicKey({
      key: Buffer.from(publicKey.PublicKey ?? []),
      format: 'der',
      type: 'spki',
    })
      .export({ format: 'pem', type: 'spki' })
      .toString()
    const signature = Buffer.from(signed.Signature ?? [])
    const pss = scheme === 'pss'
    const verifyKey = pss
      ? {
          key: publicKeyPem,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
        }
      : publicKeyPem
    expect(verify(hash, message, verifyKey, signature)).toBe(true)
    expect(opensslVerifies({ hash, pss, publicKeyPem, message, signature })).toBe(true)
    expect(opensslVerifies({ hash, pss, publicKeyPem, message: randomBytes(200), signature })).toBe(
      false,
    )
  })
})
