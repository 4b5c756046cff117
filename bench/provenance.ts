/**
 * Row 6, provenance: N dossiers signed with `formats: none` and `provenance-path`, the
 * whole run attested in one bundle. What counts is KMS Sign calls (the stack's request
 * log): one for the run, so N files per call, against one call per file for `.sig`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { mapBounded } from '../src/bounded-pool.js'
import { parseProvenanceBundle } from '../src/formats/provenance/provenance-bundle.js'
import type { BenchContext } from './context.js'
import { dossierPath, dossierText } from './dossiers.js'
import { num, outcomeOf, type BenchResult } from './report.js'
import { signRun } from './sign-run.js'

const BUNDLE = 'dossiers.intoto.sigstore.json'

export async function benchProvenance(ctx: BenchContext): Promise<BenchResult> {
  const { stack } = ctx.stack
  const n = ctx.options.provenanceFiles
  const workspace = await ctx.temp.make('provenance')
  // Bounded, so tens of thousands of files do not run out of file descriptors.
  await mkdir(path.join(workspace, 'dossiers', 'nested'), { recursive: true })
  await mapBounded(
    Array.from({ length: n }, (_, i) => i),
    64,
    (i) => writeFile(path.join(workspace, dossierPath(i)), dossierText(i)),
  )
  stack.kms.faults.clear()
  stack.kms.faults.latencyMs = ctx.options.latencyMs
  ctx.progress(`provenance: ${n} files, formats: none, one attestation`)
  stack.log.clear()
  const run = await signRun(ctx.stack, workspace, {
    formats: 'none',
    'provenance-path': BUNDLE,
    'max-files': String(n),
  })
  const signCalls = stack.log.count({ service: 'kms', action: 'Sign' })
  if (run.exitCode !== 0) {
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    throw new Error(`the action failed (exit ${run.exitCode}): ${errors.slice(0, 3).join(' | ')}`)
  }
  const subjects = parseProvenanceBundle(await readFile(path.join(workspace, BUNDLE))).statement
    .subject.length
  const filesPerCall = subjects / Math.max(signCalls, 1)
  return {
    rows: [
      {
        bench: 'provenance',
        what: `files per KMS call with formats: none + provenance: ${num(n)} files`,
        measured: `${num(filesPerCall)} files/call (${num(subjects)} subjects / ${signCalls} Sign call${signCalls === 1 ? '' : 's'}), ${num(run.durationMs / 1000, 1)} s`,
        target: `${num(n)} (N/1: one Sign call per run)`,
        outcome: outcomeOf(signCalls === 1 && subjects === n),
      },
    ],
    details: { files: n, subjects, signCalls, filesPerCall, runMs: run.durationMs },
  }
}
