import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

interface ServeLine {
  env: Record<string, string>
  keyArn: string
  alias: string
  publicKeyPem: string
  user: { accessKeyId: string; secretAccessKey: string }
}

describe('stack/serve.ts', () => {
  it('prints one JSON line, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn('node_modules/.bin/tsx', ['stack/serve.ts', '--latency-ms', '1'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = once(child, 'exit')
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
      const served = JSON.parse(line) as ServeLine
      expect(served).toMatchObject({
        alias: 'alias/dossier-official-prod',
        keyArn: expect.stringMatching(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/),
        publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY'),
        user: { accessKeyId: expect.stringMatching(/^AKIA/) },
      })
      const response = await fetch(
        `${served.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`,
        {
          headers: { authorization: `Bearer ${served.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        },
      )
      expect(response.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = await exited
    expect(code).toBe(0)
  })
})
