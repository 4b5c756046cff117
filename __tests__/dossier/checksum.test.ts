import { describe, expect, it } from '@jest/globals'
import { checkIntegrity, checksumOf } from '../../src/dossier/checksum.js'

const body = Buffer.from('# Body\r\n')

describe('checkIntegrity', () => {
  it('is valid for the SHA-256 of the body bytes (CRLF included)', () => {
    expect(checksumOf(body)).toEqual({
      algorithm: 'sha256',
      hash: '57c3693fb734407e4f98052e1f5a5526bd1b83eb05a4059f536f9d41878b34d7',
    })
    expect(checkIntegrity(checksumOf(body), body).integrity).toBe('valid')
  })

  it.each([
    ['absent', undefined, 'missing', undefined],
    ['null', null, 'missing', undefined],
    [
      'a different hash',
      { algorithm: 'sha256', hash: '0'.repeat(64) },
      'invalid',
      'checksum-mismatch',
    ],
    [
      'an uppercase hash (upstream writes lowercase)',
      { ...checksumOf(body), hash: checksumOf(body).hash.toUpperCase() },
      'invalid',
      'checksum-mismatch',
    ],
    ['another algorithm', { algorithm: 'md5', hash: 'x' }, 'invalid', 'checksum-unsupported'],
    ['a string', 'abc', 'invalid', 'checksum-malformed'],
    ['no hash', { algorithm: 'sha256' }, 'invalid', 'checksum-malformed'],
  ])('%s: %s', (_case, declared, integrity, code) => {
    const result = checkIntegrity(declared, body)
    expect([result.integrity, result.code]).toEqual([integrity, code])
  })
})
