// Test helpers for the embedded-signature writer: a real signer over a local key (what
// KMS does for ECDSA_SHA_256 with a DIGEST), the upstream fixtures, and a line-level view
// of what an edit changed.
import { expect } from '@jest/globals'
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { signDigest } from '../../stack/kms-key-specs.js'
import type { Signer } from '../../src/sign/signer.js'
import type {
  EmbedKey,
  EmbedOptions,
  EmbedResult,
} from '../../src/formats/embedded/write-embedded.js'
import { upstreamVerify } from './upstream-checker.js'

export const FIXTURES = new URL('../../../shared/fixtures/upstream-dossiers/', import.meta.url)

export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES))
}

/** A signing key as the run gets it from GetPublicKey, and its private half for the signer. */
export interface LocalKey extends EmbedKey {
  privateKey: KeyObject
  spkiBase64: string
}

export function localKey(curve: 'prime256v1' | 'secp256k1' = 'prime256v1'): LocalKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve })
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' })
  return {
    arn: `arn:aws:kms:us-east-1:111122223333:key/${randomUUID()}`,
    spkiDer,
    publicKey,
    privateKey,
    spkiBase64: spkiDer.toString('base64'),
  }
}

/** Signs the digest it is given, as KMS does; counts calls. `forge` signs with another key. */
export class LocalSigner implements Signer {
  calls = 0
  constructor(
    private readonly key: { privateKey: KeyObject },
    private readonly answer?: (digest: Buffer) => Buffer,
  ) {}
  async sign(digest: Buffer): Promise<Buffer> {
    this.calls++
    return this.answer?.(digest) ?? signDigest(this.key.privateKey, 'ECDSA_SHA_256', digest)
  }
  stopsRun(): boolean {
    return false
  }
}

export const SIGNED_AT = '2026-02-03T04:05:06.789Z'
export const SIGNED_BY = 'octo-org/dossiers, workflow run 42 (attempt 1)'

export function optionsFor(
  key: LocalKey,
  signer: Signer = new LocalSigner(key),
  replace = false,
): EmbedOptions {
  return { signer, key, signedAt: SIGNED_AT, signedBy: SIGNED_BY, replace }
}

/** A dossier cut as formats.md 1.1 cuts it, read independently of src/dossier. */
export interface Cut {
  opening: string
  frontmatter: string
  closing: string
  body: Buffer
}

export function cut(bytes: Buffer): Cut {
  const text = bytes.toString('utf8')
  const openingEnd = text.indexOf('\n') + 1
  const closing = text.indexOf('\n---', openingEnd - 1) + 1
  let bodyStart = closing + 3
  if (text[bodyStart] === '\r') bodyStart++
  if (text[bodyStart] === '\n') bodyStart++
  return {
    opening: text.slice(0, openingEnd),
    frontmatter: text.slice(openingEnd, closing),
    closing: text.slice(closing, bodyStart),
    body: Buffer.from(text.slice(bodyStart), 'utf8'),
  }
}

/** A key line of the checksum or signature, in any layout and quoting. */
const FIELD_KEY = /^[ \t]*(["']?)(?:dossier\.)?(?:checksum|signature)\1[ \t]*:/

/**
 * The frontmatter's lines without the checksum and signature entries (their key line,
 * the lines indented under it, and a closing bracket at the key's indentation), and
 * without one trailing comma per line (inserting a JSON member adds one to the line
 * before). Two texts with equal skeletons differ only in those fields.
 */
export function skeleton(frontmatter: string): string[] {
  const lines = frontmatter.split('\n')
  const kept: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (!FIELD_KEY.test(line)) {
      kept.push(line.replace(/,(\r?)$/, '$1'))
      continue
    }
    const indent = indentOf(line)
    while (index + 1 < lines.length && deeper(lines[index + 1] as string, indent)) index++
    const next = lines[index + 1]
    if (next !== undefined && indentOf(next) === indent && /^[ \t]*[}\]],?\r?$/.test(next)) index++
  }
  return kept
}

function deeper(line: string, indent: number): boolean {
  return line.trim() !== '' && indentOf(line) > indent
}

function indentOf(line: string): number {
  return (/^[ \t]*/.exec(line) as RegExpExecArray)[0].length
}

export function crlf(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf8')
}

export function signedBytes(result: EmbedResult): Buffer {
  if (result.status !== 'signed') throw new Error(`expected signed, got ${result.status}`)
  return result.bytes
}

/**
 * What every written file must be, seen without src/: the same opening line, closing
 * fence and body bytes; a frontmatter that differs only in the checksum and signature
 * entries, its line endings kept; and valid, by this key, for the independent checker on
 * upstream's own parser.
 */
export function expectUpstreamSigned(
  before: Buffer,
  after: Buffer,
  key: LocalKey,
  covers: string,
): void {
  const [was, now] = [cut(before), cut(after)]
  expect(now.opening).toBe(was.opening)
  expect(now.closing).toBe(was.closing)
  expect(now.body.equals(was.body)).toBe(true)
  expect(skeleton(now.frontmatter)).toEqual(skeleton(was.frontmatter))
  if (was.frontmatter.includes('\r\n')) expect(now.frontmatter).not.toMatch(/[^\r]\n/)
  expect(upstreamVerify(after)).toMatchObject({
    checksum: 'valid',
    signature: 'valid',
    covers,
    spki: key.spkiBase64,
  })
}
