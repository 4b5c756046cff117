import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash, randomBytes, verify } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { startDefaultStack, type DefaultStack } from '../../stack/index.js'

/** Debian's awscli 2 when present; a pyenv shim for v1 may come first on PATH. */
function findAwsCli(): string | undefined {
  if (existsSync('/usr/bin/aws')) return '/usr/bin/aws'
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'aws'))
    .find((candidate) => existsSync(candidate))
}

const awsCli = findAwsCli()
const itWithCli = awsCli === undefined ? it.skip : it
let seed: DefaultStack
let workDir: string

beforeAll(async () => {
  seed = await startDefaultStack()
  workDir = mkdtempSync(join(tmpdir(), 'stack-aws-cli-'))
})

afterAll(async () => {
  await seed.stack.stop()
  rmSync(workDir, { recursive: true, force: true })
})

describe('the aws CLI against the stack', () => {
  itWithCli(
    `signs a digest with an IAM user's static keys (${awsCli ?? 'skipped: no aws CLI on PATH'})`,
    async () => {
      const message = randomBytes(100)
      writeFileSync(join(workDir, 'digest.bin'), createHash('sha256').update(message).digest())
      // a clean environment: no profile, config file or AWS_ENDPOINT_URL* from the machine
      const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: workDir,
        AWS_ACCESS_KEY_ID: seed.user.accessKeyId,
        AWS_SECRET_ACCESS_KEY: seed.user.secretAccessKey,
        AWS_CONFIG_FILE: join(workDir, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(workDir, 'no-credentials'),
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      }
      const args = [
        'kms',
        'sign',
        '--endpoint-url',
        seed.stack.urls.kms,
        '--region',
        'us-east-1',
        '--key-id',
        seed.key.alias,
        '--message-type',
        'DIGEST',
        '--signing-algorithm',
        'ECDSA_SHA_256',
        '--message',
        'fileb://digest.bin',
        '--output',
        'text',
        '--query',
        'Signature',
      ]
      const { stdout } = await promisify(execFile)(awsCli ?? 'aws', args, { cwd: workDir, env })
      const signature = Buffer.from(stdout.trim(), 'base64')
      expect(verify('sha256', message, seed.key.publicKeyPem, signature)).toBe(true)
      expect(seed.stack.log.entries.at(-1)).toMatchObject({
        service: 'kms',
        action: 'Sign',
        status: 200,
        principal: seed.user.arn,
        accessKeyId: seed.user.accessKeyId,
        messageType: 'DIGEST',
      })
    },
  )
})
