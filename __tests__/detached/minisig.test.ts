import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  formatMinisignPublicKey,
  minisignKeyIdHex,
  parseMinisignPublicKey,
} from '../../src/keys/minisign-key.js'
import {
  formatMinisig,
  minisigGlobalMessage,
  parseMinisig,
  type MinisigAlgorithm,
} from '../../src/formats/minisig/minisig.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'
import {
  exitCode,
  flipByte,
  run,
  tempDir,
  toolAvailable,
  trustedKey,
  trustedMinisignKey,
  verifyDetached,
} from './fixtures.js'

const MINISIGN = 'minisign'
const hasMinisign = toolAvailable(MINISIGN, '-v')
if (!hasMinisign) {
  console.warn(
    'minisign CLI not found: skipping the tests against the real minisign (apt install minisign)',
  )
}
const withMinisign = hasMinisign ? describe : describe.skip

const dir = tempDir()
afterAll(() => dir.remove())
const file = Buffer.from('---\nname: minisign test\n---\nbody with unicode: \u00e9\u4e2d\n')
const filePath = join(dir.path, 'dossier.ds.md')
const at = (name: string) => join(dir.path, name)

/** A minisig built with node:crypto alone, the way sign mode builds one from KMS. */
function handMade(
  algorithm: MinisigAlgorithm,
  trustedComment = Buffer.from('timestamp:1700000000\tfile:dossier.ds.md'),
) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')
  const keyId = randomBytes(8)
  const signed = algorithm === 'ED' ? createHash('blake2b512').update(file).digest() : file
  const signature = sign(null, signed, privateKey)
  const comment = trustedComment
  const minisig = formatMinisig({
    algorithm,
    keyId,
    signature,
    trustedComment: comment,
    globalSignature: sign(null, minisigGlobalMessage(signature, comment), privateKey),
    untrustedComment: 'signature from dossier-sign',
  })
  const pub = formatMinisignPublicKey({ keyId, publicKey: raw })
  return { minisig, pub, trusted: trustedMinisignKey(pub, 'hand-made'), publicKey }
}

/** Edits one of the four lines of a minisig. */
function editLine(minisig: Buffer, index: number, edit: (line: string) => string): Buffer {
  const lines = minisig.toString('utf8').split('\n')
  lines[index] = edit(lines[index] ?? '')
  return Buffer.from(lines.join('\n'))
}

function flipBase64(line: string, index: number): string {
  return flipByte(Buffer.from(line, 'base64'), index).toString('base64')
}

withMinisign('signatures made by the minisign CLI', () => {
  let pubText = ''
  let trusted: TrustedKey
  let other: TrustedKey
  const signatures: Record<'ED' | 'Ed', Buffer> = { ED: Buffer.alloc(0), Ed: Buffer.alloc(0) }

  beforeAll(() => {
    writeFileSync(filePath, file)
    run(MINISIGN, ['-G', '-W', '-f', '-p', at('k.pub'), '-s', at('k.key')])
    run(MINISIGN, ['-G', '-W', '-f', '-p', at('other.pub'), '-s', at('other.key')])
    const comment = 'dossier test \u00e9'
    run(MINISIGN, ['-S', '-s', at('k.key'), '-m', filePath, '-x', at('ED.minisig'), '-t', comment])
    run(MINISIGN, [
      '-S',
      '-l',
      '-s',
      at('k.key'),
      '-m',
      filePath,
      '-x',
      at('Ed.minisig'),
      '-t',
      comment,
    ])
    pubText = readFileSync(at('k.pub'), 'utf8')
    trusted = trustedMinisignKey(pubText, 'release key')
    other = trustedMinisignKey(readFileSync(at('other.pub'), 'utf8'), 'other key')
    signatures.ED = readFileSync(at('ED.minisig'))
    signatures.Ed = readFileSync(at('Ed.minisig'))
  })

  /** Does the real minisign accept this signature file for `content`? */
  function minisignAccepts(minisig: Buffer, content: Buffer = file): boolean {
    writeFileSync(at('check.minisig'), minisig)
    writeFileSync(at('check.txt'), content)
    const args = ['-V', '-q', '-p', at('k.pub'), '-m', at('check.txt'), '-x', at('check.minisig')]
    return exitCode(MINISIGN, args) === 0
  }

  it('the key id is the one minisign prints', () => {
    // minisign prints the id with %PRIX64: no zero padding, so 1 key in 16 shows fewer digits.
    const printed = /minisign public key ([0-9A-F]{1,16})\b/.exec(pubText)?.[1]
    expect(printed).toBeDefined()
    expect(minisignKeyIdHex(parseMinisignPublicKey(pubText).keyId)).toBe(printed?.padStart(16, '0'))
    const bare = pubText.split('\n')[1] ?? ''
    expect(bare).toMatch(/^RW/)
    expect(parseMinisignPublicKey(bare)).toEqual(parseMinisignPublicKey(pubText))
  })

  it('a legacy (-l) signature is refused, as `minisign -V -H` refuses it', () => {
    expect(parseMinisig(signatures.Ed).algorithm).toBe('Ed')
    expect(verifyDetached('minisig', signatures.Ed, [trusted], file)).toMatchObject({
      status: 'invalid',
      code: 'minisig-legacy-refused',
    })
    writeFileSync(at('check.minisig'), signatures.Ed)
    writeFileSync(at('check.txt'), file)
    const args = ['-V', '-q', '-p', at('k.pub'), '-m', at('check.txt'), '-x', at('check.minisig')]
    expect(exitCode(MINISIGN, [...args, '-H'])).not.toBe(0)
  })

  it.each(['ED'] as const)('%s: verified, reporting the trusted comment', (algorithm) => {
    expect(parseMinisig(signatures[algorithm]).algorithm).toBe(algorithm)
    const check = verifyDetached('minisig', signatures[algorithm], [other, trusted], file)
    expect(check).toMatchObject({
      kind: 'minisig',
      status: 'verified',
      keyIdentifier: 'release key',
      algorithm: `minisign-${algorithm}`,
    })
    expect(check.message).toContain('trusted comment: "dossier test \u00e9"')
    expect(verifyDetached('minisig', signatures[algorithm], [trusted], file, 1).status).toBe(
      'verified',
    )
  })

  it.each(['ED'] as const)(
    '%s: CRLF line endings (a Windows checkout) still verify',
    (algorithm) => {
      const crlf = Buffer.from(signatures[algorithm].toString('utf8').replaceAll('\n', '\r\n'))
      expect(verifyDetached('minisig', crlf, [trusted], file).status).toBe('verified')
      expect(minisignAccepts(crlf)).toBe(true)
    },
  )

  it.each(['ED'] as const)('%s: tampering is invalid, as minisign says too', (algorithm) => {
    const original = signatures[algorithm]
    const tampered: Array<[Buffer, Buffer, string]> = [
      [original, flipByte(file, 3), 'signature-mismatch'],
      [editLine(original, 1, (line) => flipBase64(line, 40)), file, 'signature-mismatch'],
      [editLine(original, 2, (line) => `${line}!`), file, 'minisig-trusted-comment-mismatch'],
      [
        editLine(original, 2, (line) => line.replace('test', 'TEST')),
        file,
        'minisig-trusted-comment-mismatch',
      ],
      [
        editLine(original, 3, (line) => flipBase64(line, 10)),
        file,
        'minisig-trusted-comment-mismatch',
      ],
    ]
    for (const [minisig, content, code] of tampered) {
      expect(verifyDetached('minisig', minisig, [trusted], content)).toMatchObject({
        status: 'invalid',
        code,
      })
      expect(minisignAccepts(minisig, content)).toBe(false)
    }
  })

  it('a key id no trusted minisign key has is invalid, naming both ids', () => {
    const check = verifyDetached('minisig', signatures.ED, [other], file)
    expect(check).toMatchObject({ status: 'invalid', code: 'minisig-key-id-mismatch' })
    const signedBy = minisignKeyIdHex(parseMinisignPublicKey(pubText).keyId)
    const otherId = minisignKeyIdHex(other.minisignKeyId ?? Buffer.alloc(8))
    expect(check.message).toContain(signedBy)
    expect(check.message).toContain(otherId)
  })

  it('the right key id on the wrong key is invalid: the id only selects', () => {
    const impostor = { ...other, minisignKeyId: trusted.minisignKeyId }
    expect(verifyDetached('minisig', signatures.ED, [impostor], file)).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    })
  })

  it('the same Ed25519 key trusted as SPKI has no key id, so it does not vouch for a minisig', () => {
    const spki = trustedKey(trusted.publicKey, 'spki copy')
    expect(verifyDetached('minisig', signatures.ED, [spki], file)).toMatchObject({
      status: 'invalid',
      code: 'minisig-key-id-mismatch',
    })
    expect(verifyDetached('minisig', signatures.ED, [spki], file).message).toContain(
      'no minisign key is trusted',
    )
  })
})

withMinisign('minisigs built with node:crypto pass the real minisign', () => {
  it.each(['ED', 'Ed'] as const)('%s', (algorithm) => {
    writeFileSync(filePath, file)
    const made = handMade(algorithm)
    writeFileSync(at(`hand-${algorithm}.minisig`), made.minisig)
    writeFileSync(at(`hand-${algorithm}.pub`), made.pub)
    const output = run(MINISIGN, [
      ...['-V', '-p', at(`hand-${algorithm}.pub`), '-m', filePath],
      ...['-x', at(`hand-${algorithm}.minisig`)],
    ])
    expect(output).toContain('Signature and comment signature verified')
    expect(output).toContain('timestamp:1700000000\tfile:dossier.ds.md')
    const bare = made.pub.split('\n')[1] ?? ''
    const viaBare = ['-V', '-P', bare, '-m', filePath, '-x', at(`hand-${algorithm}.minisig`)]
    expect(exitCode(MINISIGN, viaBare)).toBe(0)
    if (algorithm === 'ED') expect(exitCode(MINISIGN, [...viaBare, '-H'])).toBe(0)
  })
})

describe('minisigs built with node:crypto', () => {
  it.each(['ED', 'Ed'] as const)('%s: byte for byte round trip', (algorithm) => {
    const made = handMade(algorithm)
    expect(formatMinisig(parseMinisig(made.minisig))).toEqual(made.minisig)
    expect(verifyDetached('minisig', made.minisig, [made.trusted], file)).toMatchObject(
      algorithm === 'ED'
        ? { status: 'verified', algorithm: 'minisign-ED' }
        : { status: 'invalid', code: 'minisig-legacy-refused' },
    )
  })

  it('an ED signature over BLAKE2b-512(F) relabelled Ed never verifies a file holding that hash', () => {
    const made = handMade('ED')
    const parsed = parseMinisig(made.minisig)
    const relabelled = formatMinisig({ ...parsed, algorithm: 'Ed' })
    const hash = createHash('blake2b512').update(file).digest()
    expect(verifyDetached('minisig', relabelled, [made.trusted], hash)).toMatchObject({
      status: 'invalid',
      code: 'minisig-legacy-refused',
    })
  })

  it('a trusted comment is signed byte for byte, even when not UTF-8', () => {
    const latin1 = Buffer.from('caf\xe9 \t tab', 'latin1')
    const made = handMade('ED', latin1)
    expect(parseMinisig(made.minisig).trustedComment).toEqual(latin1)
    expect(verifyDetached('minisig', made.minisig, [made.trusted], file).status).toBe('verified')
  })

  it('refuses to format a comment that would break the lines', () => {
    const made = parseMinisig(handMade('ED').minisig)
    expect(() => formatMinisig({ ...made, trustedComment: Buffer.from('a\nb') })).toThrow(
      expect.objectContaining({ code: 'minisig-malformed' }),
    )
  })
})

describe('malformed minisigs are errors with codes, never throws', () => {
  const { minisig, trusted } = handMade('ED')
  const text = minisig.toString('utf8')
  const lines = text.split('\n')
  const cases: Array<[string, string | Buffer, string]> = [
    ['empty', '', 'minisig-malformed'],
    ['three lines', lines.slice(0, 3).join('\n'), 'minisig-malformed'],
    ['a fifth line', `${text}extra\n`, 'minisig-malformed'],
    ['a trailing blank line', `${text}\n`, 'minisig-malformed'],
    ['no untrusted comment prefix', editLine(minisig, 0, () => 'comment: x'), 'minisig-malformed'],
    [
      'no trusted comment prefix',
      editLine(minisig, 2, (l) => l.replace('trusted comment: ', 'trusted: ')),
      'minisig-malformed',
    ],
    [
      'a signature line not in base64',
      editLine(minisig, 1, () => 'not base64!'),
      'minisig-not-base64',
    ],
    ['a signature line with spaces', editLine(minisig, 1, (l) => ` ${l}`), 'minisig-not-base64'],
    [
      'a 73-byte signature line',
      editLine(minisig, 1, (l) => Buffer.from(l, 'base64').subarray(1).toString('base64')),
      'minisig-wrong-length',
    ],
    [
      'a 63-byte global signature',
      editLine(minisig, 3, (l) => Buffer.from(l, 'base64').subarray(1).toString('base64')),
      'minisig-wrong-length',
    ],
    [
      'an unknown algorithm',
      editLine(minisig, 1, (l) =>
        Buffer.concat([Buffer.from('EE'), Buffer.from(l, 'base64').subarray(2)]).toString('base64'),
      ),
      'minisig-unknown-algorithm',
    ],
    ['too large', editLine(minisig, 0, (l) => l + 'x'.repeat(17 * 1024)), 'minisig-too-large'],
  ]

  it.each(cases)('%s', (_name, content, code) => {
    expect(verifyDetached('minisig', content, [trusted], file)).toMatchObject({
      kind: 'minisig',
      status: 'error',
      code,
    })
  })
})

describe('parseMinisignPublicKey', () => {
  const { pub, publicKey } = handMade('ED')
  const bare = pub.split('\n')[1] ?? ''

  it('reads the .pub file and the bare line alike', () => {
    const parsed = parseMinisignPublicKey(pub)
    expect(parsed.keyId).toHaveLength(8)
    expect(parsed.publicKey.toString('base64url')).toBe(publicKey.export({ format: 'jwk' }).x)
    expect(parseMinisignPublicKey(`  ${bare}\n`)).toEqual(parsed)
    expect(parseMinisignPublicKey(pub.replaceAll('\n', '\r\n'))).toEqual(parsed)
    expect(formatMinisignPublicKey(parsed)).toBe(pub)
  })

  it.each([
    ['empty', '', 'minisign-key-malformed'],
    ['three lines', `${pub}extra`, 'minisign-key-malformed'],
    ['a comment without its prefix', `comment\n${bare}`, 'minisign-key-malformed'],
    ['not base64', 'RW not base64', 'minisign-key-not-base64'],
    [
      'a key of the wrong length',
      Buffer.from('Ed1234567').toString('base64'),
      'minisign-key-wrong-length',
    ],
    [
      'another algorithm',
      Buffer.concat([Buffer.from('EC'), Buffer.from(bare, 'base64').subarray(2)]).toString(
        'base64',
      ),
      'minisign-key-wrong-algorithm',
    ],
    ['a minisig instead of a key', handMade('ED').minisig.toString(), 'minisign-key-malformed'],
  ])('%s: %s', (_name, text, code) => {
    expect(() => parseMinisignPublicKey(text)).toThrow(expect.objectContaining({ code }))
  })
})
