import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from '@jest/globals'
import {
  ACTION_ENTRY,
  REPO_ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../../harness/local-runner.js'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'

/**
 * The end-to-end suites test dist/, what users run. A dist/ older than an edited
 * src/ file would test yesterday's code, so say so instead of passing or failing for
 * the wrong reason. Only files git sees as changed count: on a fresh clone checkout
 * order decides mtimes, and there CI's rebuild-and-diff proves dist/ is current.
 */
export function assertDistIsFresh(): void {
  let changed: string[]
  try {
    changed = execFileSync('git', ['status', '--porcelain', '--', 'src'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
  } catch {
    return // not a git checkout: nothing to compare with
  }
  const built = statSync(ACTION_ENTRY).mtimeMs
  const stale = changed
    .map((f) => path.join(REPO_ROOT, f))
    .filter((f) => {
      try {
        return statSync(f).isFile() && statSync(f).mtimeMs > built
      } catch {
        return false
      }
    })
  if (stale.length > 0) {
    throw new Error(
      `dist/ is older than ${path.relative(REPO_ROOT, stale[0] as string)}: run \`npm run build\` first.`,
    )
  }
}

export async function tempWorkspace(prefix = 'e2e'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `dossier-sign-${prefix}-`))
}

/** A small but real dossier (legacy JSON layout) whose body differs per index. */
export function dossierText(index: number): string {
  const body = `# Dossier ${index}\n\nStep ${index}: run \`echo ${index}\`.\n`
  return `---dossier\n${JSON.stringify({ title: `Dossier ${index}`, version: '1.0.0' }, null, 2)}\n---\n${body}`
}

export async function writeDossiers(
  workspace: string,
  count: number,
  folder = 'dossiers',
): Promise<string[]> {
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const rel = `${folder}/${i % 3 === 0 ? 'nested/' : ''}d${String(i).padStart(4, '0')}.ds.md`
    await mkdir(path.dirname(path.join(workspace, rel)), { recursive: true })
    await writeFile(path.join(workspace, rel), dossierText(i))
    files.push(rel)
  }
  return files.sort()
}

export interface SignRunOptions extends Pick<RunActionOptions, 'nodeArgs' | 'onSpawn'> {
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/** Run the bundled action in sign mode against the stack with the default role and key, then scan it for leaked secrets. */
export async function runSign(
  ctx: DefaultStack,
  workspace: string,
  options: SignRunOptions = {},
): Promise<ActionRun> {
  const run = await runAction({
    workspace,
    env: { ...ctx.stack.env(), ...options.env },
    inputs: {
      'role-to-assume': ctx.role.arn,
      'kms-key-id': ctx.key.alias,
      'aws-region': 'us-east-1',
      ...options.inputs,
    },
    nodeArgs: options.nodeArgs,
    onSpawn: options.onSpawn,
  })
  // Every sign run is scanned: no secret the stack issued may reach a readable byte.
  expectNoSecretLeaks(ctx, run)
  return run
}

/** The message the step failed with: the `::error::` line that setFailed writes. */
export function failure(run: ActionRun): string {
  const line = run.stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('::error::'))
  return (line ?? '').replace('::error::', '')
}

/** openssl, an independent peer, checks a `.sig` against the key's PEM. */
export function opensslVerifies(
  file: string,
  sigFile: string,
  publicKeyPem: string,
  digest = 'sha256',
  pss = false,
): boolean {
  const dir = path.dirname(sigFile)
  const pem = path.join(dir, '.openssl-key.pem')
  const der = path.join(dir, '.openssl-sig.der')
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', pem], { input: publicKeyPem })
  execFileSync('sh', ['-c', 'base64 -d "$1" > "$2"', 'sh', sigFile, der])
  const args = ['dgst', `-${digest}`, '-verify', pem, '-signature', der]
  if (pss) args.push('-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:digest')
  try {
    execFileSync('openssl', [...args, file], { stdio: 'pipe' })
    return true
  } catch {
    return false
  } finally {
    execFileSync('rm', ['-f', pem, der])
  }
}

/** Each named file's `.sig` verifies with openssl under the key. */
export function expectEverySigValid(
  workspace: string,
  names: readonly string[],
  publicKeyPem: string,
): void {
  const bad = names.filter(
    (n) =>
      !opensslVerifies(path.join(workspace, n), path.join(workspace, `${n}.sig`), publicKeyPem),
  )
  expect(bad).toEqual([])
}

/** Every `.sig` under the workspace, relative. */
export async function sigFiles(workspace: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(workspace, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(child)
      else if (e.name.endsWith('.sig')) out.push(child)
    }
  }
  await walk('')
  return out.sort()
}

/**
 * No secret the stack issued (OIDC tokens, secret keys, session tokens, bearer
 * tokens) may appear anywhere a person or another step can read, except inside
 * the `::add-mask::` commands that tell the runner what to hide.
 */
export function expectNoSecretLeaks(ctx: DefaultStack, run: ActionRun): void {
  const readable = [
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
  ].join('\n')
  const secrets = ctx.stack.secrets().filter((s) => s.length >= 8)
  expect(secrets.length).toBeGreaterThan(0)
  for (const secret of secrets) {
    if (readable.includes(secret))
      throw new Error(`a secret issued by the stack leaked: ${secret.slice(0, 6)}…`)
  }
}

export async function readText(workspace: string, rel: string): Promise<string> {
  return readFile(path.join(workspace, rel), 'utf8')
}

export async function cleanup(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
}

export { startDefaultStack, type DefaultStack }
