import { randomBytes } from 'node:crypto'
import { REGION } from './aws-account.js'
import { Faults } from './faults.js'
import type { GitHubClaims } from './github-claims.js'
import { startGitHubApi, type PullRequestFile } from './github-api.js'
import type { RunningService } from './http-service.js'
import { Iam, type Role } from './iam.js'
import { startKms } from './kms.js'
import {
  KmsKeys,
  type KeySettings,
  type KeyState,
  type StackKey,
  type SymmetricKeySettings,
  type SymmetricStackKey,
} from './kms-keys.js'
import type { KmsQuirks } from './kms-operations.js'
import { startOidcIssuer, type MintOptions } from './oidc-issuer.js'
import { RequestLog } from './request-log.js'
import { startSts } from './sts.js'

/** A session STS handed out: credentials the SDK takes as they are, and its session policy. */
export interface IssuedSession {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration: Date
  /** the assumed-role session ARN */
  principal: string
  /** the `Policy` parameter as sent, when there was one */
  sessionPolicy?: string
}

export interface StackOptions {
  /** issue STS credentials that expire after this many seconds, sooner than DurationSeconds */
  credentialLifetimeSeconds?: number
}

/** Local stand-ins for the GitHub runner's OIDC endpoint, STS, KMS and the GitHub REST API. */
export interface Stack {
  /** env that points a runner process at the stack (web identity path: no AWS_ACCESS_KEY_ID) */
  env(): Record<string, string>
  urls: { oidc: string; sts: string; kms: string; github: string }
  oidc: {
    issuer: string
    requestToken: string
    /** defaults merged into every token; assign or mutate */
    claims: Partial<GitHubClaims>
    /** lifetime of tokens the endpoint hands out (default 300); negative hands out expired ones */
    tokenLifetimeSeconds: number
    issuedTokens: string[]
    mintToken(overrides?: MintOptions): string
  }
  iam: {
    addRole(role: Role): void
    createUser(arn: string): { accessKeyId: string; secretAccessKey: string }
    /** attaches an identity policy (IAM JSON, text or parsed) to a role or user ARN */
    attachPolicy(entityArn: string, document: unknown): void
    /**
     * every session STS issued, oldest first, with its session policy as sent: a test can
     * call KMS with a run's own session, as anything else in the run could
     */
    sessions(): IssuedSession[]
  }
  kms: {
    createKey(spec: KeySettings): StackKey
    /** a key as a bare `aws kms create-key` makes it: SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT */
    createSymmetricKey(settings?: SymmetricKeySettings): SymmetricStackKey
    /** PutKeyPolicy: a real key policy document (IAM JSON, text or parsed) */
    putKeyPolicy(keyIdOrArnOrAlias: string, document: unknown): void
    setKeyState(keyIdOrArnOrAlias: string, state: KeyState): void
    /** the key becomes Disabled right after this many more successful Sign calls */
    disableAfter(keyIdOrArnOrAlias: string, successfulSigns: number): void
    faults: Faults
    /** ways to make KMS misbehave as some KMS-compatible endpoints do; assign or mutate */
    quirks: KmsQuirks
  }
  sts: { faults: Faults }
  oidcFaults: Faults
  github: {
    setPullRequestFiles(repo: string, number: number, files: PullRequestFile[]): void
    /** The contents API's view of a file at a commit (`ref`), e.g. a pull request's base. */
    setFileContent(repo: string, ref: string, path: string, bytes: Buffer | string): void
    token: string
    faults: Faults
  }
  log: RequestLog
  /** every secret the stack issued: JWTs, the request bearer, secret keys, session tokens, GitHub token */
  secrets(): string[]
  stop(): Promise<void>
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const log = new RequestLog()
  const iam = new Iam()
  const keys = new KmsKeys()
  const kmsQuirks: KmsQuirks = { ignoreDryRun: false }
  const faults = {
    oidc: new Faults(),
    sts: new Faults(),
    kms: new Faults({ throttledAction: 'Sign' }),
    github: new Faults(),
  }
  const githubToken = `ghs_${randomBytes(27).toString('base64url')}`
  const pullRequestFiles = new Map<string, PullRequestFile[]>()
  const contents = new Map<string, Buffer>()
  const running: RunningService[] = []
  const stop = () => Promise.all(running.map((service) => service.close())).then(() => undefined)

  try {
    const oidc = await startOidcIssuer({ faults: faults.oidc, log })
    running.push(oidc)
    const sts = await startSts({ issuer: oidc, iam, faults: faults.sts, log, ...options })
    running.push(sts)
    const kms = await startKms({ keys, iam, faults: faults.kms, log, quirks: kmsQuirks })
    running.push(kms)
    const github = await startGitHubApi({
      token: githubToken,
      faults: faults.github,
      log,
      pullRequestFiles,
      contents,
    })
    running.push(github)

    return {
      env: () => ({
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        AWS_ENDPOINT_URL_STS: sts.url,
        AWS_ENDPOINT_URL_KMS: kms.url,
        GITHUB_API_URL: github.url,
        AWS_REGION: REGION,
        AWS_EC2_METADATA_DISABLED: 'true',
      }),
      urls: { oidc: oidc.issuer, sts: sts.url, kms: kms.url, github: github.url },
      oidc,
      iam: {
        addRole: (role) => iam.addRole(role),
        createUser: (arn) => iam.createUser(arn),
        attachPolicy: (arn, document) => iam.attachPolicy(arn, document),
        sessions: () =>
          iam.sessions().map((session) => ({
            accessKeyId: session.accessKeyId,
            secretAccessKey: session.secretAccessKey,
            sessionToken: session.sessionToken,
            expiration: session.expiration,
            principal: session.principal,
            sessionPolicy: session.sessionPolicyText,
          })),
      },
      kms: {
        createKey: (spec) => keys.create(spec),
        createSymmetricKey: (settings) => keys.createSymmetric(settings),
        putKeyPolicy: (keyRef, document) => keys.putPolicy(keyRef, document),
        setKeyState: (keyRef, state) => keys.setState(keyRef, state),
        disableAfter: (keyRef, signs) => keys.disableAfter(keyRef, signs),
        faults: faults.kms,
        quirks: kmsQuirks,
      },
      sts: { faults: faults.sts },
      oidcFaults: faults.oidc,
      github: {
        setPullRequestFiles: (repo, number, files) =>
          pullRequestFiles.set(`${repo}#${number}`, [...files]),
        setFileContent: (repo, ref, filePath, bytes) =>
          contents.set(`${repo}@${ref}:${filePath}`, Buffer.from(bytes)),
        token: githubToken,
        faults: faults.github,
      },
      log,
      secrets: () => [oidc.requestToken, ...oidc.issuedTokens, ...iam.secrets(), githubToken],
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
