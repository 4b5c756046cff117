import { GetPublicKeyCommand, type KMSClient } from '@aws-sdk/client-kms'
import { awsErrorFrom } from './aws-error.js'
import { kmsHint } from './kms-hints.js'

/** A key's ARN and DER SPKI bytes, straight from KMS. */
export interface PublishedKey {
  arn: string
  spkiDer: Buffer
}

/** GetPublicKey, with the same error hints as signing. */
export async function fetchPublicKey(
  kms: KMSClient,
  keyId: string,
  region: string,
): Promise<PublishedKey> {
  try {
    const response = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }))
    return {
      arn: response.KeyId ?? keyId,
      spkiDer: Buffer.from(response.PublicKey ?? new Uint8Array()),
    }
  } catch (error) {
    throw awsErrorFrom('kms', error, (code, awsMessage) =>
      kmsHint(code, awsMessage, { keyId, region, operation: 'GetPublicKey' }),
    )
  }
}
