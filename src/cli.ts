#!/usr/bin/env node
/**
 * `npx dossier-sign verify [files...]`: the pull-request check, run locally. It calls the
 * same `verifyWorkspace` as the action, so it gives the same report and the same exit rule.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { escape } from 'minimatch'
import { reportJson, verifyTotalsOf } from './action/verify-report.js'
import { messageOf } from './errors.js'
import { parseFilePatterns } from './files/file-patterns.js'
import { loadTrust } from './verify/load-trust.js'
import { printable } from './printable.js'
import type { FileReport } from './verify/verify-files.js'
import { VERSION } from './version.js'
import { verifyWorkspace, VerifyWorkspaceError } from './verify/verify-workspace.js'

const USAGE = `Usage: dossier-sign verify [FILE_DIR_OR_GLOB...] [options]

Verify dossiers' embedded and detached signatures offline, exactly as the action's
verify mode does (default: the --files globs under the current directory). A folder
argument is walked with the --files globs.

Options:
  --trusted-keys-file FILE   trusted keys in the upstream format (repeatable)
  --trusted-keys TEXT        trusted-keys entries inline
  --files GLOB               which files a folder holds (repeatable; default **/*.ds.md)
  --provenance-files GLOB    provenance bundles that may verify the files they list (repeatable)
  --expected-repository R    provenance must name this repository (owner/name)
  --expected-workflow W      ...this workflow: a path, or an owner/repo/<path>@<ref> glob
  --expected-ref GLOB        ...a ref matching this glob, e.g. refs/heads/main
  --policy warn|strict       ADR-002 table (warn, default) or strict
  --fail-on block|warn|never exit 1 on BLOCK (default), on WARN too, or never
  --json                     print the report as JSON (the action's \`report\` output)
  --version                  print the version
  -h, --help                 this text

Exit status: 0 when nothing fails per --fail-on (by default: every file ALLOW or WARN);
1 when something does (by default: a file is BLOCKed); 2 on bad usage, or a named file or
trusted-keys file that does not exist. Globs that match nothing are a note on stderr and
exit 0, as in the action (a repository with no dossiers yet passes).`

const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const LABEL: Record<FileReport['recommendation'], string> = {
  ALLOW: 'ALLOW',
  WARN: 'WARN ',
  BLOCK: 'BLOCK',
}

/** The caller's mistake: exit 2, like every other error before a verdict. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'trusted-keys-file': { type: 'string', multiple: true, default: [] },
      'trusted-keys': { type: 'string', default: '' },
      files: { type: 'string', multiple: true, default: [] },
      'provenance-files': { type: 'string', multiple: true, default: [] },
      'expected-repository': { type: 'string' },
      'expected-workflow': { type: 'string' },
      'expected-ref': { type: 'string' },
      policy: { type: 'string', default: 'warn' },
      'fail-on': { type: 'string', default: 'block' },
      json: { type: 'boolean', default: false },
      version: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.version) {
    console.log(VERSION)
    return EXIT.ok
  }
  const [command, ...targets] = positionals
  if (values.help) {
    console.log(USAGE)
    return EXIT.ok
  }
  if (command === undefined) {
    // Bad usage: the text goes to stderr, so `dossier-sign > report.txt` does not hide it.
    console.error(USAGE)
    return EXIT.usage
  }
  if (command !== 'verify') {
    throw new UsageError(`unknown command "${command}"; the only command is \`verify\`.`)
  }
  const policy = oneOf(values.policy, ['warn', 'strict'] as const, '--policy')
  const failOn = oneOf(values['fail-on'], ['block', 'warn', 'never'] as const, '--fail-on')
  const workspace = process.cwd()
  const globs = values.files.length > 0 ? values.files : ['**/*.ds.md']
  const patterns = parseFilePatterns(
    (await patternsFor(workspace, targets, globs)).join('\n'),
    'FILE_DIR_OR_GLOB',
  )
  const provenancePatterns =
    values['provenance-files'].length === 0
      ? undefined
      : parseFilePatterns(values['provenance-files'].join('\n'), '--provenance-files')
  const expected = {
    repository: values['expected-repository'],
    workflow: values['expected-workflow'],
    ref: values['expected-ref'],
  }
  if (provenancePatterns === undefined && Object.values(expected).some(Boolean)) {
    throw new UsageError(
      '--expected-repository, --expected-workflow and --expected-ref apply to provenance bundles; give --provenance-files too.',
    )
  }
  const trust = await loadTrust(
    values['trusted-keys-file'].map((f) => ({ path: path.resolve(workspace, f), display: f })),
    values['trusted-keys'],
  )
  for (const entry of trust.unpinnedArns) {
    console.error(
      `note: ${printable(entry.source)}: the ARN ${entry.arn} has no key bytes, so offline it trusts nothing.`,
    )
  }
  if (trust.keys.length === 0) {
    console.error(
      'note: no trusted keys were given (--trusted-keys-file, --trusted-keys): no signature can be verified.',
    )
  }
  let reports: FileReport[]
  try {
    const verification = await verifyWorkspace({
      workspace,
      patterns,
      trust,
      policy,
      provenance: provenancePatterns && { patterns: provenancePatterns, expected },
    })
    for (const w of verification.warnings) console.error(`warning: ${printable(w.message)}`)
    for (const note of verification.notes) console.error(`warning: ${printable(note)}`)
    reports = verification.reports
  } catch (error) {
    if (!(error instanceof VerifyWorkspaceError)) throw error
    // As the action: a repository with no dossiers yet is not a failure, but it is said.
    console.error(`note: ${printable(error.message)} Nothing was verified.`)
    reports = []
  }
  const totals = verifyTotalsOf(reports)
  if (values.json) {
    console.log(reportJson(reports))
  } else {
    for (const r of reports) {
      console.log(
        `${LABEL[r.recommendation]}  ${printable(r.file)}  checksum=${r.integrity} signature=${r.authenticity}${r.coverage ? ` covers=${r.coverage}` : ''}${r.trustedIdentifier ? ` key=${printable(r.trustedIdentifier)}` : ''}${r.provenance?.workflow ? ` provenance=${printable(r.provenance.workflow)}` : ''}`,
      )
      if (r.recommendation !== 'ALLOW') console.log(`       ${printable(r.message)}`)
    }
    console.log(
      `\n${totals.files} file(s): ${totals.blocked} blocked, ${totals.warned} warned; ${totals.verified} verified, ` +
        `${totals.unknown} unknown key, ${totals.unsigned} unsigned, ${totals.invalid} invalid, ${totals.stale} stale.`,
    )
  }
  const fails = {
    block: totals.blocked > 0,
    warn: totals.blocked + totals.warned > 0,
    never: false,
  }
  return fails[failOn] ? EXIT.failed : EXIT.ok
}

/**
 * Each argument as a glob relative to the workspace: a folder becomes the --files globs
 * under it, an existing file its escaped path, a glob itself. A plain name that does not
 * exist is a usage error, not an empty match: the user named something that is not there.
 */
async function patternsFor(
  workspace: string,
  targets: readonly string[],
  globs: readonly string[],
): Promise<string[]> {
  if (targets.length === 0) return [...globs]
  const patterns: string[] = []
  for (const target of targets) {
    const negated = target.startsWith('!')
    const text = negated ? target.slice(1) : target
    if (negated || /[*?[\]{}]/.test(text)) {
      patterns.push(target)
      continue
    }
    const relative = path
      .relative(workspace, path.resolve(workspace, text))
      .split(path.sep)
      .join('/')
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UsageError(
        `${printable(target)} points outside the workspace (${printable(workspace)}); run the check from the repository's root.`,
      )
    }
    let stats
    try {
      stats = await lstat(path.join(workspace, relative))
    } catch {
      throw new UsageError(`${printable(target)} does not exist.`)
    }
    const literal = escape(relative)
    if (stats.isDirectory() && relative === '') patterns.push(...globs)
    else if (stats.isDirectory()) patterns.push(...globs.map((g) => `${literal}/${g}`))
    else patterns.push(literal)
  }
  return patterns
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T {
  if ((allowed as readonly string[]).includes(value ?? '')) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`)
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bad flag, pattern, path or trusted-keys file: the caller's to fix, before any verdict.
    console.error(`dossier-sign: ${printable(messageOf(error))}`)
    process.exitCode = EXIT.usage
  },
)
