/**
 * Runs the default stack until SIGINT/SIGTERM, for the demo and manual poking:
 *   tsx stack/serve.ts [--latency-ms N] [--throttle-rps N]
 * Prints one JSON line: {env, roleArn, keyArn, alias, publicKeyPem, user}.
 */
import { parseArgs } from 'node:util'
import { startDefaultStack } from './default-stack.js'

const { values } = parseArgs({
  options: { 'latency-ms': { type: 'string' }, 'throttle-rps': { type: 'string' } },
})
const latencyMs = Number(values['latency-ms'] ?? 0)
const throttleRps =
  values['throttle-rps'] === undefined ? undefined : Number(values['throttle-rps'])
if (
  !Number.isFinite(latencyMs) ||
  latencyMs < 0 ||
  (throttleRps !== undefined && !(throttleRps > 0))
) {
  console.error('usage: tsx stack/serve.ts [--latency-ms N] [--throttle-rps N]')
  process.exit(2)
}

const { stack, role, key, user } = await startDefaultStack()
stack.kms.faults.latencyMs = latencyMs
stack.kms.faults.throttleAboveRps = throttleRps

process.stdout.write(
  `${JSON.stringify({
    env: stack.env(),
    roleArn: role.arn,
    keyArn: key.arn,
    alias: key.alias,
    publicKeyPem: key.publicKeyPem,
    user: { accessKeyId: user.accessKeyId, secretAccessKey: user.secretAccessKey },
  })}\n`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stack.stop().then(() => process.exit(0))
  })
}
