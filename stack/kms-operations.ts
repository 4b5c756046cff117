import { ACCOUNT_ID } from './aws-account.js'
import type { Credential, Iam } from './iam.js'
import { authorizeKmsRequest } from './kms-authorization.js'
import {
  ED25519_ALGORITHMS,
  isEd25519Algorithm,
  isSigningAlgorithm,
  SIGNING_ALGORITHMS,
  signingAlgorithmsOf,
  type KmsSigningAlgorithm,
} from './kms-key-specs.js'
import { SYMMETRIC_DEFAULT, type KmsKeys, type StoredKey } from './kms-keys.js'
import { plannedSignature, validation } from './kms-sign.js'
import type { RequestLogEntry } from './request-log.js'
import { ServiceError } from './service-error.js'

/** Ways a KMS-compatible endpoint can differ from KMS, for tests of how the action copes. */
export interface KmsQuirks {
  /** sign even when the request says DryRun, as an endpoint that does not know the flag would */
  ignoreDryRun: boolean
}

export interface KmsContext {
  keys: KmsKeys
  iam: Pick<Iam, 'policiesOf'>
  quirks: KmsQuirks
  caller: Credential
  entry: RequestLogEntry
}

export type KmsOperationName = 'DescribeKey' | 'GetPublicKey' | 'Sign'
type Operation = (request: Record<string, unknown>, context: KmsContext) => object

/** RAW messages are capped at 4096 bytes. */
const MAX_MESSAGE_BYTES = 4096
const RSA_ENCRYPTION_ALGORITHMS = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']

export const KMS_OPERATIONS: Record<KmsOperationName, Operation> = {
  DescribeKey: (request, context) => {
    const key = authorizedKey(request, context, 'DescribeKey')
    return {
      KeyMetadata: {
        AWSAccountId: ACCOUNT_ID,
        KeyId: key.keyId,
        Arn: key.arn,
        CreationDate: key.creationDate.getTime() / 1000,
        Enabled: key.state === 'Enabled',
        Description: key.description,
        KeyUsage: key.keyUsage,
        KeyState: key.state,
        Origin: 'AWS_KMS',
        KeyManager: 'CUSTOMER',
        CustomerMasterKeySpec: key.keySpec,
        KeySpec: key.keySpec,
        ...algorithmsOf(key),
        MultiRegion: false,
      },
    }
  },

  GetPublicKey: (request, context) => {
    const key = authorizedKey(request, context, 'GetPublicKey')
    if (key.pair === undefined) {
      throw new ServiceError(
        400,
        'UnsupportedOperationException',
        `${key.arn} key usage is ${key.keyUsage} and key spec is ${key.keySpec}: GetPublicKey is only valid for asymmetric KMS keys.`,
      )
    }
    assertEnabled(key)
    return {
      KeyId: key.arn,
      PublicKey: key.pair.publicKeyDer.toString('base64'),
      KeySpec: key.keySpec,
      CustomerMasterKeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      ...algorithmsOf(key),
    }
  },

  Sign: (request, context) => {
    const message = messageOf(request.Message)
    const algorithm = signingAlgorithmOf(request.SigningAlgorithm)
    const messageType = request.MessageType ?? 'RAW'
    if (messageType !== 'RAW' && messageType !== 'DIGEST') {
      throw validation(
        `1 validation error detected: Value '${String(messageType)}' at 'messageType' failed to satisfy constraint: Member must satisfy enum value set: [RAW, DIGEST]`,
      )
    }
    // kms:MessageType and kms:SigningAlgorithm exist only on Sign (and Verify) requests
    const key = authorizedKey(request, context, 'Sign', {
      'kms:MessageType': messageType,
      'kms:SigningAlgorithm': algorithm,
    })
    assertEnabled(key)
    if (key.keyUsage !== 'SIGN_VERIFY' || key.pair === undefined) {
      throw new ServiceError(
        400,
        'InvalidKeyUsageException',
        `${key.arn} key usage is ${key.keyUsage} which is not valid for Sign.`,
      )
    }
    const signing = plannedSignature({
      key,
      privateKey: key.pair.privateKey,
      algorithm,
      messageType,
      message,
    })
    if (request.DryRun === true && !context.quirks.ignoreDryRun) {
      throw new ServiceError(
        412,
        'DryRunOperationException',
        'The request would have succeeded, but the DryRun option is set.',
      )
    }
    const signature = signing()
    context.keys.recordSign(key)
    return { KeyId: key.arn, Signature: signature.toString('base64'), SigningAlgorithm: algorithm }
  },
}

export function isKmsOperation(name: string): name is KmsOperationName {
  return Object.hasOwn(KMS_OPERATIONS, name)
}

/** Resolves KeyId, then applies the key policy and the caller's IAM policies. */
function authorizedKey(
  request: Record<string, unknown>,
  context: KmsContext,
  operation: KmsOperationName,
  requestKeys: Record<string, string> = {},
): StoredKey {
  const { KeyId } = request
  if (typeof KeyId !== 'string' || KeyId.length === 0) {
    throw validation(
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    )
  }
  const key = context.keys.resolve(KeyId)
  context.entry.keyArn = key.arn
  authorizeKmsRequest({
    operation,
    keyArn: key.arn,
    keyPolicy: key.policy,
    caller: context.caller,
    identityPolicies: context.iam.policiesOf(context.caller),
    requestKeys,
  })
  return key
}

/** DescribeKey answers in every state; cryptographic operations need an enabled key. */
function assertEnabled(key: StoredKey): void {
  if (key.state === 'Disabled')
    throw new ServiceError(400, 'DisabledException', `${key.arn} is disabled.`)
  if (key.state === 'PendingDeletion') {
    throw new ServiceError(400, 'KMSInvalidStateException', `${key.arn} is pending deletion.`)
  }
}

function algorithmsOf(key: StoredKey): Record<string, string[]> {
  if (key.keySpec === SYMMETRIC_DEFAULT) return { EncryptionAlgorithms: [SYMMETRIC_DEFAULT] }
  return key.keyUsage === 'SIGN_VERIFY'
    ? { SigningAlgorithms: signingAlgorithmsOf(key.keySpec) }
    : { EncryptionAlgorithms: RSA_ENCRYPTION_ALGORITHMS }
}

function messageOf(value: unknown): Buffer {
  const message = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0)
  if (message.length === 0 || message.length > MAX_MESSAGE_BYTES) {
    throw validation(
      `1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length between 1 and ${MAX_MESSAGE_BYTES}`,
    )
  }
  return message
}

function signingAlgorithmOf(value: unknown): KmsSigningAlgorithm {
  if (isSigningAlgorithm(value) || isEd25519Algorithm(value)) return value
  const known = [...Object.keys(SIGNING_ALGORITHMS), ...Object.keys(ED25519_ALGORITHMS)]
  throw validation(
    `1 validation error detected: Value '${String(value)}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [${known.join(', ')}]`,
  )
}
