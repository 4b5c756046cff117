import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { SignCommand } from '@aws-sdk/client-kms'
import { createHash, verify } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AdaptiveLimit } from '../../src/aws/adaptive-limit.js'
import { AwsError } from '../../src/aws/aws-error.js'
import { KmsCalls } from '../../src/aws/kms-calls.js'
import { KmsMessageSigner } from '../../src/aws/kms-message-signer.js'
import { minisignKmsHint } from '../../src/aws/minisign-kms-hints.js'
import { KeyCheckError } from '../../src/aws/signing-key.js'
import {
  minisignPublicKeyFor,
  trustedCommentFor,
  writeMinisig,
} from '../../src/formats/minisig/write-minisig.js'
import { EDWARDS_KEY_SPEC } from '../../stack/index.js'
import { exitCode, tempDir, toolAvailable } from '../detached/fixtures.js'
import {
  keyPolicy,
  READ_KEY,
  SIGN_DIGEST,
  SIGN_PURE_ED25519,
} from '../stack/key-policy-statements.js'
import { seedStackAsRole } from '../stack/seed-as-role.js'

// KmsMessageSigner with the real SDK against the stand-in KMS, and the .minisig it
// helps write checked by Debian's minisign.

const REGION = 'us-east-1'
const FAST_RETRY = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 5_000 }

const hasMinisign = toolAvailable('minisign', '-v')
const itWithMinisign = hasMinisign ? it : it.skip

const ctx = seedStackAsRole()
const dir = tempDir()
afterAll(() => dir.remove())

beforeEach(() => {
  ctx.seed.stack.log.clear()
  ctx.seed.stack.kms.faults.clear()
})

const signerFor = (keyInput: string, limit = new AdaptiveLimit(4)) =>
  new KmsMessageSigner(ctx.client, keyInput, REGION, { limit, retry: FAST_RETRY })
/** An Ed25519 key behind `alias` with a key policy of `statements`, and a signer that loaded it. */
async function loadedSigner(alias: string, statements: object[], limit?: AdaptiveLimit) {
  const key = ctx.seed.stack.kms.createKey({
    keySpec: EDWARDS_KEY_SPEC,
    alias,
    policy: keyPolicy(...statements),
  })
  const signer = signerFor(alias, limit)
  return { key, signer, loaded: await signer.loadKey() }
}
const kmsCalls = (action: string) => ctx.seed.stack.log.count({ service: 'kms', action })
const file = Buffer.from('---\nname: kms minisign\n---\nsigned through the stand-in KMS\n')
const blake = createHash('blake2b512').update(file).digest()

describe('KmsMessageSigner with an Ed25519 key whose policy has the RAW statement', () => {
  itWithMinisign('writes, with writeMinisig, a .minisig that minisign -V accepts', async () => {
    const { key, signer, loaded } = await loadedSigner('alias/minisign-release', [
      READ_KEY,
      SIGN_DIGEST,
      SIGN_PURE_ED25519,
    ])
    expect(loaded.arn).toBe(key.arn)
    expect(loaded.spkiDer).toEqual(key.publicKeyDer)

    const minisign = minisignPublicKeyFor(loaded.spkiDer)
    const comment = trustedCommentFor({ timestamp: 1_700_000_000, file: 'kms.ds.md', runId: '7' })
    const written = await writeMinisig(blake, signer, minisign, comment)

    writeFileSync(join(dir.path, 'kms.ds.md'), file)
    writeFileSync(join(dir.path, 'kms.ds.md.minisig'), written)
    writeFileSync(join(dir.path, 'kms.pub'), minisign.pub)
    const args = ['-V', '-q', '-p', join(dir.path, 'kms.pub'), '-m', join(dir.path, 'kms.ds.md')]
    expect(exitCode('minisign', args)).toBe(0)
    expect(exitCode('minisign', [...args, '-H'])).toBe(0)

    // DescribeKey checked before GetPublicKey; then two RAW pure-Ed25519 Sign calls, by ARN
    // though the input was an alias.
    const kms = ctx.seed.stack.log.entries.filter((e) => e.service === 'kms')
    expect(kms.map((e) => e.action)).toEqual(['DescribeKey', 'GetPublicKey', 'Sign', 'Sign'])
    for (const entry of kms.slice(2)) {
      expect(entry).toMatchObject({
        keyId: key.arn,
        messageType: 'RAW',
        signingAlgorithm: 'ED25519_SHA_512',
        status: 200,
      })
    }
  })

  it('retries a throttled Sign through the shared retry policy and limit', async () => {
    const limit = new AdaptiveLimit(8)
    const { signer, loaded } = await loadedSigner(
      'alias/minisign-throttled',
      [READ_KEY, SIGN_PURE_ED25519],
      limit,
    )
    ctx.seed.stack.kms.faults.add({
      action: 'Sign',
      times: 2,
      fault: { kind: 'error', status: 400, code: 'ThrottlingException' },
    })
    const signature = await signer.signMessage(blake)
    expect(kmsCalls('Sign')).toBe(3)
    expect(limit.rate).toBeLessThan(Infinity) // the throttles engaged the pacing
    expect(verify(null, blake, loaded.publicKey, signature)).toBe(true)
  })

  it('the DryRun permission check answers checked, signing nothing', async () => {
    const { signer } = await loadedSigner('alias/minisign-dry', [READ_KEY, SIGN_PURE_ED25519])
    expect(await signer.checkSignPermission()).toBe('checked')
    expect(ctx.seed.stack.log.count({ action: 'Sign', dryRun: true, messageType: 'RAW' })).toBe(1)
  })
})

describe('refusals, each naming minisign-kms-key-id and the fix', () => {
  it('DIGEST is refused for ED25519_SHA_512: a ValidationException that stops the run', async () => {
    const key = ctx.seed.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC })
    const calls = new KmsCalls(ctx.client, key.arn, REGION, minisignKmsHint, {
      limit: new AdaptiveLimit(1),
      retry: FAST_RETRY,
    })
    const command = new SignCommand({
      KeyId: key.arn,
      Message: createHash('sha512').update(file).digest(),
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ED25519_SHA_512',
    })
    const error = await calls.sign(command, key.arn).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AwsError)
    expect(error).toMatchObject({ code: 'kms-validation', awsCode: 'ValidationException' })
    expect((error as Error).message).toContain('`minisign-kms-key-id`')
    expect((error as Error).message).toContain('Message type DIGEST is incompatible')
    expect(signerFor(key.arn).stopsRun(error)).toBe(true)
    expect(kmsCalls('Sign')).toBe(1)
  })

  it('a key policy without the RAW statement: AccessDenied with the statement to add, never retried', async () => {
    const { signer } = await loadedSigner('alias/minisign-digest-only', [READ_KEY, SIGN_DIGEST])
    for (const attempt of [() => signer.signMessage(blake), () => signer.checkSignPermission()]) {
      const error = await attempt().catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'kms-access-denied' })
      expect(signer.stopsRun(error)).toBe(true)
      const message = (error as Error).message
      expect(message).toContain('`minisign-kms-key-id`')
      expect(message).toContain('kms:MessageType = RAW')
      expect(message).toContain('kms:SigningAlgorithm = ED25519_SHA_512')
    }
    expect(kmsCalls('Sign')).toBe(2)
  })

  it('a P-256 key given as the minisign key is refused from DescribeKey alone', async () => {
    const error = await signerFor(ctx.seed.key.alias)
      .loadKey()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KeyCheckError)
    expect(error).toMatchObject({ code: 'key-spec-unsupported' })
    expect((error as Error).message).toContain(`minisign-kms-key-id ${ctx.seed.key.alias}`)
    expect((error as Error).message).toContain(
      'create it with --key-spec ECC_NIST_EDWARDS25519 --key-usage SIGN_VERIFY',
    )
    expect(kmsCalls('DescribeKey')).toBe(1)
    expect(kmsCalls('GetPublicKey')).toBe(0)
    expect(kmsCalls('Sign')).toBe(0)
  })

  it.each<[string, () => string, string]>([
    ['a symmetric key', () => ctx.seed.stack.kms.createSymmetricKey().arn, 'key-not-for-signing'],
    [
      'a disabled Ed25519 key',
      () => ctx.seed.stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC, state: 'Disabled' }).arn,
      'key-not-enabled',
    ],
  ])('%s is refused before GetPublicKey', async (_what, make, code) => {
    const error = await signerFor(make())
      .loadKey()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code })
    expect((error as Error).message).toContain('minisign-kms-key-id')
    expect(kmsCalls('GetPublicKey')).toBe(0)
  })

  it('an alias that does not exist names the input and the region', async () => {
    const error = await signerFor('alias/no-such-minisign-key')
      .loadKey()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'kms-not-found' })
    expect((error as Error).message).toContain('`minisign-kms-key-id`')
    expect((error as Error).message).toContain(REGION)
  })

  it('signing before loadKey is a programming error, not a KMS call', async () => {
    await expect(signerFor('alias/x').signMessage(blake)).rejects.toThrow('loadKey')
    expect(kmsCalls('Sign')).toBe(0)
  })
})
