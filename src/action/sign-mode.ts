import { createHash } from 'node:crypto'
import path from 'node:path'
import { AdaptiveLimit } from '../aws/adaptive-limit.js'
import { KmsSigner } from '../aws/kms-signer.js'
import { writeInWorkspace } from '../files/write-in-workspace.js'
import { signFiles, type FileSignResult } from '../sign/sign-files.js'
import { ActionFailure } from './action-failure.js'
import { openKmsSession, type AwsDependencies } from './aws-session.js'
import { matchFiles } from './match-files.js'
import { reportSign } from './sign-report.js'
import type { SignSettings } from './settings.js'

export async function runSign(settings: SignSettings, deps: AwsDependencies): Promise<void> {
  const { io } = deps
  const { aws } = settings
  const matched = await matchFiles(settings.workspace, settings.patterns, settings.maxFiles, io)
  const { kms, claims } = await openKmsSession(aws, deps)
  try {
    const signer = new KmsSigner(kms, aws.kmsKeyId, aws.region, {
      limit: new AdaptiveLimit(settings.concurrency),
    })
    const key = await signer.loadKey(settings.signingAlgorithm)
    io.info(`Signing with ${key.arn} (${key.keySpec}, ${key.algorithm}).`)
    if (settings.dryRun) {
      const outcome = await signer.checkSignPermission(createHash(key.hash).digest())
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

    const results: FileSignResult[] = matched.refused.map((r) => ({
      file: r.file,
      signatureFile: `${r.file}.sig`,
      status: 'failed',
      error: { code: r.code, message: r.message },
    }))
    results.push(
      ...(await signFiles({
        workspace: settings.workspace,
        files: matched.files,
        key,
        signer,
        concurrency: settings.concurrency,
        dryRun: settings.dryRun,
        onResult: (r) =>
          io.info(`${r.status.padEnd(10)} ${r.file}${r.error ? `: ${r.error.message}` : ''}`),
      })),
    )
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
    }
    const totals = await reportSign(io, results, {
      key,
      roleSessionName: aws.roleToAssume ? aws.roleSessionName : undefined,
      oidcSubject: claims?.sub,
      dryRun: settings.dryRun,
    })
    if (totals.failed > 0) {
      throw new ActionFailure(
        'files-failed',
        `${totals.failed} of ${results.length} file(s) were not signed; each failure is annotated and listed in the job summary.`,
      )
    }
  } finally {
    kms.destroy()
  }
}
