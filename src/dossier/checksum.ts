import { createHash } from 'node:crypto'
import { isPlainObject } from './plain-object.js'

export type Integrity = 'valid' | 'invalid' | 'missing'

export type IntegrityCode = 'checksum-mismatch' | 'checksum-malformed' | 'checksum-unsupported'

/** The checksum verdict; `code` says why when it is not valid. */
export interface IntegrityCheck {
  integrity: Integrity
  code?: IntegrityCode
  message: string
}

/** The value upstream writes: `{"algorithm":"sha256","hash":"<lowercase hex>"}`. */
export function checksumOf(body: Buffer): { algorithm: 'sha256'; hash: string } {
  return { algorithm: 'sha256', hash: createHash('sha256').update(body).digest('hex') }
}

/**
 * Compare a declared checksum with the body bytes. A checksum that is present but not
 * readable is `invalid`, not `missing`: someone wrote one, and it vouches for nothing.
 */
export function checkIntegrity(declared: unknown, body: Buffer): IntegrityCheck {
  if (declared === undefined || declared === null) {
    return { integrity: 'missing', message: 'has no checksum' }
  }
  if (!isPlainObject(declared) || typeof declared['hash'] !== 'string') {
    return {
      integrity: 'invalid',
      code: 'checksum-malformed',
      message: 'checksum is not {"algorithm":"sha256","hash":"<hex>"}',
    }
  }
  if (declared['algorithm'] !== 'sha256') {
    return {
      integrity: 'invalid',
      code: 'checksum-unsupported',
      message: `checksum algorithm ${JSON.stringify(declared['algorithm'])} is not sha256`,
    }
  }
  const actual = checksumOf(body).hash
  if (declared['hash'] !== actual) {
    return {
      integrity: 'invalid',
      code: 'checksum-mismatch',
      message: `checksum does not match the body (SHA-256 ${short(actual)}, checksum says ${short(declared['hash'])})`,
    }
  }
  return { integrity: 'valid', message: 'checksum matches the body' }
}

/** Enough of a hash for a person to compare, short enough for one annotation line. */
function short(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 16)}…` : hash
}
