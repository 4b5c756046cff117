import type { FilePatterns } from '../files/file-patterns.js'
import type { ProxyConfig } from '../aws/proxy-config.js'
import type { SigningAlgorithm } from '../keys/algorithms.js'
import type { Shard } from '../files/shard.js'

/** Every input `action.yml` declares; a test keeps this list, action.yml and the README in step. */
export const INPUT_NAMES = [
  'mode',
  'files',
  'kms-key-id',
  'role-to-assume',
  'aws-region',
  'audience',
  'http-proxy',
  'role-session-name',
  'role-duration-seconds',
  'signing-algorithm',
  'concurrency',
  'public-key-path',
  'formats',
  'minisign-kms-key-id',
  'replace-embedded-signatures',
  'provenance-path',
  'session-policy',
  'max-files',
  'dry-run',
  'trusted-keys-file',
  'trusted-keys',
  'signature-policy',
  'changed-only',
  'trust-from',
  'provenance-files',
  'expected-repository',
  'expected-workflow',
  'expected-ref',
  'fail-on',
  'github-token',
  'report-path',
  'shard',
  'reports',
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** How to reach AWS: web identity when a role is given, else the SDK's ambient chain. */
export interface AwsSettings {
  kmsKeyId: string
  region: string
  roleToAssume?: string
  audience: string
  roleSessionName: string
  roleDurationSeconds: number
  /**
   * Scope the assumed-role session with an inline session policy to exactly the calls
   * this action makes (`session-policy`, default true).
   */
  sessionPolicy: boolean
  /** The proxy the AWS calls go through (`http-proxy`, else HTTPS_PROXY/HTTP_PROXY, NO_PROXY). */
  network: ProxyConfig
  /** The OIDC issuer for this GitHub server, for hints when the token does not say. */
  oidcIssuer: string
}

/** The run's facts a signature records (minisign trusted comment, embedded signed_by). */
export interface RunFacts {
  repository?: string
  ref?: string
  commit?: string
  runId?: string
  runAttempt?: string
  serverUrl?: string
}

/** Every signature format sign mode writes, in the order they are written. */
export const SIGN_FORMATS = ['embedded', 'sig', 'sigstore', 'minisig'] as const
export type SignFormat = (typeof SIGN_FORMATS)[number]

export interface SignSettings {
  mode: 'sign'
  workspace: string
  patterns: FilePatterns
  aws: AwsSettings
  /**
   * `embedded` first when present, so detached signatures cover its result. Empty only
   * with `provenancePath` (`formats: none`: one attestation for the whole run).
   */
  formats: SignFormat[]
  /** Absolute path inside the workspace of the run's SLSA provenance bundle. */
  provenancePath?: string
  /** The ECC_NIST_EDWARDS25519 key for `minisig`. */
  minisignKmsKeyId?: string
  /** Replace an embedded signature made by another key (default: refuse the file). */
  replaceEmbeddedSignatures: boolean
  run: RunFacts
  signingAlgorithm?: SigningAlgorithm
  concurrency: number
  /** Absolute path inside the workspace where the key's PEM is written. */
  publicKeyPath?: string
  maxFiles: number
  dryRun: boolean
  /** Absolute path inside the workspace for the full JSON report; default under RUNNER_TEMP. */
  reportPath?: string
  /** The slice of the matched files this job signs (`shard: I/N`); `1/1` when unsharded. */
  shard: Shard
}

/** `mode: merge-reports`: one summary from the sign reports of a matrix's shards. No AWS call. */
export interface MergeSettings {
  mode: 'merge-reports'
  workspace: string
  /** Globs (in the workspace) of the shards' downloaded report files (`reports`). */
  reports: FilePatterns
  /** Absolute path inside the workspace for the merged JSON report; default under RUNNER_TEMP. */
  reportPath?: string
}

export type SignaturePolicy = 'warn' | 'strict'
export type FailOn = 'block' | 'warn' | 'never'
export type ChangedOnly = 'auto' | 'true' | 'false'
/** Where trusted-keys files are read; `auto`: the base commit on pull requests, else the checkout. */
export type TrustFrom = 'auto' | 'base' | 'workspace'

export interface VerifySettings {
  mode: 'verify'
  workspace: string
  patterns: FilePatterns
  /** Absolute paths inside the workspace. */
  trustedKeysFiles: string[]
  trustedKeys: string
  policy: SignaturePolicy
  changedOnly: ChangedOnly
  trustFrom: TrustFrom
  /** Globs (in the workspace) of provenance bundles that may vouch for files. */
  provenancePatterns?: FilePatterns
  /** Who must have signed a provenance bundle: each set field must match its predicate. */
  expected: ExpectedBuilder
  failOn: FailOn
  githubToken: string
  /** Present when the step may fetch KMS public keys to pin ARN entries. */
  aws?: AwsSettings
  /** Absolute path inside the workspace for the full JSON report; default under RUNNER_TEMP. */
  reportPath?: string
}

/** The verify policy on who signed provenance (`expected-*` inputs); unset fields match anything. */
export interface ExpectedBuilder {
  /** `owner/name` */
  repository?: string
  /** A workflow path (`.github/workflows/x.yml`) or `owner/repo/.github/workflows/x.yml@ref` pattern. */
  workflow?: string
  /** A glob on the ref, e.g. `refs/heads/main` or `refs/tags/v*`. */
  ref?: string
}

export type Settings = SignSettings | VerifySettings | MergeSettings
