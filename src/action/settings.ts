import type { FilePatterns } from '../files/file-patterns.js'
import type { SigningAlgorithm } from '../keys/algorithms.js'

/** Every input `action.yml` declares; a test keeps this list, action.yml and the README in step. */
export const INPUT_NAMES = [
  'mode',
  'files',
  'kms-key-id',
  'role-to-assume',
  'aws-region',
  'audience',
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

export type Settings = SignSettings | VerifySettings
