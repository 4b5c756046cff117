// provenance-path through dist/ on the local stack: ONE Sigstore DSSE bundle per run,
// one KMS Sign call for it whatever the number of files, checked by @sigstore/verify
// with the key as the only trust material.
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { peerVerdict as peerVerdictFor, type Json } from '../provenance/fixtures.js'
import { parseProvenanceBundle } from '../../src/formats/provenance/provenance-bundle.js'
import {
  SLSA_PROVENANCE_V1,
  workflowProvenanceFrom,
} from '../../src/formats/provenance/slsa-predicate.js'
import { defaultGitHubClaims } from '../../stack/github-claims.js'
import {
  assertDistIsFresh,
  cleanup,
  failure,
  runSign,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

let ctx: DefaultStack
let spkiDer: Buffer
const workspaces: string[] = []

beforeAll(async () => {
  assertDistIsFresh()
  ctx = await startDefaultStack()
  spkiDer = ctx.key.publicKeyDer
})
afterAll(async () => {
  await ctx?.stack.stop()
  await cleanup(...workspaces)
})
beforeEach(() => {
  ctx.stack.log.clear()
  ctx.stack.oidc.claims = {}
})

async function workspaceWith(count: number): Promise<{ workspace: string; files: string[] }> {
  const workspace = await tempWorkspace('provenance')
  workspaces.push(workspace)
  return { workspace, files: await writeDossiers(workspace, count) }
}

const sha256Of = async (workspace: string, file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path.join(workspace, file)))
    .digest('hex')

const signCalls = (): number => ctx.stack.log.count({ service: 'kms', action: 'Sign', status: 200 })

async function readBundle(workspace: string, rel: string) {
  const bytes = await readFile(path.join(workspace, rel))
  return { text: bytes.toString(), bundle: parseProvenanceBundle(bytes) }
}

/** Every subject is a matched file with the SHA-256 of its bytes on disk now. */
async function expectSubjectsMatch(workspace: string, files: string[], subjects: unknown[]) {
  const digests = await Promise.all(files.map((f) => sha256Of(workspace, f)))
  expect(subjects).toEqual(files.map((name, i) => ({ name, digest: { sha256: digests[i] } })))
}

const peerVerdict = (text: string): string => peerVerdictFor(text, spkiDer)

describe('provenance-path', () => {
  it('attests one file beside its .sig, with the run facts from the OIDC token', async () => {
    const { workspace, files } = await workspaceWith(1)
    // A token unlike the runner's variables (run 4242, sha 000...): the token must win.
    ctx.stack.oidc.claims = {
      run_id: '98765',
      run_attempt: '2',
      sha: 'c0ffee'.padEnd(40, '0'),
      ref: 'refs/tags/v1.2.0',
      workflow_ref: 'imboard-ai/dossier-sign/.github/workflows/release.yml@refs/tags/v1.2.0',
      job_workflow_ref: 'imboard-ai/shared/.github/workflows/sign.yml@refs/heads/main',
      event_name: 'release',
    }
    const run = await runSign(ctx, workspace, {
      inputs: { 'provenance-path': 'attest/dossiers.intoto.sigstore.json' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['provenance-path']).toBe('attest/dossiers.intoto.sigstore.json')
    expect(run.outputs['signed-count']).toBe('1')
    expect(signCalls()).toBe(2) // the .sig, and the attestation

    const { text, bundle } = await readBundle(workspace, 'attest/dossiers.intoto.sigstore.json')
    expect(peerVerdict(text)).toBe('verified')
    expect(bundle.hint).toBe(createHash('sha256').update(spkiDer).digest('base64'))
    expect(bundle.statement.predicateType).toBe(SLSA_PROVENANCE_V1)
    await expectSubjectsMatch(workspace, files, bundle.statement.subject)
    expect(workflowProvenanceFrom(bundle.statement.predicate)).toMatchObject({
      builderId: 'https://github.com/imboard-ai/shared/.github/workflows/sign.yml@refs/heads/main',
      invocationId: 'https://github.com/imboard-ai/dossier-sign/actions/runs/98765/attempts/2',
      repository: 'imboard-ai/dossier-sign',
      workflowPath: '.github/workflows/release.yml',
      workflowRef: 'refs/tags/v1.2.0',
      sourceRef: 'refs/tags/v1.2.0',
      commit: 'c0ffee'.padEnd(40, '0'),
      github: {
        event_name: 'release',
        repository_id: defaultGitHubClaims().repository_id,
        repository_owner_id: defaultGitHubClaims().repository_owner_id,
        runner_environment: 'github-hosted',
      },
    })
    expect(run.summary).toContain('1 subject(s), one Sign call')
    expect(run.summary).toContain(
      '`https://github.com/imboard-ai/shared/.github/workflows/sign.yml@refs/heads/main`',
    )
    expect(run.summary).toMatch(/, facts from the OIDC token claims \(accepted by STS\)\n/)
  })

  it('attests 1,000 files with formats: none in exactly ONE Sign call', async () => {
    const { workspace, files } = await workspaceWith(1000)
    const run = await runSign(ctx, workspace, {
      inputs: { formats: 'none', 'provenance-path': 'dossiers.intoto.json' },
    })
    expect(run.exitCode).toBe(0)
    expect(ctx.stack.log.count({ service: 'kms', action: 'Sign' })).toBe(1)
    expect(signCalls()).toBe(1)
    expect(run.outputs['provenance-path']).toBe('dossiers.intoto.json')
    expect(run.outputs['signed-count']).toBe('0')
    const { text, bundle } = await readBundle(workspace, 'dossiers.intoto.json')
    expect(bundle.statement.subject).toHaveLength(1000)
    await expectSubjectsMatch(workspace, files, bundle.statement.subject)
    expect(peerVerdict(text)).toBe('verified')
    // No per-file signature anywhere.
    const written = await readdir(workspace, { recursive: true })
    expect(written.filter((f) => /\.(sig|sigstore\.json|minisig)$/.test(f))).toEqual([])
    expect(run.summary).toContain('1000 subject(s), one Sign call')
    expect(run.summary).toContain('- Formats: none')
  })

  it('with formats: embedded, sig attests each file as embedding left it', async () => {
    const { workspace, files } = await workspaceWith(5)
    const before = await Promise.all(files.map((f) => sha256Of(workspace, f)))
    const run = await runSign(ctx, workspace, {
      inputs: { formats: 'embedded, sig', 'provenance-path': 'prov.json' },
    })
    expect(run.exitCode).toBe(0)
    expect(signCalls()).toBe(5 * 2 + 1)
    const { text, bundle } = await readBundle(workspace, 'prov.json')
    await expectSubjectsMatch(workspace, files, bundle.statement.subject)
    const digests = bundle.statement.subject.map((s) => s.digest.sha256)
    expect(digests.filter((d, i) => d === before[i])).toEqual([]) // every file changed
    // The same digests the .sig rows report: the bytes as signed.
    const rows = JSON.parse(run.outputs['signatures'] ?? '[]') as Array<Record<string, string>>
    expect(rows.filter((r) => r.format === 'sig').map((r) => r.sha256)).toEqual(digests)
    expect(peerVerdict(text)).toBe('verified')
  })

  it('takes the facts from the runner environment without a token, and says so', async () => {
    const { workspace } = await workspaceWith(2)
    const run = await runSign(ctx, workspace, {
      inputs: { 'role-to-assume': '', formats: 'none', 'provenance-path': 'prov.json' },
      env: {
        AWS_ACCESS_KEY_ID: ctx.user.accessKeyId,
        AWS_SECRET_ACCESS_KEY: ctx.user.secretAccessKey,
        GITHUB_WORKFLOW_REF: 'imboard-ai/dossier-sign/.github/workflows/env.yml@refs/heads/main',
        GITHUB_REPOSITORY_ID: '11',
        GITHUB_REPOSITORY_OWNER_ID: '22',
        RUNNER_ENVIRONMENT: 'self-hosted',
      },
    })
    expect(run.exitCode).toBe(0)
    const { bundle } = await readBundle(workspace, 'prov.json')
    expect(workflowProvenanceFrom(bundle.statement.predicate)).toMatchObject({
      builderId:
        'https://github.com/imboard-ai/dossier-sign/.github/workflows/env.yml@refs/heads/main',
      invocationId: 'https://github.com/imboard-ai/dossier-sign/actions/runs/4242/attempts/1',
      commit: '0'.repeat(40),
      github: { repository_id: '11', repository_owner_id: '22', runner_environment: 'self-hosted' },
    })
    expect(run.summary).toContain('the runner environment')
    expect(run.summary).not.toContain('OIDC token claims')
  })

  it('refuses, before any Sign call, a run whose facts are in neither place', async () => {
    const { workspace } = await workspaceWith(2)
    const run = await runSign(ctx, workspace, {
      inputs: { 'role-to-assume': '', 'provenance-path': 'prov.json' },
      env: {
        AWS_ACCESS_KEY_ID: ctx.user.accessKeyId,
        AWS_SECRET_ACCESS_KEY: ctx.user.secretAccessKey,
      },
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('workflow_ref (GITHUB_WORKFLOW_REF)')
    expect(ctx.stack.log.count({ service: 'kms', action: 'Sign' })).toBe(0)
    expect((await readdir(workspace)).sort()).toEqual(['dossiers'])
  })

  it('refuses a provenance-path that is one of the matched files', async () => {
    const { workspace } = await workspaceWith(2)
    await writeFile(path.join(workspace, 'prov.ds.md'), '---\ntitle: x\n---\nold\n')
    const run = await runSign(ctx, workspace, { inputs: { 'provenance-path': 'prov.ds.md' } })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toContain('`provenance-path` prov.ds.md is one of the files')
    expect(ctx.stack.log.count({ service: 'kms', action: 'Sign' })).toBe(0)
  })

  it('in a dry run signs nothing, writes nothing, and reports what it would attest', async () => {
    const { workspace } = await workspaceWith(3)
    const run = await runSign(ctx, workspace, {
      inputs: { 'dry-run': 'true', formats: 'none', 'provenance-path': 'prov.json' },
    })
    expect(run.exitCode).toBe(0)
    expect(signCalls()).toBe(0)
    expect((await readdir(workspace)).sort()).toEqual(['dossiers'])
    expect(run.outputs['provenance-path']).toBeUndefined()
    expect(run.summary).toContain('would write')
    expect(run.summary).toContain('3 subject(s)')
  })

  it('writes no attestation for a run where a file failed', async () => {
    const { workspace } = await workspaceWith(2)
    // A file that starts like an embedded payload is never given a .sig.
    await writeFile(path.join(workspace, 'dossiers/z.ds.md'), 'dossier-signature-v2\nx')
    const run = await runSign(ctx, workspace, { inputs: { 'provenance-path': 'prov.json' } })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('not written')
    await expect(readFile(path.join(workspace, 'prov.json'))).rejects.toThrow()
  })

  it('a changed statement fails the peer: subject digest, predicate, or type', async () => {
    const { workspace } = await workspaceWith(3)
    const run = await runSign(ctx, workspace, {
      inputs: { formats: 'none', 'provenance-path': 'prov.json' },
    })
    expect(run.exitCode).toBe(0)
    const { text } = await readBundle(workspace, 'prov.json')
    expect(peerVerdict(text)).toBe('verified')
    const withPayload = (edit: (statement: Json) => void): string => {
      const bundle = JSON.parse(text)
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
      edit(statement)
      bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
      return JSON.stringify(bundle)
    }
    const tampered = [
      withPayload((s) => (s.subject[1].digest.sha256 = 'f'.repeat(64))),
      withPayload((s) =>
        s.subject.push({ name: 'evil.ds.md', digest: { sha256: 'e'.repeat(64) } }),
      ),
      withPayload(
        (s) =>
          (s.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit = '1'.repeat(40)),
      ),
      withPayload((s) => (s.predicateType = 'https://example.com/other')),
    ]
    for (const bundle of tampered) expect(peerVerdict(bundle)).toBe('SIGNATURE_ERROR')
  })
})
