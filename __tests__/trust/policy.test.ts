import { describe, expect, it } from '@jest/globals'
import type { Integrity } from '../../src/dossier/checksum.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
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
    ['valid', 'stale', 'WARN', 'BLOCK'],
    ['missing', 'stale', 'WARN', 'BLOCK'],
    ['invalid', 'stale', 'BLOCK', 'BLOCK'],
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
  coverage: status === 'verified' ? 'file' : undefined,
})

describe('recommend: coverage', () => {
  it('never ALLOWs a verified signature that leaves part of the file unsigned', () => {
    expect(recommend('warn', 'valid', 'verified', 'partial')).toBe('WARN')
    expect(recommend('strict', 'valid', 'verified', 'partial')).toBe('BLOCK')
    expect(recommend('warn', 'missing', 'verified', 'partial')).toBe('WARN')
    expect(recommend('warn', 'invalid', 'verified', 'partial')).toBe('BLOCK')
  })
  it('leaves every non-ALLOW verdict as it is', () => {
    expect(recommend('warn', 'valid', 'signed_unknown', 'partial')).toBe('WARN')
    expect(recommend('warn', 'valid', 'invalid', 'partial')).toBe('BLOCK')
  })
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

  it('a v1 (body-only) signature is verified with coverage body, and WARN (strict BLOCK) naming the fix', () => {
    const v1: SignatureCheck = { ...sig('verified', 'embedded'), coverage: 'body', line: 9 }
    const warn = verdictOf(valid, [v1], 'warn')
    expect(warn).toMatchObject({
      authenticity: 'verified',
      coverage: 'body',
      recommendation: 'WARN',
      code: 'frontmatter-not-signed',
      trustedIdentifier: 'k',
    })
    expect(warn.message).toMatch(/frontmatter .* is not signed/)
    expect(warn.message).toMatch(/v2\/v3/)
    expect(verdictOf(valid, [v1], 'strict')).toMatchObject({
      recommendation: 'BLOCK',
      message: expect.stringContaining('policy strict'),
    })
  })

  it('a full-coverage signature decides over a v1 one on the same file', () => {
    const v1: SignatureCheck = { ...sig('verified', 'embedded'), coverage: 'body' }
    expect(verdictOf(valid, [v1, sig('verified')], 'warn')).toMatchObject({
      coverage: 'file',
      recommendation: 'ALLOW',
    })
  })

  it('a covered payload that holds a value without covering it (a YAML date) is partial', () => {
    const v2: SignatureCheck = {
      ...sig('verified', 'embedded'),
      coverage: 'frontmatter+body',
      uncovered: ['last_updated'],
    }
    const verdict = verdictOf(valid, [v2], 'warn')
    expect(verdict).toMatchObject({
      recommendation: 'WARN',
      code: 'frontmatter-value-not-covered',
      uncovered: ['last_updated'],
    })
    expect(verdict.message).toContain('last_updated')
  })

  it('a verified check that does not say what it covers is never ALLOWed (fail closed)', () => {
    const unknownCoverage: SignatureCheck = { kind: 'sig', status: 'verified', keyIdentifier: 'k' }
    expect(verdictOf(valid, [unknownCoverage], 'warn').recommendation).toBe('WARN')
  })

  it('stale: WARN with the re-sign-after-merge message, BLOCK under strict; verified outranks it', () => {
    const stale: SignatureCheck = {
      kind: 'sig',
      status: 'stale',
      coverage: 'file',
      signatureFile: 'a.ds.md.sig',
      message: 'changed since it was signed; the signing workflow re-signs it after merge',
    }
    const warn = verdictOf(valid, [stale], 'warn')
    expect(warn).toMatchObject({ authenticity: 'stale', recommendation: 'WARN' })
    expect(warn.message).toContain(
      'changed since it was signed; the signing workflow re-signs it after merge',
    )
    expect(warn.trustedIdentifier).toBeUndefined()
    expect(verdictOf(valid, [stale], 'strict').recommendation).toBe('BLOCK')
    expect(verdictOf(valid, [stale, sig('verified')], 'warn').authenticity).toBe('verified')
    expect(verdictOf(valid, [stale, sig('invalid')], 'warn').authenticity).toBe('invalid')
  })

  it('says how to fix once: a detached message that names its fix gets no second hint', () => {
    const check: SignatureCheck = {
      ...sig('invalid'),
      signatureFile: 'a.ds.md.sig',
      message:
        "a.ds.md.sig does not verify. Re-sign the file with a trusted key, or, if you trust the signer, add the signer's public key to trusted-keys.",
    }
    const { message } = verdictOf(valid, [check], 'warn')
    expect(message).not.toMatch(/\.; /)
    expect(message.match(/re-sign/gi)).toHaveLength(1)
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
