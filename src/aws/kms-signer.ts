import type { Signer } from '../sign/signer.js'
import { SignCommand, type KMSClient } from '@aws-sdk/client-kms'
import type { SigningAlgorithm } from '../keys/algorithms.js'
import { KmsCalls, stopsRun, type DryRunOutcome, type KmsCallOptions } from './kms-calls.js'
import { kmsHint } from './kms-hints.js'
import { describedKeyFrom, signingKeyFrom, type SigningKey } from './signing-key.js'

/** Signs a precomputed digest; the pipeline's only view of KMS. */

export type { DryRunOutcome }
export type KmsSignerOptions = KmsCallOptions

/**
 * The KMS side of a run: one key check, then DIGEST-only Sign calls, all through
 * KmsCalls' one retry policy and adaptive concurrency limit.
 */
export class KmsSigner implements Signer {
  private key?: SigningKey
  private readonly calls: KmsCalls

  constructor(
    kms: KMSClient,
    private readonly keyInput: string,
    region: string,
    options: KmsSignerOptions,
  ) {
    this.calls = new KmsCalls(kms, keyInput, region, kmsHint, options)
  }

  /**
   * DescribeKey, then GetPublicKey, once per run. The key is checked on what
   * DescribeKey says before GetPublicKey is asked: a symmetric key has no public key,
   * and its refusal should say so, not "GetPublicKey failed".
   */
  async loadKey(requested: SigningAlgorithm | undefined): Promise<SigningKey> {
    const key = describedKeyFrom(await this.calls.describeKey(), this.keyInput, requested)
    this.key = signingKeyFrom(key, await this.calls.publicKey())
    return this.key
  }

  // Signing by ARN, not by the alias the user gave, pins every signature of the run
  // to the key whose public key we fetched, even if the alias is moved mid-run.
  /** A key-level or caller-level AWS error (denied, disabled, ...) stops the run; a transient one does not. */
  stopsRun(error: unknown): boolean {
    return stopsRun(error)
  }

  async sign(digest: Buffer): Promise<Buffer> {
    const key = this.requireKey()
    const command = new SignCommand({
      KeyId: key.arn,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: key.algorithm,
    })
    return this.calls.sign(command, key.arn)
  }

  /** Sign with DryRun: proves the Sign permission without making a signature. */
  async checkSignPermission(digest: Buffer): Promise<DryRunOutcome> {
    const key = this.requireKey()
    const command = new SignCommand({
      KeyId: key.arn,
      Message: digest,
      MessageType: 'DIGEST',
      SigningAlgorithm: key.algorithm,
      DryRun: true,
    })
    return this.calls.dryRunSign(command)
  }

  private requireKey(): SigningKey {
    if (!this.key) throw new Error('KmsSigner.loadKey must run before signing')
    return this.key
  }
}
