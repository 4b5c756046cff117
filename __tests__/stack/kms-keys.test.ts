import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
  type SignCommandInput,
} from '@aws-sdk/client-kms'
import { createHash, randomBytes, verify } from 'node:crypto'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, sdkError, webIdentityCredentials } from './sdk-clients.js'

const SESSION = 'imboard-ai-dossier-sign-run-7'
let seed: DefaultStack
let kms: KMSClient
let userKms: KMSClient
let principal: string

beforeAll(async () => {
  seed = await startDefaultStack()
  kms = kmsClient(
    seed.stack,
    webIdentityCredentials(seed.stack, seed.role.arn, { sessionName: SESSION }),
  )
  userKms = kmsClient(seed.stack, { ...seed.user })
  principal = `arn:aws:sts::123456789012:assumed-role/github-dossier-oidc/${SESSION}`
})

afterAll(async () => {
  kms.destroy()
  userKms.destroy()
  await seed.stack.stop()
})

const digestOf = (message: Buffer) => createHash('sha256').update(message).digest()

function sign(keyId: string, overrides: Partial<SignCommandInput> = {}, client = kms) {
  return client.send(
    new SignCommand({
      KeyId: keyId,
      Message: digestOf(Buffer.from('m')),
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
      ...overrides,
    }),
  )
}

describe('KeyId resolution', () => {
  it('accepts the key id, key ARN, alias and alias ARN', async () => {
    const { key } = seed
    const aliasArn = `arn:aws:kms:us-east-1:123456789012:${key.alias}`
    for (const keyId of [key.keyId, key.arn, key.alias, aliasArn]) {
      await expect(sign(keyId)).resolves.toMatchObject({
        KeyId: key.arn,
        SigningAlgorithm: 'ECDSA_SHA_256',
      })
      expect(seed.stack.log.entries.at(-1)).toMatchObject({ keyId, keyArn: key.arn })
    }
  })

  it('answers NotFoundException for unknown aliases and keys', async () => {
    expect(await sdkError(sign('alias/missing'))).toEqual({
      name: 'NotFoundException',
      status: 400,
      message: 'Alias arn:aws:kms:us-east-1:123456789012:alias/missing is not found.',
    })
    const keyId = '11111111-2222-3333-4444-555555555555'
    expect((await sdkError(sign(keyId))).message).toBe(
      `Key 'arn:aws:kms:us-east-1:123456789012:key/${keyId}' does not exist`,
    )
  })

  it('describes keys with the metadata the action reads', async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: seed.key.alias }))
    expect(KeyMetadata).toMatchObject({
      AWSAccountId: '123456789012',
      KeyId: seed.key.keyId,
      Arn: seed.key.arn,
      Enabled: true,
      KeyState: 'Enabled',
      KeyUsage: 'SIGN_VERIFY',
      KeySpec: 'ECC_NIST_P256',
      CustomerMasterKeySpec: 'ECC_NIST_P256',
      SigningAlgorithms: ['ECDSA_SHA_256'],
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      MultiRegion: false,
    })
    expect(KeyMetadata?.CreationDate).toBeInstanceOf(Date)
  })
})

describe('key policy', () => {
  it('denies RAW (and absent) MessageType on a DIGEST-only key, naming principal and key', async () => {
    for (const MessageType of ['RAW', undefined] as const) {
      const error = await sdkError(sign(seed.key.alias, { Message: Buffer.from('m'), MessageType }))
      expect(error).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: ${principal} is not authorized to perform: kms:Sign on resource: ${seed.key.arn} because no resource-based policy allows the kms:Sign action`,
      })
    }
    expect(
      seed.stack.log.count({
        errorCode: 'AccessDeniedException',
        principal,
        roleSessionName: SESSION,
      }),
    ).toBe(2)
  })

  it('signs RAW messages when the key has no DIGEST condition', async () => {
    const key = seed.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', requireDigest: false })
    const message = randomBytes(300)
    const { Signature } = await sign(key.keyId, { Message: message, MessageType: 'RAW' })
    expect(verify('sha256', message, key.publicKeyPem, Buffer.from(Signature ?? []))).toBe(true)
  })

  it('lets only the listed signers use a key', async () => {
    const key = seed.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', signers: [seed.user.arn] })
    await expect(sign(key.keyId, {}, userKms)).resolves.toHaveProperty('Signature')
    for (const call of [
      sign(key.keyId),
      kms.send(new GetPublicKeyCommand({ KeyId: key.keyId })),
      kms.send(new DescribeKeyCommand({ KeyId: key.keyId })),
    ]) {
      const error = await sdkError(call)
      expect(error.name).toBe('AccessDeniedException')
      expect(error.message).toMatch(
        new RegExp(
          `^User: ${principal} is not authorized to perform: kms:\\w+ on resource: ${key.arn}`,
        ),
      )
    }
  })

  it('matches role ARN patterns for assumed-role sessions', async () => {
    const key = seed.stack.kms.createKey({
      keySpec: 'ECC_NIST_P256',
      signers: ['arn:aws:iam::123456789012:role/github-*'],
    })
    await expect(sign(key.arn)).resolves.toHaveProperty('Signature')
    expect((await sdkError(sign(key.arn, {}, userKms))).name).toBe('AccessDeniedException')
  })
})

describe('key states and usage', () => {
  it('refuses disabled and pending-deletion keys but still describes them', async () => {
    const key = seed.stack.kms.createKey({ keySpec: 'ECC_NIST_P256', alias: 'alias/state-test' })
    seed.stack.kms.setKeyState('alias/state-test', 'Disabled')
    expect(await sdkError(sign(key.keyId))).toEqual({
      name: 'DisabledException',
      status: 400,
      message: `${key.arn} is disabled.`,
    })
    expect((await sdkError(kms.send(new GetPublicKeyCommand({ KeyId: key.keyId })))).name).toBe(
      'DisabledException',
    )
    const described = await kms.send(new DescribeKeyCommand({ KeyId: key.keyId }))
    expect(described.KeyMetadata).toMatchObject({ Enabled: false, KeyState: 'Disabled' })

    seed.stack.kms.setKeyState(key.arn, 'PendingDeletion')
    expect((await sdkError(sign(key.keyId))).name).toBe('KMSInvalidStateException')
    seed.stack.kms.setKeyState(key.keyId, 'Enabled')
    await expect(sign(key.keyId)).resolves.toHaveProperty('Signature')
  })

  it('disables a key right after N successful signs', async () => {
    const key = seed.stack.kms.createKey({ keySpec: 'ECC_NIST_P256' })
    seed.stack.kms.disableAfter(key.keyId, 2)
    await sign(key.keyId, { DryRun: true }).catch(() => undefined) // a dry run signs nothing
    await sign(key.keyId)
    await sign(key.keyId)
    expect((await sdkError(sign(key.keyId))).name).toBe('DisabledException')
  })

  it('refuses ENCRYPT_DECRYPT keys, foreign algorithms and wrong digest lengths', async () => {
    const encryption = seed.stack.kms.createKey({
      keySpec: 'RSA_2048',
      keyUsage: 'ENCRYPT_DECRYPT',
    })
    expect(
      (await sdkError(sign(encryption.keyId, { SigningAlgorithm: 'RSASSA_PSS_SHA_256' }))).name,
    ).toBe('InvalidKeyUsageException')
    expect(
      (await sdkError(sign(seed.key.alias, { SigningAlgorithm: 'RSASSA_PSS_SHA_256' }))).name,
    ).toBe('InvalidKeyUsageException')
    const shortDigest = await sdkError(sign(seed.key.alias, { Message: randomBytes(20) }))
    expect(shortDigest).toEqual({
      name: 'ValidationException',
      status: 400,
      message: 'Digest is invalid length for algorithm ECDSA_SHA_256.',
    })
  })
})

describe('DryRun', () => {
  it('answers 412 DryRunOperationException after every check passed, signing nothing', async () => {
    const error = await sdkError(sign(seed.key.alias, { DryRun: true }))
    expect(error).toEqual({
      name: 'DryRunOperationException',
      status: 412,
      message: 'The request would have succeeded, but the DryRun option is set.',
    })
    expect(seed.stack.log.entries.at(-1)).toMatchObject({
      action: 'Sign',
      dryRun: true,
      status: 412,
      errorCode: 'DryRunOperationException',
    })
  })

  it('signs for real when the ignoreDryRun quirk is on, as an endpoint that ignores the flag would', async () => {
    seed.stack.kms.quirks.ignoreDryRun = true
    try {
      const { Signature } = await sign(seed.key.alias, { DryRun: true })
      // a real signature of the digest sent: the dry run made one
      expect(
        verify('sha256', Buffer.from('m'), seed.key.publicKeyPem, Buffer.from(Signature ?? [])),
      ).toBe(true)
      expect(seed.stack.log.entries.at(-1)).toMatchObject({
        action: 'Sign',
        dryRun: true,
        status: 200,
      })
    } finally {
      seed.stack.kms.quirks.ignoreDryRun = false
    }
    expect((await sdkError(sign(seed.key.alias, { DryRun: true }))).name).toBe(
      'DryRunOperationException',
    )
  })

  it('reports the real failure instead when a check fails', async () => {
    expect((await sdkError(sign(seed.key.alias, { DryRun: true, MessageType: 'RAW' }))).name).toBe(
      'AccessDeniedException',
    )
  })
})
