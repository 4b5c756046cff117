import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { findAwsCli } from './aws-cli.js'
import { run } from './processes.js'

export interface Machine {
  cpu: string
  cores: number
  memoryGB: number
  os: string
  node: string
  /** the OpenSSL node links (what the action hashes with) */
  nodeOpenssl: string
  /** the openssl command the baselines run */
  openssl: string
  awsCli?: string
}

export async function describeMachine(): Promise<Machine> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '')
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const openssl = await run('openssl', ['version']).catch(() => undefined)
  const aws = await findAwsCli()
  return {
    cpu: model.trim(),
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    nodeOpenssl: process.versions.openssl ?? 'unknown',
    openssl: openssl?.code === 0 ? openssl.stdout.trim() : 'not installed',
    awsCli: aws ? `${aws.path} (${aws.version})` : undefined,
  }
}

export function machineHeader(m: Machine): string {
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}`,
    `Node ${m.node} (OpenSSL ${m.nodeOpenssl}); ${m.openssl}; aws CLI: ${m.awsCli ?? 'not installed'}`,
    `Load average at start: ${loadAverage()} (other work on the machine skews every figure)`,
  ].join('\n')
}

/** 1, 5 and 15 minute load averages. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
}
