/**
 * The local stand-in stack: GitHub's OIDC token endpoint, STS, KMS and the GitHub
 * REST API on 127.0.0.1, spoken to by the real AWS SDK and @actions/core over HTTP.
 */
export { startStack, type IssuedSession, type Stack, type StackOptions } from './stack.js'
export {
  startDefaultStack,
  DEFAULT_KEY_ALIAS,
  DEFAULT_ROLE,
  DEFAULT_USER_ARN,
  type DefaultStack,
} from './default-stack.js'
export { ACCOUNT_ID, REGION } from './aws-account.js'
export { Faults, type Fault, type FaultRule } from './faults.js'
export { RequestLog, type RequestLogEntry, type ServiceName } from './request-log.js'
export type { GitHubClaims } from './github-claims.js'
export {
  EDWARDS_KEY_SPEC,
  type AsymmetricKeySpec,
  type Ed25519Algorithm,
  type KeySpec,
  type KmsSigningAlgorithm,
  type SigningAlgorithm,
} from './kms-key-specs.js'
export { defaultKeyPolicy, type DefaultPolicyOptions } from './default-key-policy.js'
export {
  SYMMETRIC_DEFAULT,
  type KeySettings,
  type KeyState,
  type KeyUsage,
  type StackKey,
  type SymmetricKeySettings,
  type SymmetricStackKey,
} from './kms-keys.js'
export type { KmsQuirks } from './kms-operations.js'
export type { MintOptions } from './oidc-issuer.js'
export type { PullRequestFile, PullRequestFileStatus } from './github-api.js'
export type { Role } from './iam.js'
