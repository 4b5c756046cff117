import { describe, expect, it } from '@jest/globals'
import type { Integrity } from '../../src/dossier/checksum.js'
import type { SignatureCheck } from '../../src/signatures/signature-check.js'
import { authenticityOf } from '../../src/trust/authenticity.js'
import { recommend, type Authenticity } from '../../src/trust/policy.js'
import { verdictOf } from '../../src/trust/verdict.js'

describe('recommend: the ADR-002 table', () => {
  it.each([
    ['valid', 'verified', 'ALLOW', 'ALLOW'],
    ['valid', 'signed_unknown', 'WARN', 'BLOCK'],
    ['valid', 'unsigned', 'WARN', 'BLOCK'],
    ['valid', 'invalid', 'BLOCK', 'BLOCK'],
    ['valid', 'error', 'BLOCK', 'BLOCK'],
    ['invalid', 'verified', 'BLOCK', 'BLOCK'],
    ['invalid', 'signed_unknown', 'BLOCK', 'BLOCK'],
    ['invalid', 'unsigned', 'BLOCK', 'BLOCK'],
    ['missing', 'verified', 'ALLOW', 'ALLOW'],
    ['missing', 'signed_unknown', 'WARN', 'BLOCK'],
    ['missing', 'unsigned', 'WARN', 'BLOCK'],
    ['missing', 'invalid', 'BLOCK', 'BLOCK'],
    ['missing', 'error', 'BLOCK', 'BLOCK'],
  ] as Array<[Integrity, Authenticity, string, string]>)(
    '%s + %s: warn %s, strict %s',
    (integrity, authenticity, warn, strict) => {
      expect(recommend('warn', integrity, authenticity)).toBe(warn)
      expect(recommend('strict', integrity, authenticity)).toBe(strict)
    },
  )
})

const sig = (
  status: SignatureCheck['status'],
  kind: SignatureCheck['kind'] = 'sig',
): SignatureCheck => ({
  kind,
  status,
  keyIdentifier: status === 'verified' ? 'k' : undefined,
})

describe('authenticityOf: worst signature wins', () => {
  it.each([
    [[], 'unsigned'],
    [['verified'], 'verified'],
    [['signed_unknown', 'verified'], 'verified'],
    [['signed_unknown'], 'signed_unknown'],
    [['verified', 'error'], 'error'],
    [['error', 'invalid', 'verified'], 'invalid'],
    [['verified', 'invalid'], 'invalid'],
  ] as Array<[Array<SignatureCheck['status']>, Authenticity]>)('%j -> %s', (statuses, expected) => {
    expect(authenticityOf(statuses.map((s) => sig(s)))).toBe(expected)
  })
})

describe('verdictOf', () => {
  const valid = { integrity: 'valid' as const, message: 'ok' }

  it('names the trusted identifier when verified', () => {
    expect(verdictOf(valid, [sig('verified')], 'warn')).toMatchObject({
      authenticity: 'verified',
      recommendation: 'ALLOW',
      trustedIdentifier: 'k',
    })
  })

  it('lets a file problem block, as an error, unless a signature is invalid', () => {
    const problem = { code: 'not-a-dossier', message: 'is not a dossier' }
    expect(verdictOf(valid, [sig('verified')], 'warn', problem)).toMatchObject({
      authenticity: 'error',
      code: 'not-a-dossier',
    })
    expect(verdictOf(valid, [sig('invalid')], 'warn', problem)).toMatchObject({
      authenticity: 'invalid',
    })
  })

  it('says why and how to fix for every non-ALLOW verdict', () => {
    const cases = [
      verdictOf(
        { integrity: 'invalid', code: 'checksum-mismatch', message: 'body differs' },
        [],
        'warn',
      ),
      verdictOf(valid, [], 'warn'),
      verdictOf(valid, [], 'strict'),
      verdictOf(
        valid,
        [
          {
            ...sig('signed_unknown', 'embedded'),
            message: 'valid signature by a key that is not trusted; to trust it, list X',
          },
        ],
        'strict',
      ),
      verdictOf(
        valid,
        [{ ...sig('invalid'), code: 'signature-mismatch', message: 'does not match' }],
        'warn',
      ),
    ]
    for (const verdict of cases) {
      expect(verdict.recommendation).not.toBe('ALLOW')
      expect(verdict.message).toMatch(/sign|restore|trust/)
    }
    expect(cases[0]?.code).toBe('checksum-mismatch')
    expect(cases[2]?.message).toContain('strict')
    expect(cases[3]?.message).toContain('strict')
  })
})
