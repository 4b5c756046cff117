import type { AwsErrorCode } from './aws-error.js'

/** What a KMS message names: the key as the user wrote it, and where it was looked for. */
export interface KmsContext {
  keyId: string
  region: string
  operation: 'DescribeKey' | 'GetPublicKey' | 'Sign'
}

const HINTS: Partial<Record<AwsErrorCode, (c: KmsContext) => string>> = {
  'kms-access-denied': (c) =>
    `the caller may not kms:${c.operation} key ${c.keyId}. The key policy (or the role's IAM policy) ` +
    `must allow kms:DescribeKey and kms:GetPublicKey for the role in a statement without conditions ` +
    `(those requests carry no kms:MessageType or kms:SigningAlgorithm, so a condition on them denies), ` +
    `and kms:Sign with the conditions kms:MessageType = DIGEST and kms:SigningAlgorithm.`,
  'kms-not-found': (c) =>
    `key ${c.keyId} does not exist in ${c.region}. Check the \`kms-key-id\` input (key id, key ARN, ` +
    `alias/NAME or alias ARN) and the \`aws-region\` input.`,
  'kms-disabled': (c) =>
    `key ${c.keyId} is disabled. Enable it (aws kms enable-key) or set \`kms-key-id\` to an enabled key.`,
  'kms-invalid-state': (c) =>
    `key ${c.keyId} is not in a state that can sign (for example pending deletion or import). ` +
    `Cancel its deletion or set \`kms-key-id\` to another key.`,
  'kms-invalid-key-usage': (c) =>
    `\`kms-key-id\` ${c.keyId} cannot be used for kms:${c.operation}: set \`kms-key-id\` to an ` +
    `asymmetric SIGN_VERIFY key (a symmetric key, what \`aws kms create-key\` makes by default, has ` +
    `no public key and cannot sign), and \`signing-algorithm\` to one the key lists.`,
  'kms-validation': (c) => `KMS rejected the ${c.operation} request for key ${c.keyId}.`,
  'kms-throttled': () =>
    `KMS throttled the requests (account quota for asymmetric Sign). Lower \`concurrency\` or ask AWS for a higher quota.`,
  'kms-unavailable': () => `KMS failed on its side. This is usually transient: re-run the job.`,
  'credentials-invalid': () =>
    `KMS did not accept the AWS credentials. Check role-to-assume, or the ambient AWS credentials when it is not set.`,
  network: () => `KMS could not be reached. Check the network and the aws-region input.`,
}

export function kmsHint(code: AwsErrorCode, awsMessage: string, context: KmsContext): string {
  const hint = HINTS[code]?.(context) ?? `KMS ${context.operation} failed for key ${context.keyId}.`
  return `${hint} (${awsMessage})`
}
