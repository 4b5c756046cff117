/**
 * The floors under "CPU per signed file", measured in a process of their own (run by
 * bench/cpu.ts as a child, so only its own CPU is counted):
 *
 * - `sdkMsPerCall`: one KMS Sign call through the unmodified SDK client alone (the
 *   action's own client, kmsClientFor, as the stack's IAM user; no file work,
 *   concurrency 32);
 * - `flushMsPerFile`: what the data flush before each `.sig` rename adds: N small files
 *   written and renamed as the action writes them, with and without fdatasync.
 *
 * Prints one JSON line. Usage: child of bench/cpu.ts, argv[2] a JSON FloorsRequest.
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, fdatasync, openSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { SignCommand } from '@aws-sdk/client-kms'
import { kmsClientFor } from '../src/aws/kms-client.js'
import { mapBounded } from '../src/bounded-pool.js'

export interface FloorsRequest {
  kmsEndpoint: string
  accessKeyId: string
  secretAccessKey: string
  keyArn: string
  calls: number
  /** an empty folder for the flush files */
  dir: string
}

export interface Floors {
  sdkMsPerCall: number
  flushMsPerFile: number
}

const CONCURRENCY = 32
const WARM_UP_CALLS = 300
const flushData = promisify(fdatasync)

async function inParallel(count: number, task: (i: number) => Promise<unknown>): Promise<void> {
  await mapBounded(
    Array.from({ length: count }, (_, i) => i),
    CONCURRENCY,
    task,
  )
}

/** CPU (user + system) of this process per unit while `work` runs, in ms. */
async function cpuPer(units: number, work: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage()
  await work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000 / units
}

async function sdkFloor(request: FloorsRequest): Promise<number> {
  // The SDK finds the endpoint where the action's does: AWS_ENDPOINT_URL_KMS.
  process.env.AWS_ENDPOINT_URL_KMS = request.kmsEndpoint
  const { accessKeyId, secretAccessKey } = request
  const kms = kmsClientFor('us-east-1', { noProxy: '' }, async () => ({
    accessKeyId,
    secretAccessKey,
  }))
  const digest = createHash('sha256').update('floor').digest()
  const sign = () =>
    kms.send(
      new SignCommand({
        KeyId: request.keyArn,
        Message: digest,
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    )
  await inParallel(WARM_UP_CALLS, sign)
  const ms = await cpuPer(request.calls, () => inParallel(request.calls, sign))
  kms.destroy()
  return ms
}

/** Writes `count` signature-sized files as the action does: temp file, write, (flush), close, rename. */
async function writeFiles(dir: string, tag: string, count: number, flush: boolean) {
  const content = Buffer.alloc(96, 'b')
  await inParallel(count, async (i) => {
    const temp = path.join(dir, `.${tag}${i}.tmp`)
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644)
    try {
      writeFileSync(fd, content)
      if (flush) await flushData(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path.join(dir, `${tag}${i}.sig`))
  })
}

async function flushFloor(request: FloorsRequest): Promise<number> {
  const count = request.calls
  await writeFiles(request.dir, 'warm', 200, true)
  const plain = await cpuPer(count, () => writeFiles(request.dir, 'plain', count, false))
  const flushed = await cpuPer(count, () => writeFiles(request.dir, 'flushed', count, true))
  return flushed - plain
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as FloorsRequest
  const floors: Floors = {
    sdkMsPerCall: await sdkFloor(request),
    flushMsPerFile: await flushFloor(request),
  }
  process.stdout.write(`${JSON.stringify(floors)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
