import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
} from '@aws-sdk/client-kms'
import type { SigningAlgorithm } from '../signatures/algorithms.js'
import { AwsError, awsErrorFrom } from './aws-error.js'
import { kmsHint, type KmsContext } from './kms-hints.js'
import { signingKeyFrom, type SigningKey } from './signing-key.js'

/** Signs a precomputed digest; the pipeline's only view of KMS. */
export interface DigestSigner {
  sign(digest: Buffer): Promise<Buffer>
}

/** The KMS side of a run: one key check, then DIGEST-only Sign calls. */
export class KmsSigner implements DigestSigner {
  private key?: SigningKey

  constructor(
    private readonly kms: KMSClient,
    private readonly keyInput: string,
    private readonly region: string,
  ) {}

  /** DescribeKey + GetPublicKey, once per run. */
  async loadKey(requested: SigningAlgorithm | undefined): Promise<SigningKey> {
    const described = await this.call('DescribeKey', () =>
      this.kms.send(new DescribeKeyCommand({ KeyId: this.keyInput })),
    )
    const meta = described.KeyMetadata
    const published = await this.call('GetPublicKey', () =>
      this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyInput })),
    )
    this.key = signingKeyFrom(
      {
        arn: meta?.Arn ?? '',
        keyState: meta?.KeyState ?? 'Unknown',
        keyUsage: meta?.KeyUsage ?? 'Unknown',
        keySpec: meta?.KeySpec ?? 'Unknown',
        signingAlgorithms: meta?.SigningAlgorithms ?? [],
        publicKeyArn: published.KeyId ?? '',
        publicKeyDer: published.PublicKey ?? new Uint8Array(),
      },
      this.keyInput,
      requested,
    )
    return this.key
  }

  // Signing by ARN, not by the alias the user gave, pins every signature of the run
  // to the key whose public key we fetched, even if the alias is moved mid-run.
  async sign(digest: Buffer): Promise<Buffer> {
    const key = this.requireKey()
    const response = await this.call('Sign', () =>
      this.kms.send(
        new SignCommand({
          KeyId: key.arn,
          Message: digest,
          MessageType: 'DIGEST',
          SigningAlgorithm: key.algorithm,
        }),
      ),
    )
    if (!response.Signature || response.KeyId !== key.arn) {
      throw new AwsError(
        'unexpected',
        'UnexpectedResponse',
        `KMS Sign answered for key ${response.KeyId ?? '(none)'} without the signature of ${key.arn}.`,
      )
    }
    return Buffer.from(response.Signature)
  }

  /** Sign with DryRun: proves the Sign permission without making a signature. */
  async checkSignPermission(digest: Buffer): Promise<void> {
    const key = this.requireKey()
    try {
      await this.kms.send(
        new SignCommand({
          KeyId: key.arn,
          Message: digest,
          MessageType: 'DIGEST',
          SigningAlgorithm: key.algorithm,
          DryRun: true,
        }),
      )
    } catch (error) {
      if ((error as { name?: string }).name === 'DryRunOperationException') return
      throw this.classify('Sign', error)
    }
  }

  private requireKey(): SigningKey {
    if (!this.key) throw new Error('KmsSigner.loadKey must run before signing')
    return this.key
  }

  private async call<T>(operation: KmsContext['operation'], send: () => Promise<T>): Promise<T> {
    try {
      return await send()
    } catch (error) {
      throw this.classify(operation, error)
    }
  }

  private classify(operation: KmsContext['operation'], error: unknown): AwsError {
    const context = { keyId: this.keyInput, region: this.region, operation }
    return awsErrorFrom('kms', error, (code, awsMessage) => kmsHint(code, awsMessage, context))
  }
}
