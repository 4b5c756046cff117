import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
} from '@aws-sdk/client-kms'
import { createHash } from 'node:crypto'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from './sdk-clients.js'

let seed: DefaultStack
let kms: KMSClient

beforeAll(async () => {
  seed = await startDefaultStack()
  kms = kmsClient(seed.stack, webIdentityCredentials(seed.stack, seed.role.arn))
})

afterAll(async () => {
  kms.destroy()
  await seed.stack.stop()
})

describe('a symmetric key, as a bare `aws kms create-key` makes it', () => {
  it('is described as SYMMETRIC_DEFAULT for ENCRYPT_DECRYPT', async () => {
    const key = seed.stack.kms.createSymmetricKey({ alias: 'alias/symmetric' })
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/symmetric' }))
    expect(KeyMetadata).toMatchObject({
      Arn: key.arn,
      KeySpec: 'SYMMETRIC_DEFAULT',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      KeyState: 'Enabled',
    })
    expect(KeyMetadata?.SigningAlgorithms).toBeUndefined()
  })

  it('has no public key: GetPublicKey answers UnsupportedOperationException', async () => {
    const key = seed.stack.kms.createSymmetricKey()
    const error = await sdkError(kms.send(new GetPublicKeyCommand({ KeyId: key.keyId })))
    expect(error).toMatchObject({ name: 'UnsupportedOperationException', status: 400 })
    expect(error.message).toContain(key.arn)
  })

  it('cannot sign: Sign answers InvalidKeyUsageException, DryRun or not', async () => {
    const key = seed.stack.kms.createSymmetricKey()
    for (const DryRun of [false, true]) {
      const error = await sdkError(
        kms.send(
          new SignCommand({
            KeyId: key.arn,
            Message: createHash('sha256').update('m').digest(),
            MessageType: 'DIGEST',
            SigningAlgorithm: 'ECDSA_SHA_256',
            DryRun,
          }),
        ),
      )
      expect(error).toEqual({
        name: 'InvalidKeyUsageException',
        status: 400,
        message: `${key.arn} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
      })
    }
  })

  it('still answers to its key policy first', async () => {
    const key = seed.stack.kms.createSymmetricKey({
      signers: ['arn:aws:iam::123456789012:user/nobody'],
    })
    expect((await sdkError(kms.send(new GetPublicKeyCommand({ KeyId: key.keyId })))).name).toBe(
      'AccessDeniedException',
    )
  })
})
