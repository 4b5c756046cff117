import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/action/input-error.js'
import { readSettings } from '../../src/action/read-settings.js'
import type { InputName } from '../../src/action/settings.js'

const ENV = {
  GITHUB_WORKSPACE: '/ws',
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_RUN_ID: '1',
  GITHUB_RUN_ATTEMPT: '1',
}
const read = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = ENV) =>
  readSettings((name) => inputs[name] ?? '', env)
const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe('readSettings', () => {
  it('reads sign settings with defaults', () => {
    const s = read({ 'kms-key-id': 'alias/dossier-official-prod', 'aws-region': 'us-east-1' })
    expect(s).toMatchObject({
      mode: 'sign',
      workspace: '/ws',
      patterns: { include: ['**/*.ds.md'], exclude: [] },
      concurrency: 32,
      maxFiles: 1000,
      dryRun: false,
      aws: {
        kmsKeyId: 'alias/dossier-official-prod',
        region: 'us-east-1',
        audience: 'sts.amazonaws.com',
        roleDurationSeconds: 900,
        roleSessionName: 'dossier-sign@o.r-1-1',
      },
    })
  })

  it("takes a key ARN's region over AWS_REGION; aliases use AWS_REGION, then AWS_DEFAULT_REGION", () => {
    expect(read({ 'kms-key-id': KEY_ARN }, { ...ENV, AWS_REGION: 'ap-south-1' })).toMatchObject({
      aws: { region: 'eu-west-1' },
    })
    expect(read({ 'kms-key-id': 'alias/x' }, { ...ENV, AWS_REGION: 'ap-south-1' })).toMatchObject({
      aws: { region: 'ap-south-1' },
    })
    expect(
      read({ 'kms-key-id': 'alias/x' }, { ...ENV, AWS_DEFAULT_REGION: 'us-west-2' }),
    ).toMatchObject({ aws: { region: 'us-west-2' } })
    expect(read({ 'kms-key-id': KEY_ARN })).toMatchObject({ aws: { region: 'eu-west-1' } })
  })

  it.each<[Partial<Record<InputName, string>>, string]>([
    [{}, '`kms-key-id` is required'],
    [{ 'kms-key-id': 'alias/x' }, '`aws-region` is not set'],
    [{ 'kms-key-id': 'not a key', 'aws-region': 'us-east-1' }, '`kms-key-id`'],
    [{ 'kms-key-id': 'alias/x', 'aws-region': 'Mars' }, '`aws-region`'],
    [
      { 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'role-to-assume': 'role/x' },
      '`role-to-assume`',
    ],
    [
      { 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'signing-algorithm': 'ECDSA_SHA_1' },
      '`signing-algorithm`',
    ],
    [{ 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', concurrency: '0' }, '`concurrency`'],
    [{ 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'max-files': 'many' }, '`max-files`'],
    [
      { 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'role-duration-seconds': '60' },
      '`role-duration-seconds`',
    ],
    [{ 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'dry-run': 'yes' }, '`dry-run`'],
    [{ 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', files: '../x/*.ds.md' }, '`files`'],
    [
      { 'kms-key-id': 'alias/x', 'aws-region': 'us-east-1', 'public-key-path': '../key.pem' },
      '`public-key-path`',
    ],
    [{ mode: 'publish' }, '`mode`'],
    [{ mode: 'verify', 'signature-policy': 'lenient' }, '`signature-policy`'],
    [{ mode: 'verify', 'fail-on': 'sometimes' }, '`fail-on`'],
    [{ mode: 'verify', 'changed-only': 'maybe' }, '`changed-only`'],
    [{ mode: 'verify', 'trusted-keys-file': '/etc/keys.txt' }, '`trusted-keys-file`'],
  ])('refuses %j naming the input', (inputs, named) => {
    let thrown: unknown
    try {
      read(inputs)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as Error).message).toContain(named)
  })

  it('reads verify settings without AWS access', () => {
    const s = read({ mode: 'verify', 'trusted-keys-file': '.dossier/trusted-keys.txt\nmore.txt' })
    expect(s).toMatchObject({
      mode: 'verify',
      trustedKeysFiles: ['/ws/.dossier/trusted-keys.txt', '/ws/more.txt'],
      policy: 'warn',
      changedOnly: 'auto',
      failOn: 'block',
      aws: undefined,
    })
  })
})

describe('readSettings: shard and merge-reports', () => {
  const SIGN = { 'kms-key-id': 'alias/k', 'aws-region': 'us-east-1' }

  it('reads `shard: I/N` in sign mode, and the whole run when it is empty', () => {
    expect(read({ ...SIGN, shard: ' 2 / 4 ' })).toMatchObject({ shard: { index: 2, count: 4 } })
    expect(read(SIGN)).toMatchObject({ shard: { index: 1, count: 1 } })
  })

  it.each(['0/4', '5/4', '2', 'a/b', '1/257', '-1/4'])(
    'refuses `shard: %s` as an input error naming `shard`',
    (shard) => {
      const error = (() => {
        try {
          read({ ...SIGN, shard })
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).code).toBe('invalid')
      expect((error as Error).message).toContain('`shard`')
      expect((error as Error).message).toContain(shard)
    },
  )

  it('refuses `shard` in verify mode: verify is offline and fast', () => {
    expect(() => read({ mode: 'verify', shard: '1/4' })).toThrow(
      /`shard` splits sign runs only: verify mode is offline and fast/,
    )
  })

  it('refuses `provenance-path` with more than one shard, and says how to attest instead', () => {
    expect(() => read({ ...SIGN, shard: '1/4', 'provenance-path': 'p.intoto.jsonl' })).toThrow(
      /attest only this shard's slice.*separate unsharded job after the shards, with `formats: none`/,
    )
    expect(read({ ...SIGN, shard: '1/1', 'provenance-path': 'p.intoto.jsonl' })).toMatchObject({
      shard: { index: 1, count: 1 },
      provenancePath: '/ws/p.intoto.jsonl',
    })
  })

  it('reads merge-reports settings without AWS inputs, `reports` defaulting to the download folder', () => {
    expect(read({ mode: 'merge-reports' })).toEqual({
      mode: 'merge-reports',
      workspace: '/ws',
      reports: { include: ['dossier-sign-reports/**/*.json'], exclude: [] },
      reportPath: undefined,
    })
    expect(
      read({
        mode: 'merge-reports',
        reports: 'out/*.json\n!out/old.json',
        'report-path': 'm.json',
      }),
    ).toMatchObject({
      reports: { include: ['out/*.json'], exclude: ['out/old.json'] },
      reportPath: '/ws/m.json',
    })
  })

  it('refuses `reports` outside the workspace and `shard` in merge-reports mode', () => {
    expect(() => read({ mode: 'merge-reports', reports: '../x/*.json' })).toThrow(
      /`reports` pattern "..\/x\/\*.json" points outside the workspace/,
    )
    expect(() => read({ mode: 'merge-reports', shard: '1/2' })).toThrow(
      /leave `shard` out of the merge step/,
    )
  })
})
