import { createHash } from 'node:crypto'
import { SignCommand, type KMSClient } from '@aws-sdk/client-kms'
import type { MessageSigner } from '../sign/signer.js'
import { KmsCalls, stopsRun, type DryRunOutcome, type KmsCallOptions } from './kms-calls.js'
import {
  describedMinisignKeyFrom,
  minisignKmsKeyFrom,
  MINISIGN_SIGNING_ALGORITHM,
  type MinisignKmsKey,
} from './minisign-key-check.js'
import { minisignKmsHint } from './minisign-kms-hints.js'

/**
 * Pure Ed25519 from an AWS KMS ECC_NIST_EDWARDS25519 key: Sign with MessageType RAW
 * and ED25519_SHA_512, by ARN, through the same retry policy and adaptive concurrency
 * limit as KmsSigner (KmsCalls). minisign's two messages per file are both short:
 * BLAKE2b-512 of the file, then a signature and the trusted comment.
 */
export class KmsMessageSigner implements MessageSigner {
  private key?: MinisignKmsKey
  private readonly calls: KmsCalls

  constructor(
    kms: KMSClient,
    private readonly keyInput: string,
    region: string,
    options: KmsCallOptions,
  ) {
    this.calls = new KmsCalls(kms, keyInput, region, minisignKmsHint, options)
  }

  /** DescribeKey, checked before GetPublicKey is asked, then the public key; once per run. */
  async loadKey(): Promise<MinisignKmsKey> {
    const described = describedMinisignKeyFrom(await this.calls.describeKey(), this.keyInput)
    this.key = minisignKmsKeyFrom(described, await this.calls.publicKey())
    return this.key
  }

  stopsRun(error: unknown): boolean {
    return stopsRun(error)
  }

  async signMessage(message: Buffer): Promise<Buffer> {
    return this.calls.sign(this.command(message, false), this.requireKey().arn)
  }

  /**
   * Sign with DryRun on a message shaped like minisign's first one: proves that the key
   * policy lets this caller sign RAW with ED25519_SHA_512, without making a signature.
   */
  async checkSignPermission(): Promise<DryRunOutcome> {
    return this.calls.dryRunSign(this.command(createHash('blake2b512').digest(), true))
  }

  private command(message: Buffer, dryRun: boolean): SignCommand {
    return new SignCommand({
      KeyId: this.requireKey().arn,
      Message: message,
      MessageType: 'RAW',
      SigningAlgorithm: MINISIGN_SIGNING_ALGORITHM,
      ...(dryRun ? { DryRun: true } : {}),
    })
  }

  private requireKey(): MinisignKmsKey {
    if (!this.key) throw new Error('KmsMessageSigner.loadKey must run before signing')
    return this.key
  }
}
