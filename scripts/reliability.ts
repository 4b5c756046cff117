/**
 * `npm run reliability`: each fault the e2e suite injects, run once on the local
 * stack, with what actually happened (files signed and valid, calls retried,
 * time). The README's Reliability table is this output; the assertions live in
 * __tests__/e2e/faults.e2e.test.ts.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../harness/local-runner.js'
import { startDefaultStack, type DefaultStack } from '../stack/index.js'

interface Scenario {
  name: string
  files: number
  concurrency: number
  stackOptions?: Parameters<typeof startDefaultStack>[0]
  inject(ctx: DefaultStack): void
}

const SCENARIOS: Scenario[] = [
  {
    name: '30% of Sign calls throttled',
    files: 200,
    concurrency: 16,
    inject: (ctx) =>
      ctx.stack.kms.faults.add({
        action: 'Sign',
        probability: 0.3,
        fault: { kind: 'error', status: 400, code: 'ThrottlingException' },
      }),
  },
  {
    name: 'Sign above 100 requests/s throttled (quota)',
    files: 300,
    concurrency: 32,
    inject: (ctx) => void (ctx.stack.kms.faults.throttleAboveRps = 100),
  },
  {
    name: '20 HTTP 500s and 10 dropped connections mid-batch',
    files: 200,
    concurrency: 16,
    inject: (ctx) => {
      ctx.stack.kms.faults.add({
        action: 'Sign',
        afterCalls: 50,
        times: 20,
        fault: { kind: 'error', status: 500, code: 'KMSInternalException' },
      })
      ctx.stack.kms.faults.add({
        action: 'Sign',
        afterCalls: 100,
        times: 10,
        fault: { kind: 'drop' },
      })
    },
  },
  {
    name: '2 Sign calls stalled 11 s (past the 10 s timeout)',
    files: 50,
    concurrency: 8,
    inject: (ctx) =>
      ctx.stack.kms.faults.add({
        action: 'Sign',
        afterCalls: 10,
        times: 2,
        fault: { kind: 'delay', ms: 11_000 },
      }),
  },
  {
    name: 'key disabled after 25 signatures',
    files: 100,
    concurrency: 1,
    inject: (ctx) => ctx.stack.kms.disableAfter(ctx.key.alias, 25),
  },
  {
    name: 'STS IDPCommunicationError twice, OIDC endpoint 500 twice',
    files: 20,
    concurrency: 8,
    inject: (ctx) => {
      ctx.stack.sts.faults.add({
        times: 2,
        fault: { kind: 'error', status: 400, code: 'IDPCommunicationError' },
      })
      ctx.stack.oidcFaults.add({
        times: 2,
        fault: { kind: 'error', status: 500, code: 'InternalServerError' },
      })
    },
  },
  {
    name: 'STS AccessDenied (trust policy does not match)',
    files: 20,
    concurrency: 8,
    inject: (ctx) =>
      ctx.stack.sts.faults.add({ fault: { kind: 'error', status: 403, code: 'AccessDenied' } }),
  },
  {
    name: 'STS InvalidIdentityToken (no OIDC provider / wrong audience)',
    files: 20,
    concurrency: 8,
    inject: (ctx) =>
      ctx.stack.sts.faults.add({
        fault: {
          kind: 'error',
          status: 400,
          code: 'InvalidIdentityToken',
          message: 'Incorrect token audience',
        },
      }),
  },
  {
    name: 'expired OIDC token',
    files: 20,
    concurrency: 8,
    inject: (ctx) => void (ctx.stack.oidc.tokenLifetimeSeconds = -60),
  },
  {
    name: 'credentials expire every 3 s during the run',
    files: 150,
    concurrency: 4,
    stackOptions: { credentialLifetimeSeconds: 3 },
    inject: (ctx) => void (ctx.stack.kms.faults.latencyMs = 100),
  },
]

function validSigs(workspace: string, names: string[], pem: string): number {
  let valid = 0
  for (const n of names) {
    const file = path.join(workspace, n)
    try {
      const der = Buffer.from(readFileSync(`${file}.sig`, 'utf8').trim(), 'base64')
      writeFileSync(`${file}.der`, der)
      execFileSync(
        'openssl',
        ['dgst', '-sha256', '-verify', pem, '-signature', `${file}.der`, file],
        { stdio: 'pipe' },
      )
      valid++
    } catch {
      // no .sig, or one that openssl rejects: not counted
    }
  }
  return valid
}

async function runScenario(s: Scenario): Promise<string[]> {
  const ctx = await startDefaultStack(s.stackOptions)
  const workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-reliability-'))
  try {
    await mkdir(path.join(workspace, 'd'))
    const names = Array.from({ length: s.files }, (_, i) => `d/${i}.ds.md`)
    for (const [i, n] of names.entries())
      await writeFile(path.join(workspace, n), `---dossier\n{"title":"${i}"}\n---\nstep ${i}\n`)
    s.inject(ctx)
    const run: ActionRun = await runAction({
      workspace,
      env: ctx.stack.env(),
      inputs: {
        'role-to-assume': ctx.role.arn,
        'kms-key-id': ctx.key.alias,
        'aws-region': 'us-east-1',
        concurrency: String(s.concurrency),
      },
    })
    // Calls abandoned at the client timeout are logged when their late answer goes out.
    await new Promise((r) => setTimeout(r, 1_500))
    const pem = path.join(workspace, 'key.pem')
    await writeFile(pem, ctx.key.publicKeyPem)
    const onDisk = (await readdir(path.join(workspace, 'd'))).filter((f) =>
      f.endsWith('.sig'),
    ).length
    const valid = validSigs(workspace, names, pem)
    const log = ctx.stack.log
    const signCalls = log.count({ action: 'Sign' })
    const failedCalls = log.entries.filter((e) => e.action === 'Sign' && e.status !== 200).length
    const error = /^::error::(.*)$/m.exec(run.stdout)?.[1] ?? ''
    const outcome =
      run.exitCode === 0
        ? `${run.outputs['signed-count']}/${s.files} signed, ${valid} valid .sig`
        : `step failed: ${run.outputs['signed-count'] ?? 0} signed, ${valid} valid .sig, ${onDisk - valid} bad; "${error.slice(0, 90)}${error.length > 90 ? '…' : ''}"`
    const sts = log.count({ service: 'sts', action: 'AssumeRoleWithWebIdentity' })
    return [
      s.name,
      `${s.files} files, concurrency ${s.concurrency}`,
      outcome,
      `${signCalls} (${failedCalls} refused/dropped)`,
      String(sts),
      `${(run.durationMs / 1000).toFixed(1)} s`,
    ]
  } finally {
    await ctx.stack.stop()
    await rm(workspace, { recursive: true, force: true })
  }
}

/** SIGKILL after 30 signatures, then a re-run: what is on disk after each. */
async function killScenario(): Promise<string[]> {
  const files = 150
  const ctx = await startDefaultStack()
  const workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-reliability-'))
  try {
    await mkdir(path.join(workspace, 'd'))
    const names = Array.from({ length: files }, (_, i) => `d/${i}.ds.md`)
    for (const [i, n] of names.entries())
      await writeFile(path.join(workspace, n), `---dossier\n{"title":"${i}"}\n---\nstep ${i}\n`)
    const pem = path.join(workspace, 'key.pem')
    await writeFile(pem, ctx.key.publicKeyPem)
    const inputs = {
      'role-to-assume': ctx.role.arn,
      'kms-key-id': ctx.key.alias,
      'aws-region': 'us-east-1',
      concurrency: '4',
    }
    ctx.stack.kms.faults.latencyMs = 40
    let pid = 0
    const running = runAction({
      workspace,
      env: ctx.stack.env(),
      inputs,
      onSpawn: (p) => (pid = p),
    })
    while (ctx.stack.log.count({ action: 'Sign', status: 200 }) < 30)
      await new Promise((r) => setTimeout(r, 5))
    process.kill(pid, 'SIGKILL')
    await running
    const onDisk = (await readdir(path.join(workspace, 'd'))).filter((f) =>
      f.endsWith('.sig'),
    ).length
    const valid = validSigs(workspace, names, pem)
    ctx.stack.kms.faults.latencyMs = 0
    const rerun = await runAction({ workspace, env: ctx.stack.env(), inputs })
    const after = validSigs(workspace, names, pem)
    return [
      'SIGKILL after 30 signatures, then a re-run',
      `${files} files, concurrency 4`,
      `killed: ${onDisk} .sig on disk, ${valid} valid, ${onDisk - valid} torn; re-run: ${rerun.outputs['skipped-count']} skipped, ${rerun.outputs['signed-count']} signed, ${after}/${files} valid`,
      String(ctx.stack.log.count({ action: 'Sign' })),
      String(ctx.stack.log.count({ service: 'sts', action: 'AssumeRoleWithWebIdentity' })),
      `${(rerun.durationMs / 1000).toFixed(1)} s (re-run)`,
    ]
  } finally {
    await ctx.stack.stop()
    await rm(workspace, { recursive: true, force: true })
  }
}

const rows = [['Fault injected', 'Run', 'Outcome', 'Sign calls', 'STS calls', 'Time']]
for (const s of SCENARIOS) {
  process.stderr.write(`${s.name}…\n`)
  rows.push(await runScenario(s))
}
process.stderr.write('SIGKILL mid-batch…\n')
rows.push(await killScenario())
console.log(
  rows
    .map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`)
    .join('\n'),
)
const json = path.join(process.cwd(), '.bench', 'reliability.json')
await mkdir(path.dirname(json), { recursive: true })
await writeFile(json, JSON.stringify(rows, null, 2))
