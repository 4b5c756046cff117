/**
 * Row 1, "vs the ADR's approach": ADR-004's workflow signs with one `aws kms sign`
 * process per file after a `shasum`. Both methods sign the same N files on the same
 * stack with the same per-call latency; the ADR loop runs sequentially, as its
 * workflow step does.
 */
import { verify } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AWS_INSTALL_HINT, findAwsCli } from './aws-cli.js'
import type { BenchContext } from './context.js'
import { writeDossiers } from './dossiers.js'
import { runOk } from './processes.js'
import { num, outcomeOf, type BenchResult } from './report.js'
import { expectSigned, signRun } from './sign-run.js'

const TARGET_RATIO = 50

// The ADR's step, per file: hash with shasum, turn the hex into the digest bytes,
// `aws kms sign` them. The signature lands in <file>.sig, base64 as the action writes it.
const ADR_LOOP = `set -eu
while IFS= read -r f; do
  HASH=$(shasum -a 256 "$f" | awk '{print $1}')
  printf '%s' "$HASH" | xxd -r -p > "$SCRATCH/digest"
  "$AWS" kms sign --key-id "$KEY_ID" --message-type DIGEST --signing-algorithm ECDSA_SHA_256 \\
    --message "fileb://$SCRATCH/digest" --endpoint-url "$KMS_URL" --region us-east-1 \\
    --output text --query Signature > "$f.sig"
done < "$LIST"`

export async function benchAdr(ctx: BenchContext): Promise<BenchResult> {
  const { stack, key, user } = ctx.stack
  const n = ctx.options.files
  const what = `vs ADR-004 (aws CLI per file): ${n} files, ${ctx.options.latencyMs} ms KMS latency`
  const aws = await findAwsCli()
  if (!aws) {
    const message = `no aws CLI found; install it with \`${AWS_INSTALL_HINT}\` to measure this row`
    return {
      rows: [
        {
          bench: 'adr',
          what,
          measured: 'skipped: no aws CLI',
          target: `>= ${TARGET_RATIO}x`,
          outcome: 'SKIP',
        },
      ],
      details: { skipped: message },
      notes: [`vs ADR-004 skipped: ${message}.`],
    }
  }
  stack.kms.faults.clear()
  stack.kms.faults.latencyMs = ctx.options.latencyMs

  const actionWorkspace = await ctx.temp.make('adr-action')
  await writeDossiers(actionWorkspace, n)
  ctx.progress(`vs ADR: the action signs ${n} files`)
  stack.log.clear()
  const action = await signRun(ctx.stack, actionWorkspace, { 'max-files': String(n) })
  expectSigned(action, n)
  const actionFilesPerSecond = n / (action.durationMs / 1000)

  const adrWorkspace = await ctx.temp.make('adr-cli')
  const files = (await writeDossiers(adrWorkspace, n)).map((f) => path.join(adrWorkspace, f))
  const list = path.join(adrWorkspace, 'files.txt')
  await writeFile(list, `${files.join('\n')}\n`)
  ctx.progress(`vs ADR: ${n} \`${aws.path} kms sign\` processes, one after another`)
  stack.log.clear()
  const loop = await runOk('bash', ['-c', ADR_LOOP], {
    cwd: adrWorkspace,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: adrWorkspace,
      LIST: list,
      SCRATCH: adrWorkspace,
      AWS: aws.path,
      KEY_ID: key.alias,
      KMS_URL: stack.urls.kms,
      // static IAM user keys, and nothing from this machine's AWS config
      AWS_ACCESS_KEY_ID: user.accessKeyId,
      AWS_SECRET_ACCESS_KEY: user.secretAccessKey,
      AWS_CONFIG_FILE: path.join(adrWorkspace, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(adrWorkspace, 'no-credentials'),
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  })
  const cliSigns = stack.log.count({ action: 'Sign', status: 200, principal: user.arn })
  const verified = await countVerified(files, key.publicKeyPem)
  if (cliSigns !== n || verified !== n) {
    throw new Error(
      `the ADR loop made ${cliSigns} Sign calls and ${verified} verifying .sig files, not ${n}`,
    )
  }
  const adrFilesPerSecond = n / (loop.ms / 1000)
  const ratio = actionFilesPerSecond / adrFilesPerSecond
  return {
    rows: [
      {
        bench: 'adr',
        what,
        measured: `action ${num(actionFilesPerSecond, 1)} files/s vs ADR loop ${num(adrFilesPerSecond, 2)} files/s = ${num(ratio, 0)}x`,
        target: `>= ${TARGET_RATIO}x`,
        outcome: outcomeOf(ratio >= TARGET_RATIO),
      },
    ],
    details: {
      files: n,
      latencyMs: ctx.options.latencyMs,
      awsCli: aws,
      action: { ms: action.durationMs, filesPerSecond: actionFilesPerSecond },
      adrLoop: { ms: loop.ms, filesPerSecond: adrFilesPerSecond, msPerFile: loop.ms / n },
      ratio,
    },
    notes: [
      `vs ADR-004: the aws CLI loop took ${num(loop.ms / n)} ms per file, of which \`aws --version\` alone (${aws.version} starting up) takes ${num(aws.versionMs)} ms; the action took ${num(action.durationMs)} ms for all ${n}.`,
    ],
  }
}

/** The ADR loop's .sig files, checked against the key so its speed is not that of failures. */
async function countVerified(files: readonly string[], publicKeyPem: string): Promise<number> {
  let ok = 0
  for (const file of files) {
    const signature = Buffer.from((await readFile(`${file}.sig`, 'utf8')).trim(), 'base64')
    if (verify('sha256', await readFile(file), publicKeyPem, signature)) ok++
  }
  return ok
}
