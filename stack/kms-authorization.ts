import type { Credential } from './iam.js'
import type { PolicyDocument } from './policy-document.js'
import { evaluatePolicy, type Caller, type RequestContext } from './policy-evaluation.js'
import { ServiceError } from './service-error.js'

/** What IAM knows about the caller, for one KMS request. */
export interface KmsRequest {
  operation: string
  keyArn: string
  keyPolicy: PolicyDocument
  caller: Credential
  identityPolicies: readonly PolicyDocument[]
  /** condition keys only this request carries (kms:MessageType on Sign), names as written */
  requestKeys?: Record<string, string>
}

/**
 * KMS's rule: an explicit Deny in the key policy, the caller's IAM policies or its
 * session policy wins; otherwise the key policy must allow the caller, either by name
 * or by naming the caller's account, which hands the decision to the caller's IAM
 * policies. A caller from another account always needs both the key policy and its own
 * IAM policy. A session's policy (STS `Policy`) bounds all of that, except a key policy
 * statement that names the session's own ARN, which IAM applies after the session
 * policy (a statement naming the role, the account or `*` stays bounded).
 */
export function authorizeKmsRequest(request: KmsRequest): void {
  const caller = callerOf(request.caller)
  const context: RequestContext = {
    action: `kms:${request.operation}`,
    resource: request.keyArn,
    caller,
    keys: contextKeys(caller, request.requestKeys ?? {}),
  }
  const key = evaluatePolicy(request.keyPolicy, context)
  const identity = request.identityPolicies.map((policy) => evaluatePolicy(policy, context))
  const identityAllows = identity.some((e) => e.allowDirect)
  const { sessionPolicy } = request.caller
  const session = sessionPolicy === undefined ? undefined : evaluatePolicy(sessionPolicy, context)
  const sessionAllows = session === undefined || session.allowDirect
  const keyAccount = request.keyArn.split(':')[4]
  const denied = (why: string) =>
    new ServiceError(
      400,
      'AccessDeniedException',
      `User: ${caller.arn} is not authorized to perform: ${context.action} on resource: ${request.keyArn} ${why}`,
    )
  const noSessionAllow = () =>
    denied(`because no session policy allows the ${context.action} action`)
  if (key.deny) throw denied('with an explicit deny in a resource-based policy')
  if (identity.some((e) => e.deny))
    throw denied('with an explicit deny in an identity-based policy')
  if (session?.deny) throw denied('with an explicit deny in a session policy')
  // Only in the key's own account does the key policy alone decide.
  if (caller.account === keyAccount && key.allowSession) return
  if (caller.account === keyAccount && key.allowDirect) {
    if (sessionAllows) return
    throw noSessionAllow()
  }
  if (!key.allowDirect && !key.allowAccount) {
    throw denied(`because no resource-based policy allows the ${context.action} action`)
  }
  if (!identityAllows) {
    throw denied(`because no identity-based policy allows the ${context.action} action`)
  }
  if (!sessionAllows) throw noSessionAllow()
}

function callerOf(credential: Credential): Caller {
  const entityArn = credential.roleArn ?? credential.principal
  return { arn: credential.principal, entityArn, account: entityArn.split(':')[4] ?? '' }
}

/** The global keys every request carries, plus the request's own. */
function contextKeys(caller: Caller, requestKeys: Record<string, string>): Map<string, string> {
  const keys: Record<string, string> = {
    'aws:PrincipalArn': caller.entityArn,
    'aws:PrincipalAccount': caller.account,
    'kms:CallerAccount': caller.account,
    ...requestKeys,
  }
  return new Map(Object.entries(keys).map(([name, value]) => [name.toLowerCase(), value]))
}
