import { randomBytes } from 'node:crypto'
import { parsePolicy, type PolicyDocument } from './policy-document.js'

/** A role trusted for GitHub OIDC web identity. */
export interface Role {
  arn: string
  /** IAM StringLike pattern on the token's `sub` */
  subjectPattern: string
  /** required `aud`; default 'sts.amazonaws.com' */
  audience?: string
  /** MaxSessionDuration; default 3600 */
  maxSessionSeconds?: number
}

/** An access key the stack issued, with who it speaks for. */
export interface Credential {
  accessKeyId: string
  secretAccessKey: string
  /** present for STS session credentials */
  sessionToken?: string
  expiration?: Date
  /** the ARN policies see: an assumed-role session or an IAM user */
  principal: string
  /** for sessions: the role the session belongs to */
  roleArn?: string
  roleSessionName?: string
  /**
   * the inline session policy passed to AssumeRole*: the session may do only what both
   * it and the role's policies allow
   */
  sessionPolicy?: PolicyDocument
  /** the session policy as sent, for tests that read back what a client asked for */
  sessionPolicyText?: string
}

/** What AssumeRoleWithWebIdentity hands out. */
export type SessionCredential = Credential & {
  sessionToken: string
  expiration: Date
  roleSessionName: string
}

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com'
export const DEFAULT_MAX_SESSION_SECONDS = 3600
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Roles, users, their identity policies and every credential the stack handed out. */
export class Iam {
  private readonly roles = new Map<string, Required<Role> & { roleId: string }>()
  private readonly credentials = new Map<string, Credential>()
  private readonly policies = new Map<string, PolicyDocument[]>()

  addRole(role: Role): void {
    this.roles.set(role.arn, {
      audience: DEFAULT_AUDIENCE,
      maxSessionSeconds: DEFAULT_MAX_SESSION_SECONDS,
      ...role,
      roleId: `AROA${randomId(17)}`,
    })
  }

  role(arn: string): (Required<Role> & { roleId: string }) | undefined {
    return this.roles.get(arn)
  }

  /** Long-term keys for an IAM user: the ambient-credential path and the aws CLI. */
  createUser(arn: string): { accessKeyId: string; secretAccessKey: string } {
    const credential = {
      accessKeyId: `AKIA${randomId(16)}`,
      secretAccessKey: secretKey(),
      principal: arn,
    }
    this.credentials.set(credential.accessKeyId, credential)
    return { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey }
  }

  /** Attaches an identity policy (IAM JSON) to a role or user ARN. */
  attachPolicy(entityArn: string, document: unknown): void {
    const attached = this.policies.get(entityArn) ?? []
    this.policies.set(entityArn, [...attached, parsePolicy(document, 'identity')])
  }

  /** The identity policies of the role or user behind a credential. */
  policiesOf(credential: Credential): readonly PolicyDocument[] {
    return this.policies.get(credential.roleArn ?? credential.principal) ?? []
  }

  startSession(
    roleArn: string,
    roleSessionName: string,
    lifetimeSeconds: number,
    sessionPolicy?: { text: string; document: PolicyDocument },
  ): SessionCredential {
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1)
    // a role of another account (cross-account tests) gets sessions in that account
    const account = roleArn.split(':')[4]
    const credential: SessionCredential = {
      accessKeyId: `ASIA${randomId(16)}`,
      secretAccessKey: secretKey(),
      sessionToken: randomBytes(180).toString('base64'),
      expiration: new Date(Date.now() + lifetimeSeconds * 1000),
      principal: `arn:aws:sts::${account}:assumed-role/${roleName}/${roleSessionName}`,
      roleArn,
      roleSessionName,
      ...(sessionPolicy === undefined
        ? {}
        : { sessionPolicy: sessionPolicy.document, sessionPolicyText: sessionPolicy.text }),
    }
    this.credentials.set(credential.accessKeyId, credential)
    return credential
  }

  /** Every session credential handed out, oldest first. */
  sessions(): SessionCredential[] {
    return [...this.credentials.values()].filter(
      (credential): credential is SessionCredential => credential.sessionToken !== undefined,
    )
  }

  credential(accessKeyId: string): Credential | undefined {
    return this.credentials.get(accessKeyId)
  }

  secrets(): string[] {
    return [...this.credentials.values()].flatMap((credential) =>
      credential.sessionToken === undefined
        ? [credential.secretAccessKey]
        : [credential.secretAccessKey, credential.sessionToken],
    )
  }
}

function randomId(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE32[byte % 32]).join('')
}

function secretKey(): string {
  return randomBytes(30).toString('base64')
}
