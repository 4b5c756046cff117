/**
 * Row 5, verify: V dossiers with a `.sig` each, made directly with the stack key's
 * private key (a DER ECDSA signature over the file, as the action writes), checked
 * offline by `node dist/cli/index.js verify` and by a shell loop of
 * `openssl dgst -sha256 -verify`, one process per file. The loop gets the DER
 * signatures decoded beforehand, so its time is openssl's alone.
 */
import { sign } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../harness/local-runner.js'
import type { BenchContext } from './context.js'
import { dossierText, writeDossiers } from './dossiers.js'
import { run, runOk } from './processes.js'
import { num, outcomeOf, type BenchResult } from './report.js'

const TARGET_RATIO = 10
const CLI_ENTRY = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

const OPENSSL_LOOP = `ok=0; bad=0
while IFS=$'\\t' read -r f s; do
  if openssl dgst -sha256 -verify "$PEM" -signature "$s" "$f" >/dev/null 2>&1
  then ok=$((ok+1)); else bad=$((bad+1)); fi
done < "$LIST"
echo "$ok $bad"`

export async function benchVerify(ctx: BenchContext): Promise<BenchResult> {
  const { key } = ctx.stack
  const n = ctx.options.verifyFiles
  const workspace = await ctx.temp.make('verify')
  const derDir = await ctx.temp.make('verify-der')
  ctx.progress(`verify: signing ${n} files with the stack key`)
  const files = await writeDossiers(workspace, n)
  const lines: string[] = []
  await Promise.all(
    files.map(async (file, i) => {
      const signature = sign('sha256', Buffer.from(dossierText(i)), key.privateKey)
      const der = path.join(derDir, `${i}.der`)
      await writeFile(path.join(workspace, `${file}.sig`), `${signature.toString('base64')}\n`)
      await writeFile(der, signature)
      lines[i] = `${path.join(workspace, file)}\t${der}`
    }),
  )
  await mkdir(path.join(workspace, '.dossier'), { recursive: true })
  await writeFile(
    path.join(workspace, '.dossier', 'trusted-keys.txt'),
    `${key.publicKeyDer.toString('base64')} bench-key\n`,
  )
  const pem = path.join(derDir, 'key.pem')
  const list = path.join(derDir, 'files.tsv')
  await writeFile(pem, key.publicKeyPem)
  await writeFile(list, `${lines.join('\n')}\n`)

  ctx.progress(`verify: dossier-sign verify over ${n} files`)
  const cli = await run(
    process.execPath,
    [CLI_ENTRY, 'verify', '--trusted-keys-file', '.dossier/trusted-keys.txt'],
    {
      cwd: workspace,
    },
  )
  const summary = /(\d+) file\(s\): (\d+) blocked, (\d+) warned; (\d+) verified/.exec(cli.stdout)
  if (cli.code !== 0 || Number(summary?.[4]) !== n) {
    throw new Error(
      `dossier-sign verify exited ${cli.code} and did not verify all ${n} files: ${summary?.[0] ?? cli.stderr.slice(-300)}`,
    )
  }

  ctx.progress(`verify: ${n} openssl dgst -verify processes`)
  const loop = await runOk('bash', ['-c', OPENSSL_LOOP], {
    env: { ...process.env, PEM: pem, LIST: list },
  })
  const [ok, bad] = loop.stdout.trim().split(' ').map(Number)
  if (ok !== n || bad !== 0) throw new Error(`openssl verified ${ok} and rejected ${bad} of ${n}`)

  const cliRate = n / (cli.ms / 1000)
  const opensslRate = n / (loop.ms / 1000)
  const ratio = cliRate / opensslRate
  return {
    rows: [
      {
        bench: 'verify',
        what: `verify: ${n} signed files, dossier-sign verify vs openssl loop`,
        measured: `CLI ${num(cliRate)} files/s vs openssl ${num(opensslRate)} files/s = ${num(ratio, 1)}x`,
        target: `>= ${TARGET_RATIO}x`,
        outcome: outcomeOf(ratio >= TARGET_RATIO),
      },
    ],
    details: {
      files: n,
      cli: { ms: cli.ms, filesPerSecond: cliRate },
      openssl: { ms: loop.ms, filesPerSecond: opensslRate },
      ratio,
    },
  }
}
