import path from 'node:path'
import type { OidcClaims } from '../aws/oidc-claims.js'
import { CodedError, messageOf } from '../errors.js'
import { builderIdOf } from '../formats/provenance/slsa-predicate.js'
import { payloadThatFits, provenanceStatement } from '../formats/provenance/write-provenance.js'
import type { DigestKey, DigestSigner } from '../formats/writing.js'
import { attestFiles } from '../sign/attest-files.js'
import type { FileSignResult } from '../sign/sign-files.js'
import { printable } from '../printable.js'
import type { ActionIo } from './action-io.js'
import { factsSourceOf, provenanceFactsFrom, type ProvenanceFacts } from './provenance-facts.js'
import type { SignSettings } from './settings.js'
import type { ProvenanceReport } from './sign-report.js'

export class ProvenanceSetupError extends CodedError<
  'provenance-facts-missing' | 'provenance-path-matched'
> {}

/** A run's provenance plan, settled before any file is signed. */
export interface ProvenancePlan {
  target: string
  /** Workspace-relative, `/` separators. */
  relative: string
  facts: ProvenanceFacts & { run: NonNullable<ProvenanceFacts['run']> }
  source: string
}

/**
 * Fails before any signature when the attestation could not be made right: a fact of
 * the predicate in neither the token nor the runner's variables, a bundle path that is
 * itself one of the files (its subject would describe the bytes it replaces), or more
 * files than one bundle a verifier reads can list.
 */
export function planProvenance(
  target: string,
  settings: SignSettings,
  files: readonly string[],
  claims: OidcClaims | undefined,
  env: NodeJS.ProcessEnv,
): ProvenancePlan {
  const relative = path.relative(settings.workspace, target).split(path.sep).join('/')
  if (files.includes(relative)) {
    throw new ProvenanceSetupError(
      'provenance-path-matched',
      `\`provenance-path\` ${relative} is one of the files \`files\` matched, so the attestation would list the bytes it then replaces; nothing was signed. Exclude it from \`files\` (\`!${relative}\`) or write the bundle elsewhere.`,
    )
  }
  const facts = provenanceFactsFrom(claims, env)
  if (facts.run === undefined) {
    throw new ProvenanceSetupError(
      'provenance-facts-missing',
      `\`provenance-path\` records the workflow run, but ${facts.missing.join(', ')} ${facts.missing.length === 1 ? 'is' : 'are'} in neither the OIDC token nor the runner environment; nothing was signed. Run it in a GitHub Actions job (with \`role-to-assume\` the token's claims are used).`,
    )
  }
  // Exact: every digest is 64 hex digits, whatever the file holds.
  const placeholder = '0'.repeat(64)
  payloadThatFits(
    provenanceStatement(
      files.map((name) => ({ name, digest: { sha256: placeholder } })),
      facts.run,
    ),
  )
  return { target, relative, facts: facts as ProvenancePlan['facts'], source: factsSourceOf(facts) }
}

export interface ProvenanceStep {
  report: ProvenanceReport
  /** Why no bundle was written, to fail the step with once the summary is out. */
  error?: unknown
}

/**
 * The run's one attestation, after every signature: over each matched file's final
 * bytes, reusing the SHA-256 the sign pipeline read after any embedding. A run with a
 * failed file writes none (an attestation never covers a half-signed run).
 */
export async function attestRun(options: {
  plan: ProvenancePlan
  settings: SignSettings
  files: readonly string[]
  results: readonly FileSignResult[]
  key: DigestKey
  signer: DigestSigner
  io: ActionIo
}): Promise<ProvenanceStep> {
  const { plan, settings, results, io } = options
  const base = {
    path: plan.relative,
    subjects: options.files.length,
    builderId: builderIdOf(plan.facts.run),
    source: plan.source,
  }
  const failed = new Set(results.filter((r) => r.status === 'failed').map((r) => r.file)).size
  if (failed > 0) {
    return {
      report: {
        ...base,
        status: 'not-written',
        reason: `${failed} file(s) failed, so the run is not attested`,
      },
    }
  }
  // Detached rows hash the file as signed, after any embedding; embedded rows carry none.
  const known = new Map<string, string>()
  for (const r of results) {
    if (r.format !== 'embedded' && r.sha256 !== undefined) known.set(r.file, r.sha256)
  }
  try {
    const attestation = await attestFiles({
      workspace: settings.workspace,
      files: options.files,
      known,
      run: plan.facts.run,
      key: options.key,
      signer: options.signer,
      target: plan.target,
      concurrency: settings.concurrency,
      dryRun: settings.dryRun,
    })
    const subjects = attestation.statement.subject.length
    // The path is an input and the builder a claim or variable: neither may start a workflow command.
    const where = `${printable(plan.relative)}, builder ${printable(attestation.builderId)}, facts from ${plan.source}`
    io.info(
      attestation.written
        ? `Attested ${subjects} file(s) in ${where} (one Sign call; ${attestation.hashed} file(s) hashed for it).`
        : `Would attest ${subjects} file(s) in ${where}.`,
    )
    return {
      report: {
        ...base,
        subjects,
        status: attestation.written ? 'written' : 'would-write',
      },
    }
  } catch (error) {
    return { report: { ...base, status: 'failed', reason: messageOf(error) }, error }
  }
}
