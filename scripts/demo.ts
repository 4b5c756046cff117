/**
 * `npm run demo`: the whole sign job on the built-in local stack, no AWS account.
 * Copies examples/ to a temp workspace, runs dist/index.js as a runner would (OIDC
 * token -> STS -> KMS) with every format (embedded, sig, sigstore, minisig), prints
 * the job summary, then checks each signature with an independent peer: openssl for
 * `.sig`, sigstore-js for `.sigstore.json`, minisign for `.minisig`, and the CLI's
 * verify (the pull-request check) for everything at once.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runAction } from '../harness/local-runner.js'
import { sigstorePeerVerify } from '../harness/sigstore-peer.js'
import { EDWARDS_KEY_SPEC, startDefaultStack } from '../stack/index.js'

const workspace = await mkdtemp(path.join(tmpdir(), 'dossier-sign-demo-'))
const { stack, role, key } = await startDefaultStack()
stack.kms.createKey({ keySpec: EDWARDS_KEY_SPEC, alias: 'alias/dossier-minisign' })
let failed = false
const check = (label: string, ok: boolean, detail = ''): void => {
  console.log(`${ok ? 'OK  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`)
  if (!ok) failed = true
}
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
      'minisign-kms-key-id': 'alias/dossier-minisign',
      'aws-region': 'us-east-1',
      files: 'examples/**/*.ds.md',
      formats: 'embedded, sig, sigstore, minisig',
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

  console.log('\n--- each format, checked by its peer ---\n')
  const pem = path.join(workspace, 'dossier-signing-key.pem')
  const spkiDer = key.publicKeyDer
  const hasMinisign = spawnSync('minisign', ['-v']).error === undefined
  const dossiers = (await readdir(path.join(workspace, 'examples'))).filter((f) =>
    f.endsWith('.ds.md'),
  )
  for (const name of dossiers) {
    const file = path.join(workspace, 'examples', name)
    const der = path.join(workspace, `${name}.der`)
    await writeFile(der, Buffer.from((await readFile(`${file}.sig`, 'utf8')).trim(), 'base64'))
    const openssl = spawnSync(
      'openssl',
      ['dgst', '-sha256', '-verify', pem, '-signature', der, file],
      {
        encoding: 'utf8',
      },
    )
    check(
      `examples/${name}.sig (openssl dgst -verify)`,
      openssl.status === 0,
      openssl.stdout.trim(),
    )
    try {
      const bundle = await readFile(`${file}.sigstore.json`, 'utf8')
      sigstorePeerVerify(bundle, await readFile(file), spkiDer)
      check(`examples/${name}.sigstore.json (@sigstore/verify)`, true)
    } catch (error) {
      check(`examples/${name}.sigstore.json (@sigstore/verify)`, false, String(error))
    }
    if (hasMinisign) {
      const minisign = spawnSync(
        'minisign',
        ['-V', '-H', '-p', `${pem}.minisign.pub`, '-m', file],
        { encoding: 'utf8' },
      )
      check(
        `examples/${name}.minisig (minisign -V -H)`,
        minisign.status === 0,
        minisign.stdout.trim().split('\n')[0],
      )
    } else {
      console.log(`skip examples/${name}.minisig: minisign is not installed (apt install minisign)`)
    }
  }
  // The pull-request check: every kind, the embedded v2 signature included, against
  // the published keys (the SPKI key and the minisign RW line).
  await writeFile(
    path.join(workspace, 'trusted-keys.txt'),
    `${spkiDer.toString('base64')} demo-kms\n${run.outputs['minisign-public-key']} demo-minisign\n`,
  )
  const verify = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist/cli/index.js'),
      'verify',
      'examples',
      '--trusted-keys-file',
      'trusted-keys.txt',
      '--policy',
      'strict',
    ],
    { cwd: workspace, encoding: 'utf8' },
  )
  console.log(`\n--- dossier-sign verify --policy strict ---\n\n${verify.stdout.trim()}\n`)
  check(
    'dossier-sign verify: every file ALLOW',
    verify.status === 0 && !/BLOCK|WARN/.test(verify.stdout),
  )

  const signs = stack.log.entries.filter((e) => e.action === 'Sign')
  console.log(
    `\nKMS saw ${signs.length} Sign call(s) (MessageType ${[...new Set(signs.map((e) => e.messageType))].join(', ')}), ` +
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
console.log('\nDemo passed: every signature in every format verified by its peer.')
