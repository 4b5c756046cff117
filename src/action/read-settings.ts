import path from 'node:path'
import { parseFilePatterns, PatternError } from '../files/file-patterns.js'
import { parseShard, ShardError, type Shard } from '../files/shard.js'
import { ALGORITHMS, isSigningAlgorithm } from '../keys/algorithms.js'
import { oidcIssuerFor } from '../aws/oidc-issuer.js'
import { defaultAudience, partitionOfArn } from '../aws/partitions.js'
import { ProxyConfigError, proxyConfigFrom, type ProxyConfig } from '../aws/proxy-config.js'
import { awsRegionFor, type KeyInput } from './aws-location.js'
import { InputError } from './input-error.js'
import { roleSessionName } from './role-session-name.js'
import {
  SIGN_FORMATS,
  type AwsSettings,
  type InputName,
  type Settings,
  type SignFormat,
} from './settings.js'

export type GetInput = (name: InputName) => string

const KEY_ID =
  /^(arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[\w/+=,.@-]+|alias\/[\w/+=,.@-]+|(mrk-)?[0-9a-fA-F-]{32,36})$/
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w/+=,.@-]+$/

/**
 * Read every input once into typed settings, failing on the first bad value with a
 * message that names the input. Nothing else in the action reads inputs.
 */
export function readSettings(getInput: GetInput, env: NodeJS.ProcessEnv): Settings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const input = (name: InputName): string => getInput(name).trim()
  const mode = oneOf(input, 'mode', ['sign', 'verify', 'merge-reports'] as const, 'sign')
  if (mode === 'merge-reports') {
    if (input('shard') !== '') {
      throw new InputError(
        'invalid',
        "`shard` is for the sign jobs of a matrix; `mode: merge-reports` reads every shard's report, so leave `shard` out of the merge step.",
      )
    }
    return {
      mode,
      workspace,
      reports: guardPatterns(() =>
        parseFilePatterns(input('reports') || DEFAULT_REPORTS, 'reports'),
      ),
      reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
    }
  }
  const patterns = guardPatterns(() => parseFilePatterns(input('files') || '**/*.ds.md'))

  if (mode === 'sign') {
    const algorithm = input('signing-algorithm')
    if (algorithm !== '' && !isSigningAlgorithm(algorithm)) {
      throw new InputError(
        'invalid',
        `\`signing-algorithm\` "${algorithm}" is not a KMS signing algorithm this action supports; use one of ${Object.keys(ALGORITHMS).join(', ')}, or leave it empty to use the key's default.`,
      )
    }
    const publicKeyPath = input('public-key-path')
    const formats = readFormats(input('formats'))
    const provenancePath = input('provenance-path')
    if (formats.length === 0 && provenancePath === '') {
      throw new InputError(
        'invalid',
        '`formats: none` writes no per-file signature, so it needs `provenance-path` (one signed attestation for the whole run); give it, or name a format.',
      )
    }
    const shard = readShard(input('shard'))
    if (shard.count > 1 && provenancePath !== '') {
      throw new InputError(
        'invalid',
        `\`provenance-path\` with \`shard\` ${input('shard')} would attest only this shard's slice of the files. Attest in a separate unsharded job after the shards, with \`formats: none\` and \`provenance-path\` (one Sign call covers every file), and leave \`provenance-path\` out of the sharded jobs.`,
      )
    }
    const minisignKmsKeyId = input('minisign-kms-key-id')
    if (formats.includes('minisig') && minisignKmsKeyId === '') {
      throw new InputError(
        'missing',
        '`formats` includes `minisig`, which needs `minisign-kms-key-id`: an AWS KMS ECC_NIST_EDWARDS25519 key (minisign signs with pure Ed25519, which the ECDSA/RSA `kms-key-id` cannot make).',
      )
    }
    if (minisignKmsKeyId !== '' && !KEY_ID.test(minisignKmsKeyId)) {
      throw new InputError(
        'invalid',
        `\`minisign-kms-key-id\` "${minisignKmsKeyId}" is not a KMS key id, key ARN, alias/NAME or alias ARN.`,
      )
    }
    return {
      mode,
      workspace,
      patterns,
      aws: readAws(
        input,
        env,
        true,
        formats.includes('minisig') ? minisignKmsKeyId : '',
      ) as AwsSettings,
      formats,
      minisignKmsKeyId: minisignKmsKeyId === '' ? undefined : minisignKmsKeyId,
      replaceEmbeddedSignatures: boolean(input, 'replace-embedded-signatures', false),
      provenancePath:
        provenancePath === ''
          ? undefined
          : insideWorkspace(workspace, provenancePath, 'provenance-path'),
      run: {
        repository: env.GITHUB_REPOSITORY || undefined,
        ref: env.GITHUB_REF || undefined,
        commit: env.GITHUB_SHA || undefined,
        runId: env.GITHUB_RUN_ID || undefined,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        serverUrl: env.GITHUB_SERVER_URL || undefined,
      },
      signingAlgorithm: algorithm === '' ? undefined : algorithm,
      concurrency: integer(input, 'concurrency', DEFAULT_CONCURRENCY, 1, 256),
      publicKeyPath:
        publicKeyPath === ''
          ? undefined
          : insideWorkspace(workspace, publicKeyPath, 'public-key-path'),
      maxFiles: integer(input, 'max-files', 1000, 1, 1_000_000),
      dryRun: boolean(input, 'dry-run', false),
      reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
      shard,
    }
  }
  if (input('shard') !== '') {
    throw new InputError(
      'invalid',
      '`shard` splits sign runs only: verify mode is offline and fast (about 10,000 files in 10 s on one runner) and needs no shards; remove `shard` from the verify step.',
    )
  }
  return {
    mode,
    workspace,
    patterns,
    trustedKeysFiles: lines(input('trusted-keys-file')).map((f) =>
      insideWorkspace(workspace, f, 'trusted-keys-file'),
    ),
    trustedKeys: getInput('trusted-keys'),
    policy: oneOf(input, 'signature-policy', ['warn', 'strict'] as const, 'warn'),
    changedOnly: oneOf(input, 'changed-only', ['auto', 'true', 'false'] as const, 'auto'),
    trustFrom: oneOf(input, 'trust-from', ['auto', 'base', 'workspace'] as const, 'auto'),
    provenancePatterns:
      input('provenance-files') === ''
        ? undefined
        : guardPatterns(() => parseFilePatterns(input('provenance-files'), 'provenance-files')),
    expected: {
      repository: input('expected-repository') || undefined,
      workflow: input('expected-workflow') || undefined,
      ref: input('expected-ref') || undefined,
    },
    failOn: oneOf(input, 'fail-on', ['block', 'warn', 'never'] as const, 'block'),
    githubToken: input('github-token'),
    aws: readAws(input, env, false),
    reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
  }
}

/** Where `actions/download-artifact` with `path: dossier-sign-reports` puts the shards' reports. */
export const DEFAULT_REPORTS = 'dossier-sign-reports/**/*.json'

/** `shard: I/N`; empty is the whole run. */
function readShard(text: string): Shard {
  try {
    return parseShard(text)
  } catch (error) {
    if (error instanceof ShardError) throw new InputError('invalid', error.message)
    throw error
  }
}

/** Chosen from `npm run bench`: see the README's Performance section. */
export const DEFAULT_CONCURRENCY = 32

/** `minisignKmsKeyId`: the minisign key when the run uses it, so its ARN's region counts. */
function readAws(
  input: (name: InputName) => string,
  env: NodeJS.ProcessEnv,
  required: boolean,
  minisignKmsKeyId = '',
): AwsSettings | undefined {
  const kmsKeyId = input('kms-key-id')
  if (kmsKeyId === '') {
    if (!required) return undefined
    throw new InputError(
      'missing',
      '`kms-key-id` is required when `mode` is `sign`: give the key id, key ARN, alias/NAME or alias ARN of an asymmetric SIGN_VERIFY KMS key.',
    )
  }
  if (!KEY_ID.test(kmsKeyId)) {
    throw new InputError(
      'invalid',
      `\`kms-key-id\` "${kmsKeyId}" is not a KMS key id, key ARN, alias/NAME or alias ARN.`,
    )
  }
  const roleToAssume = input('role-to-assume')
  if (roleToAssume !== '' && !ROLE_ARN.test(roleToAssume)) {
    throw new InputError(
      'invalid',
      `\`role-to-assume\` "${roleToAssume}" is not an IAM role ARN (arn:aws:iam::ACCOUNT_ID:role/NAME).`,
    )
  }
  const keys: KeyInput[] = [{ input: 'kms-key-id', value: kmsKeyId }]
  if (minisignKmsKeyId !== '') keys.push({ input: 'minisign-kms-key-id', value: minisignKmsKeyId })
  const region = awsRegionFor(keys, roleToAssume, input('aws-region'), env)
  return {
    kmsKeyId,
    region,
    roleToAssume: roleToAssume === '' ? undefined : roleToAssume,
    // The role's partition decides what STS expects: sts.amazonaws.com.cn in China.
    audience:
      input('audience') ||
      defaultAudience(roleToAssume === '' ? 'aws' : partitionOfArn(roleToAssume)),
    roleSessionName: roleSessionName(input('role-session-name'), env),
    roleDurationSeconds: integer(input, 'role-duration-seconds', 900, 900, 43_200),
    sessionPolicy: boolean(input, 'session-policy', true),
    network: readProxy(input('http-proxy'), env),
    oidcIssuer: oidcIssuerFor(env.GITHUB_SERVER_URL),
  }
}

function readProxy(proxyInput: string, env: NodeJS.ProcessEnv): ProxyConfig {
  try {
    return proxyConfigFrom(proxyInput, env)
  } catch (error) {
    if (error instanceof ProxyConfigError) throw new InputError('invalid', error.message)
    throw error
  }
}

/**
 * `formats`: comma- or newline-separated names, each once; default `sig`. Unknown names
 * fail here, before any AWS call, with the valid choices. Kept in SIGN_FORMATS order:
 * the embedded signature is written first, so detached ones cover the file after it.
 */
function readFormats(text: string): SignFormat[] {
  const names = text
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) return ['sig']
  if (names.length === 1 && names[0] === 'none') return []
  const unknown = names.filter((name) => !(SIGN_FORMATS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new InputError(
      'invalid',
      `\`formats\` has ${unknown.map((n) => `"${n}"`).join(', ')}; the formats are ${SIGN_FORMATS.map((f) => `\`${f}\``).join(', ')} (comma- or newline-separated), or \`none\` with \`provenance-path\`.`,
    )
  }
  return SIGN_FORMATS.filter((format) => names.includes(format))
}

function guardPatterns<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof PatternError) throw new InputError('invalid', error.message)
    throw error
  }
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

function optionalPath(workspace: string, file: string, name: InputName): string | undefined {
  return file === '' ? undefined : insideWorkspace(workspace, file, name)
}

function insideWorkspace(workspace: string, file: string, name: InputName): string {
  const absolute = path.resolve(workspace, file)
  const relative = path.relative(workspace, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(
      'invalid',
      `\`${name}\` "${file}" is outside the workspace; give a path inside the repository checkout.`,
    )
  }
  return absolute
}

function oneOf<T extends string>(
  input: (name: InputName) => string,
  name: InputName,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = input(name)
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    'invalid',
    `\`${name}\` is "${value}"; it must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
  )
}

function integer(
  input: (name: InputName) => string,
  name: InputName,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = input(name)
  if (value === '') return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(
      'invalid',
      `\`${name}\` is "${value}"; it must be a whole number from ${min} to ${max}.`,
    )
  }
  return n
}

// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function boolean(input: (name: InputName) => string, name: InputName, fallback: boolean): boolean {
  const value = input(name)
  if (value === '') return fallback
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError('invalid', `\`${name}\` is "${value}"; it must be \`true\` or \`false\`.`)
}
