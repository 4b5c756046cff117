import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../errors.js'
import { regionOfArn } from '../aws/partitions.js'
import { loadTrust, WORKSPACE_TRUST_FILES, type TrustFile } from '../verify/load-trust.js'
import { pinArn } from '../trust/trust-store.js'
import type { TrustStore } from '../keys/trusted-key.js'
import { verifyWorkspace, VerifyWorkspaceError } from '../verify/verify-workspace.js'
import { ActionFailure } from './action-failure.js'
import { InputError } from './input-error.js'
import type { AwsDependencies } from './aws-session.js'
import { isPullRequestEvent, type PullRequest } from './pull-request.js'
import { fileLinks } from './file-links.js'
import { reportFile } from './report-file.js'
import { failsStep, reportVerify } from './verify-report.js'
import type { VerifySettings } from './settings.js'

export interface VerifyDependencies extends AwsDependencies {
  env: NodeJS.ProcessEnv
  /** The run's pull request (changed files, base commit), undefined when it is not for one. */
  pullRequest(token: string): Promise<PullRequest | undefined>
}

export async function runVerify(settings: VerifySettings, deps: VerifyDependencies): Promise<void> {
  const { io } = deps
  requireBundlesForExpectations(settings)
  const report = reportFile('verify', settings.workspace, settings.reportPath, deps.env)
  await report.check()
  const notes: string[] = []
  // `notes` fills up as the check goes; the summary reads it at the end.
  const facts = { policy: settings.policy, failOn: settings.failOn, notes }
  const onPullRequest = isPullRequestEvent(deps.env)
  const pullRequest = onPullRequest ? await deps.pullRequest(settings.githubToken) : undefined
  const trustFiles = settings.trustedKeysFiles.map((p): TrustFile => ({
    path: p,
    display: relativeTo(settings.workspace, p),
  }))

  const trustFrom =
    settings.trustFrom === 'auto' ? (onPullRequest ? 'base' : 'workspace') : settings.trustFrom
  if (trustFrom === 'base' && pullRequest === undefined && trustFiles.length > 0) {
    throw new ActionFailure(
      'no-base',
      "`trust-from: base` reads the trusted keys from a pull request's base commit, and this run is not for a pull request; use `trust-from: workspace` (the default outside pull requests).",
    )
  }
  const base = trustFrom === 'base' ? pullRequest : undefined
  const loaded = await loadTrust(
    trustFiles,
    settings.trustedKeys,
    base === undefined
      ? WORKSPACE_TRUST_FILES
      : {
          read: (file) => base.baseFile(file.display),
          missingHint: `\`trust-from: base\` reads it as the base commit ${base.baseSha.slice(0, 12)} has it, so a pull request cannot trust its own key: merge the trusted-keys file into the base branch first, or set \`trust-from: workspace\``,
        },
  )
  if (base !== undefined && trustFiles.length > 0) {
    notes.push(
      `Trusted keys read from the base commit ${base.baseSha.slice(0, 12)} (\`trust-from: base\`): a pull request cannot change what this check trusts.`,
    )
  }
  if (pullRequest !== undefined)
    await flagTrustFileChanges(trustFiles, pullRequest, trustFrom, deps, notes)

  const trust = await pinnedTrust(loaded, settings, deps, notes)
  if (trust.keys.length === 0) {
    notes.push(
      'No trusted keys were given (`trusted-keys-file`, `trusted-keys`): no signature can be verified, valid ones are reported as signed by an unknown key.',
    )
  }

  const changedOnly =
    settings.changedOnly === 'true' || (settings.changedOnly === 'auto' && onPullRequest)
  const only = changedOnly
    ? await changedSelection(settings.workspace, pullRequest, deps, notes)
    : undefined
  const places = { report, links: await fileLinks(deps.env) }
  let verification
  try {
    verification = await verifyWorkspace({
      workspace: settings.workspace,
      patterns: settings.patterns,
      trust,
      policy: settings.policy,
      only,
      baseVersion:
        pullRequest === undefined ? undefined : (relative) => pullRequest.baseFile(relative),
      provenance: settings.provenancePatterns && {
        patterns: settings.provenancePatterns,
        expected: settings.expected,
      },
    })
  } catch (error) {
    // A repository with no dossiers yet must not fail every pull request: nothing to
    // check is said out loud, and passes. (Sign mode still fails: it was asked to sign.)
    if (!(error instanceof VerifyWorkspaceError && error.code === 'no-files')) throw error
    io.notice(`${error.message} Nothing was verified, so the step passes.`, {
      title: 'dossier-sign: no files matched',
    })
    const { include, exclude } = settings.patterns
    await reportVerify(
      io,
      [],
      { ...facts, nothingMatched: [...include, ...exclude.map((p) => `!${p}`)].join(', ') },
      places,
    )
    return
  }
  const { reports, warnings, matched, notes: checkNotes } = verification
  for (const w of warnings) io.warning(w.message, { file: w.file })
  for (const note of checkNotes) {
    io.warning(note, { title: 'dossier-sign: provenance' })
    notes.push(note)
  }
  if (only !== undefined) {
    io.info(
      `changed-only: ${reports.length} of ${matched} matching path(s) changed in this pull request.`,
    )
  }
  if (reports.length === 0) {
    io.notice('No matching files changed in this pull request; nothing to verify.', {
      title: 'dossier-sign',
    })
  }
  const totals = await reportVerify(io, reports, facts, places)
  if (failsStep(totals, settings.failOn)) {
    throw new ActionFailure(
      'verdict',
      `${totals.blocked} file(s) BLOCKed and ${totals.warned} WARNed (fail-on: ${settings.failOn}); each is annotated and the job summary lists why.`,
    )
  }
}

/**
 * The paths to check, or undefined to check everything: changed-only fails closed. A
 * list the API cannot give, truncates, or that names nothing in this checkout (a
 * checkout into `path:`) makes every matching file checked, and the summary says why.
 */
async function changedSelection(
  workspace: string,
  pullRequest: PullRequest | undefined,
  deps: VerifyDependencies,
  notes: string[],
): Promise<Set<string> | undefined> {
  const everything = (why: string): undefined => {
    deps.io.warning(`${why}; every matching file was checked.`, { title: 'dossier-sign' })
    notes.push(`${why}; every matching file was checked.`)
    return undefined
  }
  if (pullRequest === undefined) {
    return everything(
      '`changed-only: true` needs a pull_request event, and this run is not for one',
    )
  }
  let changed
  try {
    changed = await pullRequest.changedFiles()
  } catch (error) {
    return everything(`The pull request's changed files could not be listed (${messageOf(error)})`)
  }
  if (changed.truncated) {
    return everything(
      `The pull request changes ${changed.present.length}+ files, more than the API lists (3,000), so its file list is incomplete`,
    )
  }
  if (changed.present.length > 0 && !(await anyExists(workspace, changed.present))) {
    return everything(
      `None of the ${changed.present.length} path(s) this pull request adds or modifies exist in the workspace ${workspace}: is the repository checked out elsewhere (actions/checkout with \`path:\`)? Run this step with that folder as the workspace`,
    )
  }
  return changed.paths
}

/**
 * A pull request that edits a trusted-keys file is said out loud, whatever its size: the
 * base and the checkout's versions are compared directly, not looked up in a file list
 * the API may truncate.
 */
async function flagTrustFileChanges(
  files: readonly TrustFile[],
  pullRequest: PullRequest,
  trustFrom: 'base' | 'workspace',
  deps: VerifyDependencies,
  notes: string[],
): Promise<void> {
  for (const file of files) {
    const [before, after] = await Promise.all([
      pullRequest.baseFile(file.display).catch(() => null),
      WORKSPACE_TRUST_FILES.read(file).catch(() => null),
    ])
    if (before === null || after === null) continue
    if (before !== undefined && after !== undefined && before.equals(after)) continue
    const note =
      trustFrom === 'base'
        ? `This pull request changes the trusted keys file ${file.display}; this check used the base branch's version, so the change takes effect only after merge. Review that change.`
        : `This pull request changes the trusted keys file ${file.display}, and this check trusts the pull request's version of it (\`trust-from: workspace\`): review that change first.`
    deps.io.warning(note, { file: file.display, title: 'dossier-sign: trusted keys changed' })
    notes.push(note)
  }
}

async function anyExists(workspace: string, paths: readonly string[]): Promise<boolean> {
  for (const p of paths) {
    try {
      await lstat(path.join(workspace, p))
      return true
    } catch {
      // keep looking
    }
  }
  return false
}

/**
 * `expected-*` without `provenance-files` would check nothing while looking like a policy.
 * (Belongs with the other input checks in read-settings.ts; here until that file is free.)
 */
function requireBundlesForExpectations(settings: VerifySettings): void {
  const set = Object.entries(settings.expected).filter(([, value]) => value)
  if (settings.provenancePatterns !== undefined || set.length === 0) return
  const inputs = set.map(([field]) => `\`expected-${field}\``).join(', ')
  throw new InputError(
    'invalid',
    `${inputs} apply to provenance bundles, so they need \`provenance-files\` (the bundles' globs in the workspace); give it, or remove them.`,
  )
}

function relativeTo(workspace: string, absolute: string): string {
  return path.relative(workspace, absolute).split(path.sep).join('/')
}

/** ARN entries get key bytes only from KMS itself, and only when the step has AWS access. */
async function pinnedTrust(
  store: TrustStore,
  settings: VerifySettings,
  deps: VerifyDependencies,
  notes: string[],
): Promise<TrustStore> {
  if (store.unpinnedArns.length === 0) return store
  if (!settings.aws) {
    for (const entry of store.unpinnedArns) {
      notes.push(
        `${entry.source}: the ARN ${entry.arn} has no key bytes and this step has no AWS access, so it trusts nothing. List the key's public key (base64 SPKI, see \`public-key-path\`) instead, or give \`role-to-assume\` and \`kms-key-id\`.`,
      )
    }
    return store
  }
  // The AWS SDK is a chunk of its own, loaded only here: most verify runs are offline.
  const [{ openKmsSession }, { fetchPublicKey }] = await Promise.all([
    import('./aws-session.js'),
    import('../aws/kms-public-key.js'),
  ])
  const session = await openKmsSession(
    settings.aws,
    deps,
    store.unpinnedArns.map((entry) => ({ keyId: entry.arn, use: 'read-public-key' })),
  )
  // Each ARN is asked of KMS in its own region (KMS knows a key only there).
  const clients = new Map([[settings.aws.region, session.kms]])
  const clientFor = (region: string) => {
    let client = clients.get(region)
    if (client === undefined) {
      client = session.clientIn(region)
      clients.set(region, client)
    }
    return client
  }
  try {
    let pinned = store
    for (const entry of store.unpinnedArns) {
      const region = regionOfArn(entry.arn)
      const key = await fetchPublicKey(clientFor(region), entry.arn, region)
      pinned = pinArn(pinned, entry.arn, key.spkiDer, entry.identifier)
      deps.io.info(`Pinned ${entry.arn} (${entry.identifier}) to the key bytes KMS returned.`)
    }
    return pinned
  } finally {
    for (const client of clients.values()) client.destroy()
  }
}
