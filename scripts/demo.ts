/**
 * `npm run demo`: the whole sign job on the built-in local stack, no AWS account.
 * Copies examples/ to a temp workspace, runs dist/index.js as a runner would (OIDC
 * token -> STS -> KMS DIGEST signatures), prints the job summary, then checks every
 * `.sig` with openssl, an independent peer.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runAction } from '../harness/local-runner.js'
import { startDefaultStack } from '../stack/index.js'

const workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-demo-'))
const { stack, role, key } = await startDefaultStack()
let failed = false
try {
  await cp(path.join(REPO_ROOT, 'examples'), path.join(workspace, 'examples'), { recursive: true })
  console.log(`Workspace: ${workspace}`)
  console.log(
    `Local stack: OIDC ${stack.urls.oidc}, STS ${stack.urls.sts}, KMS ${stack.urls.kms}\n`,
  )

  const run = await runAction({
    workspace,
    env: stack.env(),
    inputs: {
      'role-to-assume': role.arn,
      'kms-key-id': key.alias ?? key.arn,
      'aws-region': 'us-east-1',
      files: 'examples/**/*.ds.md',
      'public-key-path': 'dossier-signing-key.pem',
    },
  })
  // `::add-mask::` lines are commands to the runner (which hides them); not for people.
  console.log(
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
      .trim(),
  )
  console.log('\n--- job summary ---\n')
  console.log(run.summary.trim())
  if (run.exitCode !== 0) throw new Error(`the action failed (exit ${run.exitCode}): ${run.stderr}`)

  console.log('\n--- openssl dgst -verify ---\n')
  const pem = path.join(workspace, 'dossier-signing-key.pem')
  const dossiers = (await readdir(path.join(workspace, 'examples'))).filter((f) =>
    f.endsWith('.ds.md'),
  )
  for (const name of dossiers) {
    const file = path.join(workspace, 'examples', name)
    const der = path.join(workspace, `${name}.der`)
    await writeFile(
      der,
      Buffer.from(execFileSync('cat', [`${file}.sig`], { encoding: 'utf8' }).trim(), 'base64'),
    )
    try {
      const out = execFileSync(
        'openssl',
        ['dgst', '-sha256', '-verify', pem, '-signature', der, file],
        {
          encoding: 'utf8',
        },
      )
      console.log(`examples/${name}.sig: ${out.trim()}`)
    } catch {
      console.log(`examples/${name}.sig: openssl could NOT verify it`)
      failed = true
    }
  }
  const signs = stack.log.entries.filter((e) => e.action === 'Sign')
  console.log(
    `\nKMS saw ${signs.length} Sign call(s), all MessageType ${[...new Set(signs.map((e) => e.messageType))].join(',')}, ` +
      `from ${[...new Set(signs.map((e) => e.principal))].join(', ')}.`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  failed = true
} finally {
  await stack.stop()
  await rm(workspace, { recursive: true, force: true })
}
if (failed) {
  console.error('\nDemo FAILED.')
  process.exit(1)
}
console.log('\nDemo passed: every signature verified with openssl.')
