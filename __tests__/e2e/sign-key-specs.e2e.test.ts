import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { KeySpec } from '../../stack/index.js'
import {
  assertDistIsFresh,
  cleanup,
  opensslVerifies,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  writeDossiers,
  type DefaultStack,
} from './e2e-fixture.js'

const CASES: Array<{
  spec: KeySpec
  algorithm?: string
  expected: string
  digest: string
  pss: boolean
}> = [
  { spec: 'ECC_SECG_P256K1', expected: 'ECDSA_SHA_256', digest: 'sha256', pss: false },
  { spec: 'ECC_NIST_P384', expected: 'ECDSA_SHA_384', digest: 'sha384', pss: false },
  { spec: 'ECC_NIST_P521', expected: 'ECDSA_SHA_512', digest: 'sha512', pss: false },
  { spec: 'RSA_2048', expected: 'RSASSA_PSS_SHA_256', digest: 'sha256', pss: true },
  {
    spec: 'RSA_3072',
    algorithm: 'RSASSA_PKCS1_V1_5_SHA_384',
    expected: 'RSASSA_PKCS1_V1_5_SHA_384',
    digest: 'sha384',
    pss: false,
  },
  { spec: 'RSA_4096', expected: 'RSASSA_PSS_SHA_512', digest: 'sha512', pss: true },
]

describe('every supported key spec signs what openssl verifies', () => {
  let ctx: DefaultStack
  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
  })
  afterAll(() => ctx?.stack.stop())

  it.each(CASES)('$spec with $expected', async ({ spec, algorithm, expected, digest, pss }) => {
    const workspace = await tempWorkspace(spec)
    try {
      const files = await writeDossiers(workspace, 3)
      const key = ctx.stack.kms.createKey({
        keySpec: spec,
        alias: `alias/test-${spec.toLowerCase()}`,
      })
      ctx.stack.log.clear()
      const run = await runSign(ctx, workspace, {
        inputs: {
          'kms-key-id': `alias/test-${spec.toLowerCase()}`,
          ...(algorithm ? { 'signing-algorithm': algorithm } : {}),
        },
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['signing-algorithm']).toBe(expected)
      expect(run.outputs['key-arn']).toBe(key.arn)
      expect(await sigFiles(workspace)).toHaveLength(3)
      for (const f of files) {
        expect(
          opensslVerifies(
            path.join(workspace, f),
            path.join(workspace, `${f}.sig`),
            key.publicKeyPem,
            digest,
            pss,
          ),
        ).toBe(true)
      }
      const signs = ctx.stack.log.entries.filter((e) => e.action === 'Sign')
      expect(
        signs.every((e) => e.messageType === 'DIGEST' && e.signingAlgorithm === expected),
      ).toBe(true)
    } finally {
      await cleanup(workspace)
    }
  })
})

describe('a key disabled in the middle of a run', () => {
  it('stops signing; the files signed before keep valid .sig files, no other .sig appears', async () => {
    assertDistIsFresh()
    const ctx = await startDefaultStack()
    const workspace = await tempWorkspace('midrun')
    try {
      await writeDossiers(workspace, 20)
      ctx.stack.kms.disableAfter(ctx.key.alias, 5)
      const run = await runSign(ctx, workspace, { inputs: { concurrency: '1' } })
      expect(run.exitCode).toBe(1)
      const signed = (
        JSON.parse(run.outputs.signatures ?? '[]') as Array<{ file: string; status: string }>
      )
        .filter((s) => s.status === 'signed')
        .map((s) => s.file)
      expect(signed).toHaveLength(5)
      expect(run.outputs['signed-count']).toBe('5')
      expect(run.outputs['failed-count']).toBe('15')
      expect(await sigFiles(workspace)).toEqual(signed.map((f) => `${f}.sig`).sort())
      for (const f of signed) {
        expect(
          opensslVerifies(
            path.join(workspace, f),
            path.join(workspace, `${f}.sig`),
            ctx.key.publicKeyPem,
          ),
        ).toBe(true)
      }
      // One refused Sign call, then none: the run stops instead of hammering a disabled key.
      expect(ctx.stack.log.count({ action: 'Sign', errorCode: 'DisabledException' })).toBe(1)
      expect(run.stdout).toContain('is disabled')
      expect(run.summary).toContain('5 signed')
    } finally {
      await ctx.stack.stop()
      await cleanup(workspace)
    }
  })
})
