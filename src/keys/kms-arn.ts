/**
 * A KMS key ARN (not an alias): `arn:<partition>:kms:<region>:<account>:key/<id>`, the
 * form KMS writes into `key_id` even when signing went through an alias.
 */
const KMS_KEY_ARN = /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/

export function isKmsKeyArn(text: string): boolean {
  return KMS_KEY_ARN.test(text)
}
