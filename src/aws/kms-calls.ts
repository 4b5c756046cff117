import {
  DescribeKeyCommand,
  GetPublicKeyCommand,
  type KMSClient,
  type SignCommand,
} from '@aws-sdk/client-kms'
import type { AdaptiveLimit } from './adaptive-limit.js'
import { AwsError, awsErrorFrom, type AwsErrorCode } from './aws-error.js'
import type { KmsContext } from './kms-hints.js'
import {
  DEFAULT_RETRY_POLICY,
  withRetry,
  type RetryPolicy,
  type RetryVerdict,
} from './retry-policy.js'
import type { DescribedKeyFacts, PublishedKeyFacts } from './signing-key.js'

/** What a DryRun Sign showed: the permission holds, or the endpoint ignored DryRun and signed. */
export type DryRunOutcome = 'checked' | 'signed-despite-dry-run'

export interface KmsCallOptions {
  /** Bounds Sign calls in flight, and lowers the bound while KMS throttles. */
  limit: AdaptiveLimit
  retry?: RetryPolicy
}

/** Turns a classified KMS error into a message that names the input and the fix. */
export type KmsHint = (code: AwsErrorCode, awsMessage: string, context: KmsContext) => string

/**
 * Every KMS call one key makes in a run, through one retry policy: only what can
 * succeed later (throttling, KMS-side failures, dropped connections, timeouts) is
 * retried; the client's own retries are off, so nothing else retries behind our back.
 * Sign calls also take a slot of the adaptive concurrency limit.
 */
export class KmsCalls {
  private readonly limit: AdaptiveLimit
  private readonly retry: RetryPolicy

  constructor(
    private readonly kms: KMSClient,
    /** The key as the user gave it: what DescribeKey and GetPublicKey ask for, and hints name. */
    private readonly keyInput: string,
    private readonly region: string,
    private readonly hint: KmsHint,
    options: KmsCallOptions,
  ) {
    this.limit = options.limit
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY
  }

  async describeKey(): Promise<DescribedKeyFacts> {
    const described = await this.call('DescribeKey', () =>
      this.kms.send(new DescribeKeyCommand({ KeyId: this.keyInput })),
    )
    const meta = described.KeyMetadata
    return {
      arn: meta?.Arn ?? '',
      keyState: meta?.KeyState ?? 'Unknown',
      keyUsage: meta?.KeyUsage ?? 'Unknown',
      keySpec: meta?.KeySpec ?? 'Unknown',
      signingAlgorithms: meta?.SigningAlgorithms ?? [],
    }
  }

  async publicKey(): Promise<PublishedKeyFacts> {
    const published = await this.call('GetPublicKey', () =>
      this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyInput })),
    )
    return {
      publicKeyArn: published.KeyId ?? '',
      publicKeyDer: published.PublicKey ?? new Uint8Array(),
    }
  }

  /** One Sign, by ARN; an answer for another key, or without a signature, is refused. */
  async sign(command: SignCommand, arn: string): Promise<Buffer> {
    const response = await this.call('Sign', () =>
      this.limit.run(() => this.kms.send(command), isThrottle),
    )
    if (!response.Signature || response.KeyId !== arn) {
      throw new AwsError(
        'unexpected',
        'UnexpectedResponse',
        `KMS Sign answered for key ${response.KeyId ?? '(none)'} without the signature of ${arn}.`,
      )
    }
    return Buffer.from(response.Signature)
  }

  /**
   * Sign with DryRun: proves the Sign permission without making a signature. KMS
   * answers "it would have worked" with DryRunOperationException; an endpoint that
   * ignores the flag signs for real, and the caller must hear about it.
   */
  async dryRunSign(command: SignCommand): Promise<DryRunOutcome> {
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

  private async call<T>(operation: KmsContext['operation'], send: () => Promise<T>): Promise<T> {
    const context = { keyId: this.keyInput, region: this.region, operation }
    return withRetry(
      async () => {
        try {
          return await send()
        } catch (error) {
          throw awsErrorFrom('kms', error, (code, awsMessage) =>
            this.hint(code, awsMessage, context),
          )
        }
      },
      isRetryable,
      this.retry,
    )
  }
}

/** A key-level or caller-level AWS error (denied, disabled, ...) stops the run; a transient one does not. */
export function stopsRun(error: unknown): boolean {
  return error instanceof AwsError && !error.isTransient
}

function isRetryable(error: unknown): RetryVerdict {
  if (!(error instanceof AwsError) || !error.isTransient) return 'fatal'
  return error.code === 'kms-throttled' ? 'throttled' : 'retry'
}

function isThrottle(error: unknown): boolean {
  const name = (error as { name?: string }).name
  return name === 'ThrottlingException' || name === 'LimitExceededException'
}
