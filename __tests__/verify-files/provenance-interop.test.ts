// Two writers, two readers of formats.md 7: the sign side's bundle (formats/provenance/)
// verifies here, and this suite's own bundle reads there, so neither side's reading of
// the spec passes on a mistake they share with only themselves.
import { sign } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { preAuthEncoding } from '../../src/formats/provenance/dsse.js'
import {
  formatProvenanceBundle,
  parseProvenanceBundle,
} from '../../src/formats/provenance/provenance-bundle.js'
import { statementBytes } from '../../src/formats/provenance/statement.js'
import { provenanceStatement } from '../../src/formats/provenance/write-provenance.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { verifyWorkspace } from '../../src/verify/verify-workspace.js'
import { makeKey } from '../embedded/signed-dossier.js'
import { provenanceBundle, REPORTED_RUN, RUN, sha256Hex } from './provenance-bundles.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'dossier-provenance-interop-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
const key = makeKey('p256')
const FILE = Buffer.from('---dossier\n{"title":"a"}\n---\nbody\n')

describe('provenance bundles across the two sides', () => {
  it("the sign side's bundle verifies here, with the run in the report", async () => {
    const statement = provenanceStatement(
      [{ name: 'a.ds.md', digest: { sha256: sha256Hex(FILE) } }],
      {
        serverUrl: 'https://github.com',
        repository: RUN.repository,
        repositoryId: '1',
        repositoryOwnerId: '2',
        workflowRef: `${RUN.repository}/${RUN.workflowPath}@${RUN.ref}`,
        jobWorkflowRef: RUN.jobWorkflowRef,
        ref: RUN.ref,
        sha: RUN.commit,
        runId: RUN.runId,
        runAttempt: '1',
        eventName: 'push',
        runnerEnvironment: 'github-hosted',
      },
    )
    const payload = statementBytes(statement)
    const signature = sign(
      'sha256',
      preAuthEncoding('application/vnd.in-toto+json', payload),
      key.privateKey,
    )
    const spkiDer = key.publicKey.export({ type: 'spki', format: 'der' })
    writeFileSync(path.join(workspace, 'a.ds.md'), FILE)
    mkdirSync(path.join(workspace, '.dossier'), { recursive: true })
    writeFileSync(
      path.join(workspace, '.dossier/provenance.json'),
      formatProvenanceBundle({ payload, signature, spkiDer }),
    )
    const { reports } = await verifyWorkspace({
      workspace,
      patterns: parseFilePatterns('*.ds.md'),
      trust: buildTrustStore([{ text: `${key.spkiBase64} official\n`, source: 'k' }]),
      policy: 'strict',
      provenance: {
        patterns: parseFilePatterns('.dossier/provenance.json'),
        expected: { repository: RUN.repository, workflow: RUN.workflowPath, ref: RUN.ref },
      },
    })
    expect(reports).toEqual([
      expect.objectContaining({
        file: 'a.ds.md',
        authenticity: 'verified',
        recommendation: 'ALLOW',
        provenance: REPORTED_RUN,
      }),
    ])
  })

  it("this suite's bundle reads on the sign side, subject and signature as written", () => {
    const bundle = parseProvenanceBundle(
      Buffer.from(provenanceBundle({ key, files: { 'a.ds.md': FILE } })),
    )
    expect(bundle.statement.subject).toEqual([
      { name: 'a.ds.md', digest: { sha256: sha256Hex(FILE) } },
    ])
    expect(bundle.statement.predicateType).toBe('https://slsa.dev/provenance/v1')
  })
})
