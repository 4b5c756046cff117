import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { planProvenance } from '../../src/action/provenance-run.js'
import type { SignSettings } from '../../src/action/settings.js'
import { claimsFromJwt } from '../../src/aws/oidc-claims.js'
import { defaultGitHubClaims } from '../../stack/github-claims.js'
import { sampleRun } from './fixtures.js'

const workspace = '/work/ws'
const settings = { workspace } as SignSettings
const claims = claimsFromJwt(
  `e30.${Buffer.from(JSON.stringify(defaultGitHubClaims())).toString('base64url')}.sig`,
)
const target = path.join(workspace, 'attest/prov.json')

function codeOf(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    return String((error as { code?: string }).code)
  }
  return 'planned'
}

describe('planProvenance (before any file is signed)', () => {
  it('plans the bundle with the facts and where they came from', () => {
    const plan = planProvenance(target, settings, ['a.ds.md'], claims, {})
    expect(plan.relative).toBe('attest/prov.json')
    expect(plan.facts.run).toEqual(sampleRun())
    expect(plan.source).toBe('the OIDC token claims (accepted by STS)')
  })

  it('refuses a bundle path that is one of the files', () => {
    expect(codeOf(() => planProvenance(target, settings, ['attest/prov.json'], claims, {}))).toBe(
      'provenance-path-matched',
    )
  })

  it('refuses a run whose facts are in neither the token nor the environment', () => {
    expect(codeOf(() => planProvenance(target, settings, ['a'], undefined, {}))).toBe(
      'provenance-facts-missing',
    )
  })

  it('refuses more files than one bundle a verifier reads can list', () => {
    const files = Array.from({ length: 600 }, (_, i) => `${'d/'.repeat(15_000)}${i}.ds.md`)
    expect(codeOf(() => planProvenance(target, settings, files, claims, {}))).toBe(
      'provenance-too-large',
    )
    expect(codeOf(() => planProvenance(target, settings, files.slice(0, 100), claims, {}))).toBe(
      'planned',
    )
  })
})
