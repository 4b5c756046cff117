import type { KMSClient } from '@aws-sdk/client-kms'
import type { AdaptiveLimit } from '../aws/adaptive-limit.js'
import { KmsMessageSigner } from '../aws/kms-message-signer.js'
import { minisignPublicKeyFor, trustedCommentFor } from '../formats/minisig/write-minisig.js'
import { minisignKeyIdHex } from '../keys/minisign-key.js'
import type { MinisignSigning } from '../sign/sign-files.js'
import type { SignSettings } from './settings.js'

/** The minisign key of a run: its KMS key, its minisign identity, and the signer. */
export interface MinisignSession {
  arn: string
  keyIdHex: string
  /** The `RW...` line to list in trusted keys. */
  rwLine: string
  /** The two-line `.pub` file minisign -V -p reads. */
  publicKeyFile: string
  signing: MinisignSigning
  /** KMS DryRun of a RAW Sign: proves the key policy's RAW statement without signing. */
  checkSignPermission(): ReturnType<KmsMessageSigner['checkSignPermission']>
}

/**
 * Load and check the ECC_NIST_EDWARDS25519 key (`minisign-kms-key-id`) before any file is
 * signed, and derive its minisign identity. Sign calls share the run's concurrency limit.
 */
export async function openMinisignKey(
  kms: KMSClient,
  settings: SignSettings,
  limit: AdaptiveLimit,
): Promise<MinisignSession> {
  const keyInput = settings.minisignKmsKeyId ?? ''
  const signer = new KmsMessageSigner(kms, keyInput, settings.aws.region, { limit })
  const key = await signer.loadKey()
  const derived = minisignPublicKeyFor(key.spkiDer)
  // One timestamp for the run: every trusted comment of a run says the same moment.
  const timestamp = Math.floor(Date.now() / 1000)
  const { repository, ref, commit, runId } = settings.run
  return {
    arn: key.arn,
    keyIdHex: minisignKeyIdHex(derived.keyId),
    rwLine: derived.line,
    publicKeyFile: derived.pub,
    signing: {
      signer,
      keyId: derived.keyId,
      publicKey: derived.publicKey,
      trustedComment: (file) =>
        trustedCommentFor({ timestamp, file, repository, ref, commit, runId }),
    },
    checkSignPermission: () => signer.checkSignPermission(),
  }
}
