import type { Signer } from '../sign/signer.js'
import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  SignCommand,
  type KMSClient,
} from '@aws-sdk/client-kms'
import type { SigningAlgorithm } from '../keys/algorithms.js'
import { AdaptiveLimit } from './adaptive-limit.js'
import { AwsError, awsErrorFrom } from './aws-error.js'
import { kmsHint, type KmsContext } from './kms-hints.js'
import {
  DEFAULT_RETRY_POLICY,
  withRetry,
  type RetryPolicy,
  type RetryVerdict,
} from './retry-policy.js'
import { describedKeyFrom, signingKeyFrom, type SigningKey } from './signing-key.js'

/** Signs a precomputed digest; the pipeline's only view of KMS. */

/** What a DryRun Sign showed: the permission holds, or the endpoint ignored DryRun and signed. */
export type DryRunOutcome = 'checked' | 'signed-despite-dry-run'

export interface KmsSignerOptions {
  /** Bounds Sign calls in flight, and lowers the bound while KMS throttles. */
  limit: AdaptiveLimit
  retry?: RetryPolicy
}

/**
 * The KMS side of a run: one key check, then DIGEST-only Sign calls. Every call
 * goes through one retry policy: only what can succeed later (throttling, KMS-side
 * failures, dropped connections, timeouts) is retried; the client's own retries are
 * off, so nothing else retries behind our back.
 */
export class KmsSigner implements Signer {
  private key?: SigningKey
  private readonly limit: AdaptiveLimit
  private readonly retry: RetryPolicy

  constructor(
    private readonly kms: KMSClient,
    private readonly keyInput: string,
    private readonly region: string,
    options: KmsSignerOptions,
  ) {
    this.limit = options.limit
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY
  }

  /**
   * DescribeKey, then GetPublicKey, once per run. The key is checked on what
   * DescribeKey says before GetPublicKey is asked: a symmetric key has no public key,
   * and its refusal should say so, not "GetPublicKey failed".
   */
  async loadKey(requested: SigningAlgorithm | undefined): Promise<SigningKey> {
    const described = await this.call('DescribeKey', () =>
      this.kms.send(new DescribeKeyCommand({ KeyId: this.keyInput })),
    )
    const meta = described.KeyMetadata
    const key = describedKeyFrom(
      {
        arn: meta?.Arn ?? '',
        keyState: meta?.KeyState ?? 'Unknown',
        keyUsage: meta?.KeyUsage ?? 'Unknown',
        keySpec: meta?.KeySpec ?? 'Unknown',
        signingAlgorithms: meta?.SigningAlgorithms ?? [],
      },
      this.keyInput,
      requested,
    )
    const published = await this.call('GetPublicKey', () =>
      this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyInput })),
    )
    this.key = signingKeyFrom(key, {
      publicKeyArn: published.KeyId ?? '',
      publicKeyDer: published.PublicKey ?? new Uint8Array(),
    })
    return this.key
  }

  // Signing by ARN, not by the alias the user gave, pins every signature of the run
  // to the key whose public key we fetched, even if the alias is moved mid-run.
  /** A key-level or caller-level AWS error (denied, disabled, ...) stops the run; a transient one does not. */
  stopsRun(error: unknown): boolean {
    return error instanceof AwsError && !error.isTransient
  }

  async sign(digest: Buffer): Promise<Buffer> {
    const key = this.requireKey()
    const command = new SignCommand({
      KeyId: key.arn,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: key.algorithm,
    })
    const response = await this.call('Sign', () =>
      this.limit.run(() => this.kms.send(command), isThrottle),
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

  /**
   * Sign with DryRun: proves the Sign permission without making a signature. KMS
   * answers "it would have worked" with DryRunOperationException; an endpoint that
   * ignores the flag signs for real, and the caller must hear about it.
   */
  async checkSignPermission(digest: Buffer): Promise<DryRunOutcome> {
    const key = this.requireKey()
    const command = new SignCommand({
      KeyId: key.arn,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: key.algorithm,
      DryRun: true,
    })
    return this.call('Sign', () =>
      this.kms.send(command).then(
        (response): DryRunOutcome => (response.Signature ? 'signed-despite-dry-run' : 'checked'),
        (error: unknown): DryRunOutcome => {
          if ((error as { name?: string }).name !== 'DryRunOperationException') throw error
          return 'checked'
        },
      ),
    )
  }

  private requireKey(): SigningKey {
    if (!this.key) throw new Error('KmsSigner.loadKey must run before signing')
    return this.key
  }

  private async call<T>(operation: KmsContext['operation'], send: () => Promise<T>): Promise<T> {
    return withRetry(
      async () => {
        try {
          return await send()
        } catch (error) {
          throw this.classify(operation, error)
        }
      },
      isRetryable,
      this.retry,
    )
  }

  private classify(operation: KmsContext['operation'], error: unknown): AwsError {
    const context = { keyId: this.keyInput, region: this.region, operation }
    return awsErrorFrom('kms', error, (code, awsMessage) => kmsHint(code, awsMessage, context))
  }
}

function isRetryable(error: unknown): RetryVerdict {
  if (!(error instanceof AwsError) || !error.isTransient) return 'fatal'
  return error.code === 'kms-throttled' ? 'throttled' : 'retry'
}

function isThrottle(error: unknown): boolean {
  const name = (error as { name?: string }).name
  return name === 'ThrottlingException' || name === 'LimitExceededException'
}
