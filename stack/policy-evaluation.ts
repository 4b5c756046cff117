import type { Condition, ConditionOperator, PolicyDocument, Statement } from './policy-document.js'
import { matchesStringLike } from './string-like.js'

/** Who is calling, as IAM sees it. */
export interface Caller {
  /** the ARN the request was signed as: an assumed-role session or an IAM user */
  arn: string
  /** the IAM entity behind it: the session's role, or the user (aws:PrincipalArn) */
  entityArn: string
  account: string
}

/** One request as a policy sees it. */
export interface RequestContext {
  /** e.g. `kms:Sign` */
  action: string
  resource: string
  caller: Caller
  /** the condition keys this request carries, names lower-cased; a key a request lacks is absent */
  keys: ReadonlyMap<string, string>
}

/** What one policy says about one request. */
export interface Evaluation {
  deny: boolean
  /** a statement allows the caller by name (or everyone) */
  allowDirect: boolean
  /**
   * a statement names the caller's role session itself (its assumed-role ARN, not the
   * role's): IAM adds such a resource-based grant after the session policy, unlimited by it
   */
  allowSession: boolean
  /** a statement allows the caller's account: in a key policy that hands the decision to IAM policies */
  allowAccount: boolean
}

type Matcher = (pattern: string, value: string) => boolean

const equals: Matcher = (pattern, value) => pattern === value
const MATCHERS: Record<Exclude<ConditionOperator, 'Null'>, { match: Matcher; negated: boolean }> = {
  StringEquals: { match: equals, negated: false },
  StringNotEquals: { match: equals, negated: true },
  StringEqualsIgnoreCase: { match: (p, v) => p.toLowerCase() === v.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: {
    match: (p, v) => p.toLowerCase() === v.toLowerCase(),
    negated: true,
  },
  StringLike: { match: matchesStringLike, negated: false },
  StringNotLike: { match: matchesStringLike, negated: true },
}

export function evaluatePolicy(policy: PolicyDocument, request: RequestContext): Evaluation {
  const result: Evaluation = {
    deny: false,
    allowDirect: false,
    allowSession: false,
    allowAccount: false,
  }
  for (const statement of policy.statements) {
    const match = statementMatches(statement, request)
    if (match === undefined) continue
    if (statement.effect === 'Deny') result.deny = true
    else if (match === 'account') result.allowAccount = true
    else {
      result.allowDirect = true
      if (match === 'session') result.allowSession = true
    }
  }
  return result
}

type PrincipalMatch = 'session' | 'direct' | 'account'

function statementMatches(
  statement: Statement,
  request: RequestContext,
): PrincipalMatch | undefined {
  const principal = principalMatch(statement, request.caller)
  if (principal === undefined) return undefined
  const action = request.action.toLowerCase()
  if (!statement.actions.some((pattern) => matchesStringLike(pattern.toLowerCase(), action))) {
    return undefined
  }
  if (!statement.resources.some((pattern) => matchesStringLike(pattern, request.resource))) {
    return undefined
  }
  // Operators, keys within an operator: all must hold; values of one key: any may match.
  return statement.conditions.every((condition) => holds(condition, request.keys))
    ? principal
    : undefined
}

function principalMatch(statement: Statement, caller: Caller): PrincipalMatch | undefined {
  const { principals } = statement
  if (principals === undefined || principals === '*') return 'direct'
  if (caller.arn !== caller.entityArn && principals.includes(caller.arn)) return 'session'
  if (principals.some((p) => p === caller.arn || p === caller.entityArn)) return 'direct'
  const accountForms = [caller.account, `arn:aws:iam::${caller.account}:root`]
  return principals.some((p) => accountForms.includes(p)) ? 'account' : undefined
}

/**
 * As IAM evaluates a condition: a key the request does not carry matches nothing
 * (so `StringEquals kms:MessageType` fails on DescribeKey), except under IfExists
 * and the negated operators, which hold when the key is absent.
 */
function holds(condition: Condition, keys: ReadonlyMap<string, string>): boolean {
  const value = keys.get(condition.key)
  if (condition.operator === 'Null') {
    return condition.values.some((v) => (v === 'true') === (value === undefined))
  }
  const { match, negated } = MATCHERS[condition.operator]
  if (value === undefined) return condition.ifExists || negated
  const any = condition.values.some((pattern) => match(pattern, value))
  return negated ? !any : any
}
