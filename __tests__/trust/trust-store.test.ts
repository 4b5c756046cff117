import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { buildTrustStore, pinArn, trustedKeyFor } from '../../src/trust/trust-store.js'

const spki = (): Buffer =>
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
    type: 'spki',
    format: 'der',
  })
const ARN = 'arn:aws:kms:us-east-1:942039714848:key/d9ccd3fc-b190-49fd-83f7-e94df6620c1d'

describe('buildTrustStore', () => {
  it('concatenates sources in order, each entry naming its source and line', () => {
    const a = spki()
    const b = spki()
    const store = buildTrustStore([
      { text: `${a.toString('base64')} a\n`, source: 'file.txt' },
      { text: `# x\n${b.toString('base64')} b\n${ARN} kms\n`, source: 'trusted-keys input' },
    ])
    expect(store.keys.map((k) => [k.identifier, k.source])).toEqual([
      ['a', 'file.txt:1'],
      ['b', 'trusted-keys input:2'],
    ])
    expect(store.unpinnedArns.map((e) => e.source)).toEqual(['trusted-keys input:3'])
    expect(trustedKeyFor(store.keys, b)?.identifier).toBe('b')
    expect(trustedKeyFor(store.keys, spki())).toBeUndefined()
  })

  it('fails on a garbage line in any source, naming it', () => {
    expect(() =>
      buildTrustStore([
        { text: '', source: 'a' },
        { text: 'garbage here', source: 'b' },
      ]),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-key', message: expect.stringContaining('b:1') }),
    )
  })
})

describe('pinArn', () => {
  const store = buildTrustStore([{ text: `${ARN} official\n`, source: 'keys' }])

  it('turns the ARN into a trusted key with the bytes KMS returned, without mutating the store', () => {
    const bytes = spki()
    const pinned = pinArn(store, ARN, bytes, 'official')
    expect(pinned.unpinnedArns).toEqual([])
    expect(pinned.keys).toEqual([
      expect.objectContaining({
        identifier: 'official',
        kind: 'spki',
        source: expect.stringContaining('keys:1'),
      }),
    ])
    expect(trustedKeyFor(pinned.keys, bytes)?.identifier).toBe('official')
    expect(store.unpinnedArns).toHaveLength(1)
    expect(store.keys).toHaveLength(0)
  })

  it('refuses an ARN that is not listed', () => {
    expect(() => pinArn(store, `${ARN}0`, spki(), 'x')).toThrow(
      expect.objectContaining({ code: 'arn-not-listed' }),
    )
  })

  it('refuses bytes that are not a usable public key', () => {
    expect(() => pinArn(store, ARN, Buffer.from('nope'), 'x')).toThrow(
      expect.objectContaining({ code: 'invalid-key' }),
    )
  })
})
