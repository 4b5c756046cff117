#!/usr/bin/env node
/**
 * `npx dossier-sign verify [files...]`: the pull-request check, run locally, so a
 * contributor sees the same verdicts the action reports.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { reportJson, verifyTotalsOf } from './action/verify-report.js'
import { messageOf } from './errors.js'
import { printable } from './printable.js'
import { parseFilePatterns } from './files/file-patterns.js'
import { findWorkspaceFiles } from './files/workspace-files.js'
import { loadTrust } from './load-trust.js'
import { verifyFiles, type FileReport } from './verify-files.js'

const USAGE = `Usage: dossier-sign verify [FILE_OR_GLOB...] [options]

Verify dossiers' embedded and detached signatures offline (default: **/*.ds.md
under the current directory).

Options:
  --trusted-keys-file FILE   trusted keys in the upstream format (repeatable)
  --trusted-keys TEXT        trusted-keys entries inline
  --policy warn|strict       ADR-002 table (warn, default) or strict
  --fail-on block|warn|never exit 1 on BLOCK (default), on WARN too, or never
  --json                     print the report as JSON
  -h, --help                 this text

Exit status: 0 when nothing fails per --fail-on, 1 when it does, 2 on bad usage.`

const ICON: Record<FileReport['recommendation'], string> = {
  ALLOW: 'ALLOW',
  WARN: 'WARN ',
  BLOCK: 'BLOCK',
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'trusted-keys-file': { type: 'string', multiple: true, default: [] },
      'trusted-keys': { type: 'string', default: '' },
      policy: { type: 'string', default: 'warn' },
      'fail-on': { type: 'string', default: 'block' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, ...targets] = positionals
  if (values.help || command === undefined) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  if (command !== 'verify')
    throw new UsageError(`unknown command "${command}"; the only command is \`verify\`.`)
  const policy = oneOf(values.policy, ['warn', 'strict'] as const, '--policy')
  const failOn = oneOf(values['fail-on'], ['block', 'warn', 'never'] as const, '--fail-on')

  const workspace = process.cwd()
  const patterns = parseFilePatterns(
    targets.length > 0 ? targets.join('\n') : '**/*.ds.md',
    'FILE_OR_GLOB',
  )
  const { files, refused } = await findWorkspaceFiles(workspace, patterns)
  for (const r of refused) console.error(`${r.severity}: ${printable(r.message)}`)
  const trust = await loadTrust(
    values['trusted-keys-file'].map((f) => ({ path: path.resolve(workspace, f), display: f })),
    values['trusted-keys'],
  )
  for (const entry of trust.unpinnedArns) {
    console.error(
      `note: ${printable(entry.source)}: the ARN ${entry.arn} has no key bytes, so offline it trusts nothing.`,
    )
  }
  const reports = await verifyFiles({
    workspace,
    files: files.map((f) => path.join(workspace, f)),
    trust,
    policy,
  })
  const totals = verifyTotalsOf(reports)
  if (values.json) {
    console.log(reportJson(reports))
  } else {
    for (const r of reports) {
      console.log(
        `${ICON[r.recommendation]}  ${printable(r.file)}  checksum=${r.integrity} signature=${r.authenticity}${r.trustedIdentifier ? ` key=${printable(r.trustedIdentifier)}` : ''}`,
      )
      if (r.recommendation !== 'ALLOW') console.log(`       ${printable(r.message)}`)
    }
    console.log(
      `\n${totals.files} file(s): ${totals.blocked} blocked, ${totals.warned} warned; ${totals.verified} verified, ` +
        `${totals.unknown} unknown key, ${totals.unsigned} unsigned, ${totals.invalid} invalid.`,
    )
  }
  const errors = refused.filter((r) => r.severity === 'error').length
  const fails = {
    block: totals.blocked + errors > 0,
    warn: totals.blocked + totals.warned + errors > 0,
    never: false,
  }
  return fails[failOn] ? 1 : 0
}

class UsageError extends Error {}

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
    console.error(`dossier-sign: ${messageOf(error)}`)
    process.exitCode = 2
  },
)
