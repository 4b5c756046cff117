import { existsSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../../harness/local-runner.js'

/** The upstream corpus, read in place (never copied into the repo). */
export const UPSTREAM = path.resolve(REPO_ROOT, '../shared/fixtures/upstream-dossiers')
export const HAS_UPSTREAM = existsSync(UPSTREAM)
if (!HAS_UPSTREAM) console.warn(`skipping upstream-fixture tests: ${UPSTREAM} is absent`)

/**
 * The verdict each upstream file must get with its trusted-keys.txt (fixtures README):
 * the v1 (body-only) ones are verified but WARN, their frontmatter unsigned.
 */
export const UPSTREAM_VERDICTS: Record<string, [string, string, string]> = {
  'schema-capability-check.kms-signed.ds.md': ['valid', 'verified', 'WARN'],
  'project-exploration.kms-signed.ds.md': ['valid', 'verified', 'WARN'],
  'setup-dossier-mcp.kms-signed.STALE-checksum.ds.md': ['invalid', 'invalid', 'BLOCK'],
  'add-git-worktree-support.kms-signed.INVALID-signature-valid-checksum.ds.md': [
    'valid',
    'invalid',
    'BLOCK',
  ],
  'hello-world.ed25519-signed.ds.md': ['valid', 'verified', 'WARN'],
  'dossier-content-hello.ed25519-signed.ds.md': ['valid', 'verified', 'ALLOW'],
  'today-summary-skill.v3-spec-signed.ds.md': ['valid', 'verified', 'ALLOW'],
  'qa-sheet-triage-skill.unsigned.ds.md': ['valid', 'unsigned', 'WARN'],
  'tal-liberio-dependency-capability-check.yaml-thirdparty.ds.md': ['invalid', 'invalid', 'BLOCK'],
}

export interface ReportEntry {
  file: string
  integrity: string
  authenticity: string
  recommendation: string
  trustedIdentifier?: string
  signatures: Array<{ kind: string; status: string; keyIdentifier?: string; line?: number }>
}

export function verdicts(report: string | undefined): Record<string, [string, string, string]> {
  const entries = JSON.parse(report ?? '[]') as ReportEntry[]
  return Object.fromEntries(
    entries.map((e) => [e.file, [e.integrity, e.authenticity, e.recommendation]]),
  )
}
