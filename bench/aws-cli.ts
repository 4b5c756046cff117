import { access, constants } from 'node:fs/promises'
import path from 'node:path'
import { run } from './processes.js'

/** Debian's awscli; a pyenv shim (often awscli 1) may come first on PATH. */
const DEBIAN_AWS = '/usr/bin/aws'

export const AWS_INSTALL_HINT = 'apt-get install -y awscli'

export interface AwsCli {
  path: string
  version: string
  /** wall time of `aws --version`: the CLI's start-up alone */
  versionMs: number
}

let found: Promise<AwsCli | undefined> | undefined

/** Debian's aws CLI when present, else the first `aws` on PATH that runs (looked up once). */
export function findAwsCli(): Promise<AwsCli | undefined> {
  found ??= search()
  return found
}

async function search(): Promise<AwsCli | undefined> {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'aws'))
  for (const candidate of [DEBIAN_AWS, ...onPath]) {
    const executable = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    )
    const probe = executable
      ? await run(candidate, ['--version']).catch(() => undefined)
      : undefined
    if (probe?.code === 0) {
      const version = (probe.stdout || probe.stderr).trim().split(' ')[0] ?? ''
      return { path: candidate, version, versionMs: probe.ms }
    }
  }
  return undefined
}
