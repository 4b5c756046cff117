import { describe, expect, it } from '@jest/globals'
import { ProvenanceError } from '../../src/formats/provenance/provenance-error.js'
import {
  builderIdOf,
  slsaPredicateFrom,
  workflowProvenanceFrom,
} from '../../src/formats/provenance/slsa-predicate.js'
import { sampleRun, type Json } from './fixtures.js'

describe('slsaPredicateFrom', () => {
  it("builds actions/toolkit's GitHub workflow predicate, field for field", () => {
    // What packages/attest's buildSLSAProvenancePredicate returns for the same claims.
    expect(JSON.stringify(slsaPredicateFrom(sampleRun()))).toBe(
      JSON.stringify({
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/heads/main',
              repository: 'https://github.com/imboard-ai/dossier-sign',
              path: '.github/workflows/sign.yml',
            },
          },
          internalParameters: {
            github: {
              event_name: 'push',
              repository_id: '912345678',
              repository_owner_id: '187654321',
              runner_environment: 'github-hosted',
            },
          },
          resolvedDependencies: [
            {
              uri: 'git+https://github.com/imboard-ai/dossier-sign@refs/heads/main',
              digest: { gitCommit: '5f3b9b0b0c4a6e1f2d7c8a9b0e1f2a3b4c5d6e7f' },
            },
          ],
        },
        runDetails: {
          builder: {
            id: 'https://github.com/imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
          },
          metadata: {
            invocationId:
              'https://github.com/imboard-ai/dossier-sign/actions/runs/14000000001/attempts/1',
          },
        },
      }),
    )
  })

  it("keeps a tag's own '@' in the workflow ref, as toolkit does", () => {
    const predicate = slsaPredicateFrom(
      sampleRun({
        workflowRef: 'o/r/.github/workflows/release.yml@refs/tags/pkg@1.2.0',
        repository: 'o/r',
      }),
    )
    expect(workflowProvenanceFrom(predicate)).toMatchObject({
      workflowPath: '.github/workflows/release.yml',
      workflowRef: 'refs/tags/pkg@1.2.0',
    })
  })

  it('names the reusable workflow as the builder, the calling one as the workflow', () => {
    const run = sampleRun({
      jobWorkflowRef: 'imboard-ai/shared/.github/workflows/sign.yml@refs/tags/v1',
      serverUrl: 'https://ghe.example.com',
    })
    expect(builderIdOf(run)).toBe(
      'https://ghe.example.com/imboard-ai/shared/.github/workflows/sign.yml@refs/tags/v1',
    )
    expect(workflowProvenanceFrom(slsaPredicateFrom(run))).toMatchObject({
      builderId: builderIdOf(run),
      repositoryUrl: 'https://ghe.example.com/imboard-ai/dossier-sign',
      workflowPath: '.github/workflows/sign.yml',
    })
  })
})

describe('workflowProvenanceFrom', () => {
  it('reads back every fact the predicate records', () => {
    expect(workflowProvenanceFrom(slsaPredicateFrom(sampleRun()))).toEqual({
      builderId:
        'https://github.com/imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
      invocationId:
        'https://github.com/imboard-ai/dossier-sign/actions/runs/14000000001/attempts/1',
      repositoryUrl: 'https://github.com/imboard-ai/dossier-sign',
      repository: 'imboard-ai/dossier-sign',
      workflowPath: '.github/workflows/sign.yml',
      workflowRef: 'refs/heads/main',
      sourceRef: 'refs/heads/main',
      commit: '5f3b9b0b0c4a6e1f2d7c8a9b0e1f2a3b4c5d6e7f',
      github: {
        event_name: 'push',
        repository_id: '912345678',
        repository_owner_id: '187654321',
        runner_environment: 'github-hosted',
      },
    })
  })

  const edited = (edit: (p: Json) => void): Record<string, unknown> => {
    const predicate = JSON.parse(JSON.stringify(slsaPredicateFrom(sampleRun())))
    edit(predicate)
    return predicate
  }

  it.each([
    ['another build type', (p: Json) => (p.buildDefinition.buildType = 'x')],
    ['no workflow', (p: Json) => delete p.buildDefinition.externalParameters.workflow],
    ['a numeric run id', (p: Json) => (p.runDetails.metadata.invocationId = 7)],
    ['no dependency', (p: Json) => (p.buildDefinition.resolvedDependencies = [])],
    [
      'a source in another repository',
      (p: Json) =>
        (p.buildDefinition.resolvedDependencies[0].uri =
          'git+https://github.com/evil/x@refs/heads/main'),
    ],
    [
      'a repository that is no URL',
      (p: Json) => {
        p.buildDefinition.externalParameters.workflow.repository = 'not a url'
        p.buildDefinition.resolvedDependencies[0].uri = 'git+not a url@refs/heads/main'
      },
    ],
  ])('refuses a predicate with %s', (_, edit) => {
    expect(() => workflowProvenanceFrom(edited(edit))).toThrow(ProvenanceError)
    try {
      workflowProvenanceFrom(edited(edit))
    } catch (error) {
      expect((error as ProvenanceError).code).toBe('provenance-bad-predicate')
    }
  })
})
