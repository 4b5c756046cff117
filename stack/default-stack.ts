import { ACCOUNT_ID } from './aws-account.js'
import type { Role } from './iam.js'
import { startStack, type Stack, type StackOptions } from './stack.js'
import type { StackKey } from './kms-keys.js'

export const DEFAULT_ROLE: Required<Pick<Role, 'arn' | 'subjectPattern'>> = {
  arn: `arn:aws:iam::${ACCOUNT_ID}:role/github-dossier-oidc`,
  subjectPattern: 'repo:imboard-ai/*',
}
export const DEFAULT_KEY_ALIAS = 'alias/dossier-official-prod'
export const DEFAULT_USER_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/dossier-release`

/** The seed's setup: what tests, the demo and `stack/serve.ts` share. */
export interface DefaultStack {
  stack: Stack
  role: Role
  key: StackKey & { alias: string }
  user: { arn: string; accessKeyId: string; secretAccessKey: string }
}

/** One GitHub OIDC role for imboard-ai, one P-256 signing key behind its alias, one IAM user. */
export async function startDefaultStack(options?: StackOptions): Promise<DefaultStack> {
  const stack = await startStack(options)
  const role: Role = { ...DEFAULT_ROLE }
  stack.iam.addRole(role)
  const key = stack.kms.createKey({ keySpec: 'ECC_NIST_P256', alias: DEFAULT_KEY_ALIAS })
  const user = { arn: DEFAULT_USER_ARN, ...stack.iam.createUser(DEFAULT_USER_ARN) }
  return { stack, role, key: { ...key, alias: DEFAULT_KEY_ALIAS }, user }
}
