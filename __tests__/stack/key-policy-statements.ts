import { DEFAULT_ROLE } from '../../stack/index.js'

// Key policy statements for the seed's GitHub OIDC role, as real IAM JSON: the ones a
// user applies to a minisign (Ed25519) key, shared by the tests that apply them.

export const allowRole = (action: string | string[], condition?: object) => ({
  Effect: 'Allow',
  Principal: { AWS: DEFAULT_ROLE.arn },
  Action: action,
  Resource: '*',
  ...(condition === undefined ? {} : { Condition: condition }),
})

/** DescribeKey and GetPublicKey carry no kms:MessageType: no condition on them. */
export const READ_KEY = allowRole(['kms:DescribeKey', 'kms:GetPublicKey'])
/** The ADR's Sign statement: digests only. */
export const SIGN_DIGEST = allowRole('kms:Sign', { StringEquals: { 'kms:MessageType': 'DIGEST' } })
/** The statement the README tells users to add for the minisign key: RAW for pure Ed25519 only. */
export const SIGN_PURE_ED25519 = allowRole('kms:Sign', {
  StringEquals: { 'kms:MessageType': 'RAW', 'kms:SigningAlgorithm': 'ED25519_SHA_512' },
})

export const keyPolicy = (...statements: object[]) => ({
  Version: '2012-10-17',
  Statement: statements,
})
