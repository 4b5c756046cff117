import { createHash } from 'node:crypto'
import path from 'node:path'
import { AdaptiveLimit } from '../aws/adaptive-limit.js'
import { KmsSigner } from '../aws/kms-signer.js'
import { writeInWorkspace } from '../files/write-in-workspace.js'
import type { DetachedKind } from '../formats/registry.js'
import { embedFiles } from '../sign/embed-files.js'
import { signFiles, type FileSignResult } from '../sign/sign-files.js'
import { ActionFailure } from './action-failure.js'
import { openKmsSession, signRunKeys, type AwsDependencies } from './aws-session.js'
import { fileLinks } from './file-links.js'
import { matchFiles } from './match-files.js'
import { openMinisignKey } from './minisign-session.js'
import { attestRun, planProvenance } from './provenance-run.js'
import { reportFile } from './report-file.js'
import { fileCounts, reportSign } from './sign-report.js'
import type { SignSettings } from './settings.js'

/** `env`: the runner's variables, the fallback for provenance facts the OIDC token lacks. */
export async function runSign(
  settings: SignSettings,
  deps: AwsDependencies,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { io } = deps
  const { aws } = settings
  const report = reportFile('sign', settings.workspace, settings.reportPath, env)
  // A `report-path` that cannot be written is refused before any file is signed.
  await report.check()
  const matched = await matchFiles(
    settings.workspace,
    settings.patterns,
    settings.maxFiles,
    io,
    settings.shard,
  )
  if (matched.files.length === 0 && matched.refused.length === 0) {
    // A shard whose slice is empty still reports (an empty report the merge counts as
    // this shard's), and makes no AWS call: there is nothing to sign.
    await reportSign(
      io,
      [],
      {
        formats: settings.formats,
        dryRun: settings.dryRun,
        shard: settings.shard,
        matched: matched.matched,
      },
      { report, links: await fileLinks(env) },
    )
    return
  }
  const { kms, claims } = await openKmsSession(aws, deps, signRunKeys(settings))
  try {
    const limit = new AdaptiveLimit(settings.concurrency)
    const signer = new KmsSigner(kms, aws.kmsKeyId, aws.region, { limit })
    const key = await signer.loadKey(settings.signingAlgorithm)
    io.info(`Signing with ${key.arn} (${key.keySpec}, ${key.algorithm}).`)
    const provenance = settings.provenancePath
      ? planProvenance(settings.provenancePath, settings, matched.files, claims, env)
      : undefined
    const minisign = settings.formats.includes('minisig')
      ? await openMinisignKey(kms, settings, limit)
      : undefined
    if (minisign) io.info(`minisign signatures with ${minisign.arn} (key id ${minisign.keyIdHex}).`)
    if (settings.dryRun) {
      const outcome = await signer.checkSignPermission(createHash(key.hash).digest())
      if (minisign && (await minisign.checkSignPermission()) === 'signed-despite-dry-run') {
        io.error(
          `The KMS endpoint ignored DryRun: the dry-run permission check made a real signature with ${minisign.arn}, and CloudTrail records it. No file was signed or written.`,
          { title: 'dossier-sign: DryRun ignored' },
        )
      }
      // Not a failed step: the permission the dry run asks about is there. But the
      // dry run promised to sign nothing, and a real signature now exists in the
      // audit trail, so this must be the loudest line of the run.
      if (outcome === 'signed-despite-dry-run') {
        io.error(
          `The KMS endpoint ignored DryRun: the dry-run permission check made a real signature with ${key.arn}, and CloudTrail records it as a real kms:Sign call. No file was signed or written. Real AWS KMS answers DryRun with DryRunOperationException; check AWS_ENDPOINT_URL_KMS / AWS_ENDPOINT_URL if they point elsewhere.`,
          { title: 'dossier-sign: DryRun ignored' },
        )
      }
    }

    const log = (r: FileSignResult) =>
      io.info(
        `${r.status.padEnd(10)} ${r.format.padEnd(8)} ${r.file}${r.error ? `: ${r.error.message}` : ''}`,
      )
    const [firstFormat = 'sig'] = settings.formats
    const results: FileSignResult[] = matched.refused.map((r) => ({
      file: r.file,
      format: firstFormat,
      signatureFile: r.file,
      status: 'failed',
      error: { code: r.code, message: r.message },
    }))
    let files = matched.files
    if (settings.formats.includes('embedded')) {
      const embedded = await embedFiles({
        workspace: settings.workspace,
        files,
        key,
        signer,
        concurrency: settings.concurrency,
        signedAt: new Date().toISOString(),
        signedBy: signedBy(settings),
        replace: settings.replaceEmbeddedSignatures,
        dryRun: settings.dryRun,
        onResult: log,
      })
      results.push(...embedded)
      // A detached signature over a dossier whose embedding failed would sign bytes the
      // user asked to have changed first: those files get no detached signature this run.
      const failed = new Set(embedded.filter((r) => r.status === 'failed').map((r) => r.file))
      files = files.filter((f) => !failed.has(f))
    }
    const detached = settings.formats.filter((f): f is DetachedKind => f !== 'embedded')
    if (detached.length > 0) {
      results.push(
        ...(await signFiles({
          workspace: settings.workspace,
          files,
          formats: detached,
          key,
          signer,
          minisign: minisign?.signing,
          concurrency: settings.concurrency,
          dryRun: settings.dryRun,
          onResult: log,
        })),
      )
    }
    if (settings.publicKeyPath && !settings.dryRun) {
      await writeInWorkspace(
        settings.workspace,
        settings.publicKeyPath,
        key.publicKeyPem,
        'public-key-path',
      )
      io.info(
        `Wrote the public key to ${path.relative(settings.workspace, settings.publicKeyPath)}.`,
      )
      if (minisign) {
        await writeInWorkspace(
          settings.workspace,
          `${settings.publicKeyPath}.minisign.pub`,
          minisign.publicKeyFile,
          'public-key-path',
        )
      }
    }
    if (minisign) io.setOutput('minisign-public-key', minisign.rwLine)
    // One attestation for the whole run, over the files as the signatures left them.
    const attested = provenance
      ? await attestRun({
          plan: provenance,
          settings,
          files: matched.files,
          results,
          key,
          signer,
          io,
        })
      : undefined
    const totals = await reportSign(
      io,
      results,
      {
        key,
        formats: settings.formats,
        minisign: minisign ? { arn: minisign.arn, keyIdHex: minisign.keyIdHex } : undefined,
        roleSessionName: aws.roleToAssume ? aws.roleSessionName : undefined,
        oidcSubject: claims?.sub,
        dryRun: settings.dryRun,
        provenance: attested?.report,
        shard: settings.shard,
        matched: matched.matched,
      },
      { report, links: await fileLinks(env) },
    )
    if (totals.failed > 0) {
      const { files, failed } = fileCounts(results)
      throw new ActionFailure(
        'files-failed',
        `${failed} of ${files} file(s) were not signed (${totals.failed} signature(s) not written); each failure is annotated and listed in the job summary.`,
      )
    }
    if (attested?.error !== undefined) throw attested.error
  } finally {
    kms.destroy()
  }
}

/** The embedded signature's `signed_by`: who signed, for people (the key is what counts). */
function signedBy(settings: SignSettings): string {
  const { repository, runId, serverUrl } = settings.run
  if (repository === undefined) return 'dossier-sign'
  const run =
    runId === undefined
      ? ''
      : ` run ${serverUrl ?? 'https://github.com'}/${repository}/actions/runs/${runId}`
  return `dossier-sign (${repository}${run})`
}
