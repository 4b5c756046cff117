// Test helper: provenance bundles (formats.md 7) written here from the spec with
// node:crypto and real keys, apart from src/, so a reader and this writer that shared a
// mistake would have to make it twice.
import { createHash } from 'node:crypto'
import { signPayload, type TestKey } from '../embedded/signed-dossier.js'

export const IN_TOTO = 'application/vnd.in-toto+json'
export const SLSA_V1 = 'https://slsa.dev/provenance/v1'

/** The run the predicate describes, as GitHub's OIDC claims name it. */
export interface RunFacts {
  repository: string
  workflowPath: string
  ref: string
  /** The job workflow (a reusable one, or the run's own): `owner/repo/<path>@<ref>`. */
  jobWorkflowRef: string
  commit: string
  runId: string
}

export const RUN: RunFacts = {
  repository: 'imboard-ai/dossiers',
  workflowPath: '.github/workflows/sign.yml',
  ref: 'refs/heads/main',
  jobWorkflowRef: 'imboard-ai/dossiers/.github/workflows/sign.yml@refs/heads/main',
  commit: '0123456789abcdef0123456789abcdef01234567',
  runId: '4242',
}

/** The report's `provenance` for RUN, spelled out from the predicate's fields. */
export const REPORTED_RUN = {
  repository: RUN.repository,
  workflow: RUN.jobWorkflowRef,
  ref: RUN.ref,
  commit: RUN.commit,
  run: `https://github.com/${RUN.repository}/actions/runs/${RUN.runId}/attempts/1`,
}

export interface BundleOptions {
  key: TestKey
  /** Workspace path to the bytes attested for it. */
  files: Record<string, Buffer | string>
  run?: Partial<RunFacts>
  predicateType?: string
  payloadType?: string
  statementType?: string
  /** Applied to the statement text after signing: a tampered statement. */
  tamper?: (statement: string) => string
  /** The hint; default the signer's. */
  hint?: string
}

const SERVER = 'https://github.com'

/** The predicate actions/toolkit's attest package builds for a workflow run. */
export function githubPredicate(run: RunFacts): Record<string, unknown> {
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: {
          ref: run.ref,
          repository: `${SERVER}/${run.repository}`,
          path: run.workflowPath,
        },
      },
      internalParameters: {
        github: {
          event_name: 'push',
          repository_id: '1',
          repository_owner_id: '2',
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [
        {
          uri: `git+${SERVER}/${run.repository}@${run.ref}`,
          digest: { gitCommit: run.commit },
        },
      ],
    },
    runDetails: {
      builder: { id: `${SERVER}/${run.jobWorkflowRef}` },
      metadata: {
        invocationId: `${SERVER}/${run.repository}/actions/runs/${run.runId}/attempts/1`,
      },
    },
  }
}

/** DSSE v1's pre-authentication encoding, written out from the spec. */
export function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `, 'utf8'),
    payload,
  ])
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function keyHint(key: TestKey): string {
  const der = key.publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(der).digest('base64')
}

/** The statement for `options`, as text. */
export function statementText(options: BundleOptions): string {
  return JSON.stringify({
    _type: options.statementType ?? 'https://in-toto.io/Statement/v1',
    subject: Object.entries(options.files).map(([name, bytes]) => ({
      name,
      digest: { sha256: sha256Hex(bytes) },
    })),
    predicateType: options.predicateType ?? SLSA_V1,
    predicate: githubPredicate({ ...RUN, ...options.run }),
  })
}

/** A bundle over `payload` exactly, signed by `key` (tampering happens after signing). */
export function envelopeBundle(
  key: TestKey,
  payload: Buffer,
  payloadType = IN_TOTO,
  signed: Buffer = payload,
  hint = keyHint(key),
): string {
  const sig = signPayload(key, pae(payloadType, signed))
  return `${JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint } },
    dsseEnvelope: {
      payloadType,
      payload: payload.toString('base64'),
      signatures: [{ sig: sig.toString('base64'), keyid: '' }],
    },
  })}\n`
}

export function provenanceBundle(options: BundleOptions): string {
  const text = statementText(options)
  const signed = Buffer.from(text)
  const shipped = Buffer.from(options.tamper ? options.tamper(text) : text)
  return envelopeBundle(options.key, shipped, options.payloadType, signed, options.hint)
}
