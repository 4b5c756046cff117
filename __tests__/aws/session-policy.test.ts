import { describe, expect, it } from '@jest/globals'
import {
  describeOnlyPolicy,
  keyArnOf,
  keyHomeOf,
  SESSION_POLICY_MAX_CHARS,
  sessionPolicyFor,
  SessionPolicyError,
  type KeyGrant,
} from '../../src/aws/session-policy.js'

const MAIN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const ED25519 = 'arn:aws:kms:us-east-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321'
const HOME = { partition: 'aws', region: 'us-east-1', account: '123456789012' }

const parsed = (grants: KeyGrant[]) =>
  JSON.parse(sessionPolicyFor(grants)) as {
    Version: string
    Statement: Array<{
      Sid: string
      Effect: string
      Action: string | string[]
      Resource: string | string[]
      Condition?: Record<string, Record<string, string>>
    }>
  }

describe('sessionPolicyFor', () => {
  it('gives a digest-signing run reads and DIGEST Sign on its one key, and nothing else', () => {
    const text = sessionPolicyFor([{ arn: MAIN, use: 'sign-digest' }])
    expect(text).toBe(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadSigningKeys',
            Effect: 'Allow',
            Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
            Resource: MAIN,
          },
          {
            Sid: 'SignDigestsOnly',
            Effect: 'Allow',
            Action: 'kms:Sign',
            Resource: MAIN,
            Condition: { StringEquals: { 'kms:MessageType': 'DIGEST' } },
          },
        ],
      }),
    )
    expect(text).not.toContain('RAW')
    expect(text).not.toContain('*')
  })

  it('adds RAW Sign only on the minisign key, and only with ED25519_SHA_512', () => {
    const policy = parsed([
      { arn: MAIN, use: 'sign-digest' },
      { arn: ED25519, use: 'sign-ed25519-raw' },
    ])
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      'ReadSigningKeys',
      'SignDigestsOnly',
      'SignPureEd25519Only',
    ])
    expect(policy.Statement[0]?.Resource).toEqual([MAIN, ED25519])
    expect(policy.Statement[1]?.Resource).toBe(MAIN)
    expect(policy.Statement[2]).toEqual({
      Sid: 'SignPureEd25519Only',
      Effect: 'Allow',
      Action: 'kms:Sign',
      Resource: ED25519,
      Condition: {
        StringEquals: { 'kms:MessageType': 'RAW', 'kms:SigningAlgorithm': 'ED25519_SHA_512' },
      },
    })
  })

  it('lets a pinning run read public keys only, each ARN once', () => {
    const policy = parsed([
      { arn: MAIN, use: 'read-public-key' },
      { arn: ED25519, use: 'read-public-key' },
      { arn: MAIN, use: 'read-public-key' },
    ])
    expect(policy.Statement).toEqual([
      {
        Sid: 'ReadPublicKeys',
        Effect: 'Allow',
        Action: 'kms:GetPublicKey',
        Resource: [MAIN, ED25519],
      },
    ])
  })

  it('does not list a key twice when it is both signed with and read', () => {
    const policy = parsed([
      { arn: MAIN, use: 'sign-digest' },
      { arn: MAIN, use: 'read-public-key' },
    ])
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['ReadSigningKeys', 'SignDigestsOnly'])
  })

  it('only ever allows, and only the three KMS calls the action makes', () => {
    const policy = parsed([
      { arn: MAIN, use: 'sign-digest' },
      { arn: ED25519, use: 'sign-ed25519-raw' },
      { arn: `${MAIN}0`, use: 'read-public-key' },
    ])
    const actions = new Set(policy.Statement.flatMap((s) => [s.Action].flat()))
    expect(actions).toEqual(new Set(['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign']))
    expect(new Set(policy.Statement.map((s) => s.Effect))).toEqual(new Set(['Allow']))
    for (const s of policy.Statement.filter((s) => s.Action === 'kms:Sign')) {
      expect(s.Condition?.StringEquals?.['kms:MessageType']).toBeDefined()
    }
  })

  it('fits as many key ARNs as 2,048 characters allow, and refuses one more with a fix', () => {
    const arns = (n: number) =>
      Array.from({ length: n }, (_, i): KeyGrant => ({
        arn: `${MAIN.slice(0, -4)}${String(i).padStart(4, '0')}`,
        use: 'read-public-key',
      }))
    let fits = 1
    while (sessionPolicyFor(arns(fits)).length + MAIN.length + 3 <= SESSION_POLICY_MAX_CHARS) {
      fits++
    }
    expect(sessionPolicyFor(arns(fits)).length).toBeLessThanOrEqual(SESSION_POLICY_MAX_CHARS)
    let error: unknown
    try {
      sessionPolicyFor(arns(fits + 1))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SessionPolicyError)
    expect((error as SessionPolicyError).code).toBe('session-policy-too-long')
    expect((error as Error).message).toContain('`session-policy: false`')
    expect((error as Error).message).toContain(`${fits + 1} KMS key(s)`)
  })

  it('refuses to build a policy for no key at all (it would allow nothing)', () => {
    expect(() => sessionPolicyFor([])).toThrow(SessionPolicyError)
  })
})

describe('the key ARN an input names without asking KMS', () => {
  it('is the input itself for a key ARN, and built in the role account for a bare key id', () => {
    expect(keyArnOf(MAIN, HOME)).toBe(MAIN)
    expect(keyArnOf('1234abcd-12ab-34cd-56ef-1234567890ab', HOME)).toBe(MAIN)
    expect(keyArnOf('mrk-1234abcd12ab34cd56ef1234567890ab', HOME)).toBe(
      'arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    )
  })

  it('is unknown for aliases, which can move, and for spellings KMS may not take', () => {
    expect(keyArnOf('alias/dossier-official-prod', HOME)).toBeUndefined()
    expect(
      keyArnOf('arn:aws:kms:us-east-1:123456789012:alias/dossier-official-prod', HOME),
    ).toBeUndefined()
    expect(keyArnOf('1234ABCD-12AB-34CD-56EF-1234567890AB', HOME)).toBeUndefined()
  })

  it('takes the partition and account from the role', () => {
    expect(keyHomeOf('arn:aws-cn:iam::210987654321:role/signer', 'cn-north-1')).toEqual({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '210987654321',
    })
  })
})

describe('describeOnlyPolicy', () => {
  it('allows DescribeKey on the keys of one account and region, and nothing else', () => {
    expect(JSON.parse(describeOnlyPolicy(HOME))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ResolveAliases',
          Effect: 'Allow',
          Action: 'kms:DescribeKey',
          Resource: 'arn:aws:kms:us-east-1:123456789012:key/*',
        },
      ],
    })
  })
})
