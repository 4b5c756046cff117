import type { AwsErrorCode } from './aws-error.js'
import { kmsHint, type KmsContext } from './kms-hints.js'

/** The key policy statement pure Ed25519 needs (the README gives it as JSON). */
const RAW_STATEMENT =
  'allows kms:Sign for the role with the conditions kms:MessageType = RAW and kms:SigningAlgorithm = ED25519_SHA_512'

/** Errors about the minisign key name its own input, `minisign-kms-key-id`. */
const HINTS: Partial<Record<AwsErrorCode, (c: KmsContext) => string>> = {
  'kms-access-denied': (c) =>
    c.operation === 'Sign'
      ? `the caller may not kms:Sign with the minisign key ${c.keyId} (MessageType RAW, ED25519_SHA_512). ` +
        `minisign signatures are pure Ed25519, which KMS signs only from RAW messages, so a key policy that ` +
        `allows kms:Sign only with kms:MessageType = DIGEST refuses them. Add a statement to the key policy of ` +
        `\`minisign-kms-key-id\` that ${RAW_STATEMENT}.`
      : `the caller may not kms:${c.operation} the minisign key ${c.keyId}. The key policy of ` +
        `\`minisign-kms-key-id\` (or the role's IAM policy) must allow kms:DescribeKey and kms:GetPublicKey ` +
        `for the role in a statement without conditions (those requests carry no kms:MessageType or ` +
        `kms:SigningAlgorithm, so a condition on them denies).`,
  'kms-not-found': (c) =>
    `the minisign key ${c.keyId} does not exist in ${c.region}. Check the \`minisign-kms-key-id\` input ` +
    `(key id, key ARN, alias/NAME or alias ARN) and the \`aws-region\` input.`,
  'kms-disabled': (c) =>
    `the minisign key ${c.keyId} is disabled. Enable it (aws kms enable-key) or set ` +
    `\`minisign-kms-key-id\` to an enabled key.`,
  'kms-invalid-state': (c) =>
    `the minisign key ${c.keyId} is not in a state that can sign (for example pending deletion or ` +
    `import). Cancel its deletion or set \`minisign-kms-key-id\` to another key.`,
  'kms-invalid-key-usage': (c) =>
    `\`minisign-kms-key-id\` ${c.keyId} cannot be used for kms:${c.operation}: minisign needs an Ed25519 ` +
    `signing key; create it with --key-spec ECC_NIST_EDWARDS25519 --key-usage SIGN_VERIFY.`,
  'kms-validation': (c) =>
    `KMS rejected the ${c.operation} request for the minisign key ${c.keyId} (\`minisign-kms-key-id\`).`,
}

/** kmsHint for the minisign key: its own input and fixes; throttling, outages and credentials read the same. */
export function minisignKmsHint(
  code: AwsErrorCode,
  awsMessage: string,
  context: KmsContext,
): string {
  const hint = HINTS[code]
  return hint === undefined
    ? kmsHint(code, awsMessage, context)
    : `${hint(context)} (${awsMessage})`
}
