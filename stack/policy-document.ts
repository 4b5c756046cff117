// The stand-in reads real IAM policy JSON (key policies and identity policies), so a
// test can load the very document the README tells users to apply. What it does not
// model it refuses loudly, instead of quietly granting or denying.

export type Effect = 'Allow' | 'Deny'

/** The condition operators the stand-in evaluates, without their IfExists suffix. */
export type ConditionOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'Null'

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Null',
]

/** One key under one operator: `"StringEquals": {"kms:MessageType": ["DIGEST"]}`. */
export interface Condition {
  operator: ConditionOperator
  ifExists: boolean
  /** condition key, lower-cased: IAM compares key names case-insensitively */
  key: string
  values: string[]
}

/** Who a statement names: everyone (`"*"`), or AWS principals (account, root, role, user, session ARNs). */
export type Principals = '*' | string[]

export interface Statement {
  sid?: string
  effect: Effect
  /** absent in identity policies, which apply to whoever they are attached to */
  principals?: Principals
  /** `kms:Sign`, `kms:*`, `kms:Get*`: matched case-insensitively */
  actions: string[]
  resources: string[]
  conditions: Condition[]
}

export interface PolicyDocument {
  statements: Statement[]
}

export type PolicyKind = 'key' | 'identity'

const VERSIONS = ['2012-10-17', '2008-10-17']
const UNSUPPORTED = ['NotAction', 'NotPrincipal', 'NotResource']

/** Parses a key policy or identity policy (JSON text or the parsed object); throws on anything it cannot model. */
export function parsePolicy(document: unknown, kind: PolicyKind): PolicyDocument {
  const json: unknown = typeof document === 'string' ? JSON.parse(document) : document
  const doc = objectOf(json, 'policy')
  if (doc.Version !== undefined && !VERSIONS.includes(String(doc.Version))) {
    throw policyError(`Version must be one of ${VERSIONS.join(', ')}`)
  }
  const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  if (doc.Statement === undefined || raw.length === 0) throw policyError('Statement is required')
  return { statements: raw.map((s, i) => statementOf(objectOf(s, `Statement[${i}]`), kind, i)) }
}

function statementOf(s: Record<string, unknown>, kind: PolicyKind, index: number): Statement {
  const where = `Statement[${index}]`
  for (const element of UNSUPPORTED) {
    if (s[element] !== undefined) throw policyError(`${where}: ${element} is not modeled`)
  }
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    throw policyError(`${where}: Effect must be Allow or Deny`)
  }
  if (kind === 'key' && s.Principal === undefined) {
    throw policyError(`${where}: a key policy statement needs a Principal`)
  }
  if (kind === 'identity' && s.Principal !== undefined) {
    throw policyError(`${where}: an identity policy statement has no Principal`)
  }
  return {
    sid: typeof s.Sid === 'string' ? s.Sid : undefined,
    effect: s.Effect,
    principals: s.Principal === undefined ? undefined : principalsOf(s.Principal, where),
    actions: stringsOf(s.Action, `${where}.Action`),
    resources: stringsOf(s.Resource, `${where}.Resource`),
    conditions: s.Condition === undefined ? [] : conditionsOf(s.Condition, where),
  }
}

function principalsOf(value: unknown, where: string): Principals {
  if (value === '*') return '*'
  const principal = objectOf(value, `${where}.Principal`)
  if (principal.AWS === '*') return '*'
  // Service and Federated principals never call KMS as a stack credential: they match nobody.
  return principal.AWS === undefined ? [] : stringsOf(principal.AWS, `${where}.Principal.AWS`)
}

function conditionsOf(value: unknown, where: string): Condition[] {
  return Object.entries(objectOf(value, `${where}.Condition`)).flatMap(([name, block]) => {
    const ifExists = name.endsWith('IfExists')
    const operator = ifExists ? name.slice(0, -'IfExists'.length) : name
    if (
      !(CONDITION_OPERATORS as readonly string[]).includes(operator) ||
      (ifExists && operator === 'Null')
    ) {
      throw policyError(`${where}: condition operator ${name} is not modeled`)
    }
    return Object.entries(objectOf(block, `${where}.Condition.${name}`)).map(([key, values]) => ({
      operator: operator as ConditionOperator,
      ifExists,
      key: key.toLowerCase(),
      values: stringsOf(values, `${where}.Condition.${name}.${key}`),
    }))
  })
}

function stringsOf(value: unknown, where: string): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (value === undefined || list.length === 0 || list.some((v) => typeof v !== 'string')) {
    throw policyError(`${where} must be a string or a list of strings`)
  }
  return list as string[]
}

function objectOf(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw policyError(`${where} must be a JSON object`)
  }
  return value as Record<string, unknown>
}

function policyError(message: string): Error {
  return new Error(`policy: ${message}`)
}
