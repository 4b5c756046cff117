import path from 'node:path'
import { fetchPublicKey } from '../aws/kms-public-key.js'
import { loadTrust } from '../load-trust.js'
import { pinArn } from '../trust/trust-store.js'
import type { TrustStore } from '../trust/trusted-key.js'
import { verifyFiles, type FileReport } from '../verify-files.js'
import { ActionFailure } from './action-failure.js'
import { openKmsSession, type AwsDependencies } from './aws-session.js'
import { isPullRequestEvent } from './changed-files.js'
import { matchFiles } from './match-files.js'
import { reportVerify, type VerifyTotals } from './verify-report.js'
import type { FailOn, VerifySettings } from './settings.js'

export interface VerifyDependencies extends AwsDependencies {
  env: NodeJS.ProcessEnv
  /** The pull request's changed paths; undefined when it is too large to list. */
  changedFiles(token: string): Promise<Set<string> | undefined>
}

export async function runVerify(settings: VerifySettings, deps: VerifyDependencies): Promise<void> {
  const { io } = deps
  const notes: string[] = []
  const relative = (absolute: string): string =>
    path.relative(settings.workspace, absolute).split(path.sep).join('/')

  const { files, refused } = await matchFiles(settings.workspace, settings.patterns, Infinity, io)
  let errors = refused
  let selected = files
  const changedOnly =
    settings.changedOnly === 'true' ||
    (settings.changedOnly === 'auto' && isPullRequestEvent(deps.env))
  if (changedOnly) {
    const changed = await deps.changedFiles(settings.githubToken)
    if (changed === undefined) {
      notes.push(
        'The pull request is too large for the API to list its files, so every matching file was checked.',
      )
    } else {
      selected = files.filter((f) => changed.has(f))
      errors = errors.filter((r) => changed.has(r.file))
      const trustFiles = settings.trustedKeysFiles.map(relative).filter((f) => changed.has(f))
      for (const f of trustFiles) {
        const note = `This pull request changes the trusted keys file ${f}, and this check trusts the pull request's version of it: review that change first.`
        io.warning(note, { file: f })
        notes.push(note)
      }
      io.info(
        `changed-only: ${selected.length + errors.length} of ${files.length} matching file(s) changed in this pull request.`,
      )
    }
  }

  const trust = await pinnedTrust(
    await loadTrust(
      settings.trustedKeysFiles.map((p) => ({ path: p, display: relative(p) })),
      settings.trustedKeys,
    ),
    settings,
    deps,
    notes,
  )
  if (trust.keys.length === 0) {
    notes.push(
      'No trusted keys were given (`trusted-keys-file`, `trusted-keys`): no signature can be verified, valid ones are reported as signed by an unknown key.',
    )
  }

  const reports: FileReport[] = [
    ...errors.map((r): FileReport => ({
      file: r.file,
      integrity: 'missing',
      authenticity: 'error',
      recommendation: 'BLOCK',
      signatures: [],
      message: r.message,
      code: r.code,
    })),
    ...(await verifyFiles({
      workspace: settings.workspace,
      files: selected.map((f) => path.join(settings.workspace, f)),
      trust,
      policy: settings.policy,
    })),
  ]
  if (reports.length === 0) {
    io.notice('No matching files changed in this pull request; nothing to verify.', {
      title: 'dossier-sign',
    })
  }
  const totals = await reportVerify(io, reports, settings.policy, notes)
  const failure = failureOf(totals, settings.failOn)
  if (failure) throw new ActionFailure('verdict', failure)
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
  const { kms } = await openKmsSession(settings.aws, deps)
  try {
    let pinned = store
    for (const entry of store.unpinnedArns) {
      const key = await fetchPublicKey(kms, entry.arn, settings.aws.region)
      pinned = pinArn(pinned, entry.arn, key.spkiDer, entry.identifier)
      deps.io.info(`Pinned ${entry.arn} (${entry.identifier}) to the key bytes KMS returned.`)
    }
    return pinned
  } finally {
    kms.destroy()
  }
}

const FAILS: Record<FailOn, (t: VerifyTotals) => boolean> = {
  block: (t) => t.blocked > 0,
  warn: (t) => t.blocked + t.warned > 0,
  never: () => false,
}

function failureOf(totals: VerifyTotals, failOn: FailOn): string | undefined {
  if (!FAILS[failOn](totals)) return undefined
  return `${totals.blocked} file(s) BLOCKed and ${totals.warned} WARNed (fail-on: ${failOn}); each is annotated and the job summary lists why.`
}
