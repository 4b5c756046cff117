import { createHash, sign, type KeyObject } from 'node:crypto'
import { ed25519phSignDigest } from './ed25519ph.js'
import {
  signingAlgorithmsOf,
  ED25519_ALGORITHMS,
  isEd25519Algorithm,
  SIGNING_ALGORITHMS,
  signDigest,
  type Ed25519Algorithm,
  type KmsSigningAlgorithm,
  type SigningAlgorithm,
} from './kms-key-specs.js'
import { SYMMETRIC_DEFAULT, type StoredKey } from './kms-keys.js'
import { HASH_LENGTHS } from './rsa-digest.js'
import { ServiceError } from './service-error.js'

export type MessageType = 'RAW' | 'DIGEST'

/** What one Sign request asks of an enabled SIGN_VERIFY key. */
export interface SignRequest {
  key: StoredKey
  privateKey: KeyObject
  algorithm: KmsSigningAlgorithm
  messageType: MessageType
  message: Buffer
}

export const validation = (message: string) => new ServiceError(400, 'ValidationException', message)

/** SHA-512 digest length: what ED25519_PH_SHA_512 takes as a DIGEST. */
const ED25519PH_DIGEST_BYTES = 64

/**
 * Checks the request against the key's spec and the algorithm's message types, as KMS
 * does before it signs anything, and returns the signing to do once DryRun is settled.
 */
export function plannedSignature(request: SignRequest): () => Buffer {
  const { key, algorithm } = request
  if (key.keySpec === SYMMETRIC_DEFAULT || !signingAlgorithmsOf(key.keySpec).includes(algorithm)) {
    throw new ServiceError(
      400,
      'InvalidKeyUsageException',
      `Signing algorithm ${algorithm} is not valid for key spec ${key.keySpec} of key '${key.arn}'.`,
    )
  }
  return isEd25519Algorithm(algorithm)
    ? ed25519Signature(request, algorithm)
    : digestSignature(request, algorithm)
}

/** ECDSA and RSA: RAW is hashed with the algorithm's hash; a DIGEST must be that hash's length. */
function digestSignature(request: SignRequest, algorithm: SigningAlgorithm): () => Buffer {
  const { hash } = SIGNING_ALGORITHMS[algorithm]
  const { message, messageType } = request
  const digest = messageType === 'DIGEST' ? message : createHash(hash).update(message).digest()
  if (digest.length !== HASH_LENGTHS[hash]) {
    throw validation(`Digest is invalid length for algorithm ${algorithm}.`)
  }
  return () => signDigest(request.privateKey, algorithm, digest)
}

/**
 * Ed25519: each algorithm takes one message type. Pure Ed25519 needs the whole message
 * (RAW, which the 4,096-byte cap on Message already bounds); Ed25519ph a SHA-512 DIGEST.
 */
function ed25519Signature(request: SignRequest, algorithm: Ed25519Algorithm): () => Buffer {
  const { message, messageType, privateKey } = request
  if (messageType !== ED25519_ALGORITHMS[algorithm].messageType) {
    throw validation(`Message type ${messageType} is incompatible with algorithm ${algorithm}.`)
  }
  if (algorithm === 'ED25519_SHA_512') return () => sign(null, message, privateKey)
  if (message.length !== ED25519PH_DIGEST_BYTES) {
    throw validation(`Digest is invalid length for algorithm ${algorithm}.`)
  }
  return () => ed25519phSignDigest(privateKey, message)
}
