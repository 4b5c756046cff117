import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { checksumOf } from '../../src/dossier/checksum.js'
import { ecdsaFromDer } from '../../src/keys/der.js'
import { formatMinisig } from '../../src/formats/minisig/minisig.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import { TrustedKeysError } from '../../src/trust/trusted-keys-error.js'
import { verifyFiles, type FileReport } from '../../src/verify/verify-files.js'
import { assertDistIsFresh } from '../e2e/e2e-fixture.js'
import {
  DEFAULT_BODY,
  makeKey,
  signedDossier,
  signPayload,
  writeDossier,
  type SignOptions,
} from '../embedded/signed-dossier.js'

/**
 * The hostile-input corpus for verification: every input gets a per-file error or refusal
 * with a code and a message naming the problem; none is `verified`, none throws, none
 * hangs, nothing outside the workspace is read through a link.
 */

const workspace = mkdtempSync(path.join(tmpdir(), 'verify-hostile-'))
const outside = mkdtempSync(path.join(tmpdir(), 'verify-hostile-outside-'))
afterAll(() => {
  for (const dir of [workspace, outside]) rmSync(dir, { recursive: true, force: true })
})

const official = makeKey('p256')
const stranger = makeKey('p256')
const edSigner = makeKey('ed25519')
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const rsaSpki = rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
const MINISIGN_KEY_ID = Buffer.from('0123456789abcdef', 'hex')
const minisignPublic = Buffer.concat([
  Buffer.from('Ed'),
  MINISIGN_KEY_ID,
  Buffer.from(edSigner.spkiBase64, 'base64').subarray(-32),
]).toString('base64')

// RSA and Ed25519 keys are trusted too, so algorithm confusion is tried with trusted keys.
const TRUSTED_KEYS = [
  `${official.spkiBase64} official`,
  `${edSigner.spkiBase64} ed-signer`,
  `${rsaSpki} rsa-signer`,
  `${minisignPublic} minisign-signer`,
].join('\n')
const trust = buildTrustStore([{ text: TRUSTED_KEYS, source: '.dossier/trusted-keys.txt' }])

const MiB = 1024 * 1024
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

function write(rel: string, content: Buffer | string): void {
  mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true })
  writeFileSync(path.join(workspace, rel), content)
}

/** Bytes edited as text, byte for byte. */
const latin1 = (bytes: Buffer, edit: (text: string) => string): Buffer =>
  Buffer.from(edit(bytes.toString('latin1')), 'latin1')

/** An unsigned dossier with a valid checksum: what detached signatures are put beside. */
function unsignedDossier(body = DEFAULT_BODY): Buffer {
  return writeDossier(
    'legacy-json',
    { title: 'Plain', checksum: checksumOf(Buffer.from(body)) },
    undefined,
    body,
  )
}

/** A legacy-JSON v1 dossier signed by the official key, with the signature object edited. */
function signed(options: Partial<SignOptions> = {}): Buffer {
  return signedDossier({ layout: 'legacy-json', scheme: 'v1', key: official, ...options })
}

/** The official key's real DER signature over DEFAULT_BODY (the v1 payload). */
const goodDer = signPayload(official, Buffer.from(DEFAULT_BODY))
const withSignature = (signature: Buffer): Buffer =>
  signed({ signature: { signature: signature.toString('base64') } })

/** The same r and s, not DER: 32-byte big-endian each (JOSE/WebCrypto form). */
function rawRS(der: Buffer): Buffer {
  const { r, s } = ecdsaFromDer(der) ?? { r: 0n, s: 0n }
  const fixed = (n: bigint) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex')
  return Buffer.concat([fixed(r), fixed(s)])
}

/** The same SEQUENCE with its length in the long form (0x81 NN): BER, not DER. */
function overlongDer(der: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x81, der.length - 2]), der.subarray(2)])
}

/**
 * r and s each with one zero byte more than their minimal encoding: not DER. (A
 * high-bit integer's minimal form already starts with 0x00; the padding goes before it.)
 */
function paddedIntegersDer(der: Buffer): Buffer {
  const { r, s } = ecdsaFromDer(der) ?? { r: 0n, s: 0n }
  const int = (n: bigint) => {
    const hex = n.toString(16)
    let minimal = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex')
    if ((minimal[0] ?? 0) & 0x80) minimal = Buffer.concat([Buffer.from([0]), minimal])
    const padded = Buffer.concat([Buffer.from([0]), minimal])
    return Buffer.concat([Buffer.from([0x02, padded.length]), padded])
  }
  const body = Buffer.concat([int(r), int(s)])
  return Buffer.concat([Buffer.from([0x30, body.length]), body])
}

/** The official key's SPKI with the point's last byte changed: off the curve. */
function offCurveSpki(): string {
  const der = Buffer.from(official.spkiBase64, 'base64')
  der[der.length - 1] = (der[der.length - 1] ?? 0) ^ 0x01
  return der.toString('base64')
}

/** A YAML "billion laughs": 9 levels of 9 aliases, 9^10 strings once expanded. */
function aliasBomb(): string {
  const lines = ['lol0: &lol0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i <= 9; i++) {
    lines.push(
      `lol${i}: &lol${i} [${Array(9)
        .fill(`*lol${i - 1}`)
        .join(', ')}]`,
    )
  }
  return lines.join('\n')
}

function minisigFor(content: Buffer, keyId: Buffer): Buffer {
  const signature = sign(
    null,
    createHash('blake2b512').update(content).digest(),
    edSigner.privateKey,
  )
  const trustedComment = Buffer.from('timestamp:1700000000')
  return formatMinisig({
    algorithm: 'ED',
    keyId,
    signature,
    trustedComment,
    globalSignature: sign(null, Buffer.concat([signature, trustedComment]), edSigner.privateKey),
    untrustedComment: 'signature from minisign secret key',
  })
}

const detachedSig = (content: Buffer | string, signature?: Buffer): string =>
  formatSigFile(signature ?? sign('sha256', Buffer.from(content), official.privateKey))

interface Case {
  /** Relative to the workspace; also the test's title prefix. */
  file: string
  what: string
  setup(file: string): void
  code: string
  why: RegExp
  /** Default BLOCK: an unsigned alias bomb only warns. */
  recommendation?: FileReport['recommendation']
}

/** Write a dossier with a detached file beside it. */
const withDetached =
  (detached: (file: string, content: Buffer) => void, content = unsignedDossier()) =>
  (file: string) => {
    write(file, content)
    detached(file, content)
  }

const CASES: Case[] = [
  // The dossier format.
  {
    file: 'format/bom.ds.md',
    what: 'a UTF-8 BOM before a validly signed dossier',
    setup: (f) => write(f, Buffer.concat([UTF8_BOM, signed()])),
    code: 'not-a-dossier',
    why: /byte order mark \(BOM\)/,
  },
  {
    file: 'format/crlf-normalised.ds.md',
    what: 'a dossier signed over CRLF bytes, then converted to LF',
    setup: (f) =>
      write(
        f,
        latin1(signed({ body: 'a\r\nb\r\n' }), (t) => t.replace(/\r\n/g, '\n')),
      ),
    code: 'checksum-mismatch',
    why: /checksum does not match the body/,
  },
  {
    file: 'format/truncated.ds.md',
    what: 'truncated frontmatter (no closing fence)',
    setup: (f) => write(f, signed().subarray(0, 120)),
    code: 'unterminated-frontmatter',
    why: /broken dossier: has no closing "---" fence/,
  },
  {
    file: 'format/fence-only.ds.md',
    what: 'an opening fence and nothing else',
    setup: (f) => write(f, '---dossier'),
    code: 'unterminated-frontmatter',
    why: /broken dossier: has an opening fence but no frontmatter/,
  },
  {
    file: 'format/bad-json.ds.md',
    what: 'malformed JSON frontmatter',
    setup: (f) => write(f, '---dossier\n{"title": "x",, "checksum": }\n---\nbody\n'),
    code: 'frontmatter-malformed',
    why: /frontmatter is not valid YAML\/JSON: .*\(\d+:\d+\)/,
  },
  {
    file: 'format/bad-yaml.ds.md',
    what: 'malformed YAML frontmatter',
    setup: (f) => write(f, '---\ntitle: [unclosed\nversion: : :\n---\nbody\n'),
    code: 'frontmatter-malformed',
    why: /frontmatter is not valid YAML\/JSON/,
  },
  {
    file: 'format/duplicate-checksum.ds.md',
    what: 'two checksum keys (readers would disagree on which one counts)',
    setup: (f) =>
      write(
        f,
        `---\nchecksum: {algorithm: sha256, hash: "${checksumOf(Buffer.from('other')).hash}"}\nchecksum: ${JSON.stringify(checksumOf(Buffer.from('body\n')))}\n---\nbody\n`,
      ),
    code: 'frontmatter-malformed',
    why: /duplicated mapping key/,
  },
  {
    file: 'format/bomb-signed.ds.md',
    what: 'a YAML alias bomb under a v2 signature (which must canonicalise it)',
    setup: (f) =>
      write(
        f,
        `---\n${aliasBomb()}\nsignature:\n  algorithm: ECDSA-SHA-256\n  covers: frontmatter+body\n  signature: ${goodDer.toString('base64')}\n  public_key: ${official.spkiBase64}\n---\nbody\n`,
      ),
    code: 'payload-unavailable',
    why: /expands to more than \d+ characters of canonical JSON \(YAML aliases\?\)/,
  },
  {
    file: 'format/bomb-unsigned.ds.md',
    what: 'an unsigned YAML alias bomb (parsed without expanding it)',
    setup: (f) => write(f, `---\n${aliasBomb()}\n---\nbody\n`),
    code: 'unsigned',
    why: /not signed/,
    recommendation: 'WARN',
  },
  {
    file: 'format/list.ds.md',
    what: 'a YAML list as frontmatter',
    setup: (f) => write(f, '---\n- checksum\n- signature\n---\nbody\n'),
    code: 'frontmatter-not-object',
    why: /frontmatter is not a key\/value map/,
  },
  {
    file: 'format/scalar.ds.md',
    what: 'a JSON string as frontmatter',
    setup: (f) => write(f, '---dossier\n"just a string"\n---\nbody\n'),
    code: 'frontmatter-not-object',
    why: /frontmatter is not a key\/value map/,
  },
  {
    file: 'format/empty-frontmatter.ds.md',
    what: 'an empty frontmatter',
    setup: (f) => write(f, '---\n---\nbody\n'),
    code: 'frontmatter-not-object',
    why: /frontmatter is not a key\/value map/,
  },
  {
    file: 'format/binary.ds.md',
    what: 'binary junk',
    setup: (f) => write(f, Buffer.from([0, 0xff, 0xfe, 0x80, 0x2d, 0x2d, 0x2d, 0x0a])),
    code: 'not-a-dossier',
    why: /is named \.ds\.md but does not start with a "---" frontmatter fence/,
  },
  {
    file: 'format/not-utf8.ds.md',
    what: 'frontmatter that is not UTF-8',
    setup: (f) => write(f, Buffer.from('---\ntitle: \xff\xfe\n---\nbody\n', 'latin1')),
    code: 'frontmatter-not-utf8',
    why: /frontmatter is not valid UTF-8/,
  },
  // The embedded signature object.
  {
    file: 'embedded/signature-not-base64.ds.md',
    what: 'a signature that is not base64',
    setup: (f) => write(f, signed({ signature: { signature: 'MEUCIQ!!not*base64' } })),
    code: 'signature-not-base64',
    why: /signature is not canonical base64/,
  },
  {
    file: 'embedded/public-key-not-base64.ds.md',
    what: 'a public_key that is not base64',
    setup: (f) => write(f, signed({ publicKey: 'MFkw EwYH%%' })),
    code: 'public-key-unreadable',
    why: /public_key is not canonical base64/,
  },
  {
    file: 'embedded/public-key-truncated.ds.md',
    what: 'a public_key of the wrong length (truncated SPKI)',
    setup: (f) =>
      write(
        f,
        signed({
          publicKey: Buffer.from(official.spkiBase64, 'base64').subarray(0, 45).toString('base64'),
        }),
      ),
    code: 'public-key-unreadable',
    why: /public_key is not a DER SubjectPublicKeyInfo public key/,
  },
  {
    file: 'embedded/ed25519-63-bytes.ds.md',
    what: 'an Ed25519 signature of 63 bytes',
    setup: (f) =>
      write(
        f,
        signed({ key: edSigner, signature: { signature: Buffer.alloc(63, 1).toString('base64') } }),
      ),
    code: 'signature-wrong-length',
    why: /signature bytes are not ED25519/,
  },
  {
    file: 'embedded/ecdsa-raw-rs.ds.md',
    what: 'an ECDSA signature as raw r||s, not DER',
    setup: (f) => write(f, withSignature(rawRS(goodDer))),
    code: 'signature-not-der',
    why: /signature bytes are not ECDSA_SHA_256/,
  },
  {
    file: 'embedded/ecdsa-overlong-length.ds.md',
    what: 'an ECDSA signature with a long-form (BER) length',
    setup: (f) => write(f, withSignature(overlongDer(goodDer))),
    code: 'signature-not-der',
    why: /signature bytes are not ECDSA_SHA_256/,
  },
  {
    file: 'embedded/ecdsa-padded-integers.ds.md',
    what: 'an ECDSA signature with zero-padded integers',
    setup: (f) => write(f, withSignature(paddedIntegersDer(goodDer))),
    code: 'signature-not-der',
    why: /signature bytes are not ECDSA_SHA_256/,
  },
  {
    file: 'embedded/ecdsa-trailing-byte.ds.md',
    what: 'a valid DER ECDSA signature with a byte appended',
    setup: (f) => write(f, withSignature(Buffer.concat([goodDer, Buffer.from([0])]))),
    code: 'signature-not-der',
    why: /signature bytes are not ECDSA_SHA_256/,
  },
  {
    file: 'embedded/point-off-curve.ds.md',
    what: 'a public key whose point is not on the curve',
    setup: (f) => write(f, signed({ publicKey: offCurveSpki() })),
    code: 'public-key-unreadable',
    why: /public_key is not a DER SubjectPublicKeyInfo public key/,
  },
  {
    file: 'embedded/rsa-key-for-ecdsa.ds.md',
    what: 'a (trusted) RSA key offered for an ECDSA signature',
    setup: (f) => write(f, signed({ publicKey: rsaSpki })),
    code: 'key-algorithm-mismatch',
    why: /public_key is a rsa key; this algorithm needs an EC P-256 or secp256k1 key/,
  },
  {
    file: 'embedded/ed25519-key-for-ecdsa.ds.md',
    what: 'a (trusted) Ed25519 key offered for an ECDSA signature',
    setup: (f) => write(f, signed({ publicKey: edSigner.spkiBase64 })),
    code: 'key-algorithm-mismatch',
    why: /public_key is a ed25519 key; this algorithm needs an EC P-256 or secp256k1 key/,
  },
  {
    file: 'embedded/ecdsa-labelled-ed25519.ds.md',
    what: 'a P-256 key and 64-byte r||s labelled ed25519',
    setup: (f) =>
      write(
        f,
        signed({
          signature: { algorithm: 'ed25519', signature: rawRS(goodDer).toString('base64') },
        }),
      ),
    code: 'key-algorithm-mismatch',
    why: /public_key is a ec key; this algorithm needs an Ed25519 key/,
  },
  {
    file: 'embedded/private-key-as-public-key.ds.md',
    what: 'a PKCS#8 private key as public_key',
    setup: (f) =>
      write(
        f,
        signed({
          publicKey: official.privateKey
            .export({ type: 'pkcs8', format: 'der' })
            .toString('base64'),
        }),
      ),
    code: 'public-key-unreadable',
    why: /public_key is a PRIVATE key/,
  },
  {
    file: 'embedded/covers-unknown.ds.md',
    what: 'an unknown covers value',
    setup: (f) => write(f, signed({ signature: { covers: 'everything' } })),
    code: 'unsupported-covers',
    why: /covers "everything" is not body, frontmatter\+body or spec-frontmatter\+body/,
  },
  {
    file: 'embedded/covers-proto.ds.md',
    what: 'covers "__proto__"',
    setup: (f) => write(f, signed({ signature: { covers: '__proto__' } })),
    code: 'unsupported-covers',
    why: /covers "__proto__" is not/,
  },
  {
    file: 'embedded/covers-v3-on-legacy.ds.md',
    what: 'covers spec-frontmatter+body on a legacy layout',
    setup: (f) => write(f, signed({ signature: { covers: 'spec-frontmatter+body' } })),
    code: 'covers-layout-mismatch',
    why: /a v3 signature does not cover a legacy-json dossier/,
  },
  {
    file: 'embedded/covers-body-on-spec.ds.md',
    what: 'covers body (v1) on a spec-layout dossier signed v3',
    setup: (f) =>
      write(
        f,
        signedDossier({
          layout: 'spec',
          scheme: 'v3',
          key: official,
          signature: { covers: 'body' },
        }),
      ),
    code: 'covers-layout-mismatch',
    why: /a v1 signature does not cover a spec dossier/,
  },
  // Detached signature files.
  {
    file: 'detached/minisig-key-id.ds.md',
    what: 'a .minisig naming a key id no trusted key has',
    setup: withDetached((f, content) =>
      write(`${f}.minisig`, minisigFor(content, Buffer.from('ffffffffffffffff', 'hex'))),
    ),
    code: 'minisig-key-id-mismatch',
    why: /\.minisig was made by minisign key FFFFFFFFFFFFFFFF, which is not trusted/,
  },
  {
    file: 'detached/sig-symlink.ds.md',
    what: 'a .sig that is a symlink (to a valid signature outside)',
    setup: withDetached((f, content) => {
      writeFileSync(path.join(outside, 'valid.sig'), detachedSig(content))
      symlinkSync(path.join(outside, 'valid.sig'), path.join(workspace, `${f}.sig`))
    }),
    code: 'symlink',
    why: /sig-symlink\.ds\.md\.sig is a symbolic link; it is not followed/,
  },
  {
    file: 'detached/sig-10mb.ds.md',
    what: 'a .sig of 10 MB',
    setup: withDetached((f) => write(`${f}.sig`, Buffer.alloc(10 * MiB, 'A'))),
    code: 'sig-file-too-large',
    why: /sig-10mb\.ds\.md\.sig is 10485760 bytes; a \.sig holds one base64 line of at most/,
  },
  {
    file: 'detached/sig-directory.ds.md',
    what: 'a .sig that is a directory',
    setup: withDetached((f) => mkdirSync(path.join(workspace, `${f}.sig`))),
    code: 'not-regular-file',
    why: /sig-directory\.ds\.md\.sig is not a regular file/,
  },
  {
    file: 'detached/sig-fifo.ds.md',
    what: 'a .sig that is a FIFO (must not block)',
    setup: withDetached((f) => execFileSync('mkfifo', [path.join(workspace, `${f}.sig`)])),
    code: 'not-regular-file',
    why: /sig-fifo\.ds\.md\.sig is not a regular file/,
  },
  {
    file: 'detached/sig-garbage.ds.md',
    what: 'a .sig of binary garbage',
    setup: withDetached((f) => write(`${f}.sig`, Buffer.from([0xff, 0, 1, 2, 0x0a]))),
    code: 'sig-file-not-base64',
    why: /sig-garbage\.ds\.md\.sig is not a single line of base64/,
  },
  {
    file: 'detached/sig-raw-rs.ds.md',
    what: 'a .sig holding raw r||s instead of DER',
    setup: withDetached((f, content) =>
      write(`${f}.sig`, detachedSig(content, rawRS(sign('sha256', content, official.privateKey)))),
    ),
    code: 'signature-mismatch',
    // 64 bytes fit the trusted Ed25519 key, which says no; P-256 says no to non-DER.
    why: /sig-raw-rs\.ds\.md\.sig (does not verify|verifies under none)/,
  },
  {
    file: 'detached/sig-overlong-der.ds.md',
    what: 'a .sig with a long-form (BER) length',
    setup: withDetached((f, content) =>
      write(
        `${f}.sig`,
        detachedSig(content, overlongDer(sign('sha256', content, official.privateKey))),
      ),
    ),
    code: 'signature-mismatch',
    why: /sig-overlong-der\.ds\.md\.sig does not verify under the one trusted key that fits/,
  },
  {
    file: 'detached/sig-truncated.ds.md',
    what: 'a .sig truncated by 4 bytes (wrong length)',
    setup: withDetached((f, content) =>
      write(
        `${f}.sig`,
        detachedSig(content, sign('sha256', content, official.privateKey).subarray(0, -4)),
      ),
    ),
    code: 'signature-mismatch',
    why: /sig-truncated\.ds\.md\.sig does not verify/,
  },
  {
    file: 'detached/sig-crlf-normalised.ds.md',
    what: 'a file whose .sig was made over CRLF bytes, converted to LF',
    setup: (f) => {
      const crlf = unsignedDossier('a\r\nb\r\n')
      write(`${f}.sig`, detachedSig(crlf))
      write(f, unsignedDossier('a\nb\n'))
    },
    code: 'signature-mismatch',
    why: /sig-crlf-normalised\.ds\.md\.sig does not verify/,
  },
  {
    file: 'detached/sigstore-deep.ds.md',
    what: 'a .sigstore.json nested 100000 arrays deep',
    setup: withDetached((f) =>
      write(`${f}.sigstore.json`, `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    ),
    code: 'sigstore-bad-field',
    why: /sigstore-deep\.ds\.md\.sigstore\.json has no JSON object at the bundle/,
  },
  // Files that must not be read at all.
  {
    file: 'read/huge-20mb.ds.md',
    what: 'a 20 MB dossier, even with a valid .sig',
    setup: (f) => {
      const content = Buffer.concat([unsignedDossier(), Buffer.alloc(20 * MiB, 'x')])
      write(f, content)
      write(`${f}.sig`, detachedSig(content))
    },
    code: 'file-too-large',
    why: /is larger than 16777216 bytes; a dossier this large is refused unread/,
  },
  {
    file: 'read/sparse-3g.ds.md',
    what: 'a sparse 3 GiB dossier',
    setup: (f) => execFileSync('truncate', ['-s', '3G', path.join(workspace, f)]),
    code: 'file-too-large',
    why: /is larger than 16777216 bytes/,
  },
  {
    file: 'read/fifo.ds.md',
    what: 'a FIFO handed in as a file (must not block)',
    setup: (f) => execFileSync('mkfifo', [path.join(workspace, f)]),
    code: 'not-regular-file',
    why: /is not a regular file; only regular files are read/,
  },
  {
    file: 'read/directory.ds.md',
    what: 'a directory handed in as a file',
    setup: (f) => mkdirSync(path.join(workspace, f)),
    code: 'not-regular-file',
    why: /is not a regular file/,
  },
  {
    file: 'read/symlink.ds.md',
    what: 'a symlink to a validly signed dossier outside',
    setup: (f) => {
      writeFileSync(path.join(outside, 'signed.ds.md'), signed())
      symlinkSync(path.join(outside, 'signed.ds.md'), path.join(workspace, f))
    },
    code: 'symlink',
    why: /is a symbolic link; it is not followed/,
  },
]

describe('verifyFiles on the hostile corpus', () => {
  let reports: Map<string, FileReport>
  let elapsedMs: number

  beforeAll(async () => {
    write('control/good.ds.md', signed())
    write(
      'control/crlf.ds.md',
      latin1(signed({ body: 'a\r\nb\r\n' }), (t) => t.replace(/\r?\n/g, '\r\n')),
    )
    const crlfSigned = unsignedDossier('a\r\nb\r\n')
    write('control/crlf-sig.ds.md', crlfSigned)
    write('control/crlf-sig.ds.md.sig', detachedSig(crlfSigned))
    const bom = Buffer.concat([UTF8_BOM, unsignedDossier()])
    write('control/bom-with-sig.ds.md', bom)
    write('control/bom-with-sig.ds.md.sig', detachedSig(bom))
    for (const c of CASES) {
      mkdirSync(path.dirname(path.join(workspace, c.file)), { recursive: true })
      c.setup(c.file)
    }
    const files = [
      ...['good', 'crlf', 'crlf-sig', 'bom-with-sig'].map((n) => `control/${n}.ds.md`),
      ...CASES.map((c) => c.file),
    ]
    const started = performance.now()
    const list = await verifyFiles({
      workspace,
      files: files.map((f) => path.join(workspace, f)),
      trust,
      policy: 'warn',
    })
    elapsedMs = performance.now() - started
    reports = new Map(list.map((r) => [r.file, r]))
  })

  it('verifies the controls: a good dossier, CRLF bytes as signed, and a .sig over exact bytes', () => {
    // The embedded controls are v1: verified, but their frontmatter is unsigned, so WARN.
    for (const file of ['good', 'crlf'].map((n) => `control/${n}.ds.md`)) {
      expect(reports.get(file)).toMatchObject({
        authenticity: 'verified',
        coverage: 'body',
        recommendation: 'WARN',
      })
    }
    expect(reports.get('control/crlf-sig.ds.md')).toMatchObject({
      authenticity: 'verified',
      coverage: 'file',
      recommendation: 'ALLOW',
    })
    // A .sig covers bytes, not a parse, and its check is valid; but a file named .ds.md
    // that is no dossier (a BOM) is refused whatever signs it.
    const bom = reports.get('control/bom-with-sig.ds.md')
    expect(bom).toMatchObject({
      integrity: 'missing',
      authenticity: 'error',
      code: 'not-a-dossier',
    })
    expect(bom?.signatures).toEqual([expect.objectContaining({ kind: 'sig', status: 'verified' })])
    expect(bom?.message).toMatch(/byte order mark/)
  })

  it.each(CASES.map((c) => [c.file, c.what, c] as const))('%s: %s', (file, _what, c) => {
    const report = reports.get(file)
    expect(report).toBeDefined()
    expect(report?.file).toBe(file)
    expect(report?.authenticity).not.toBe('verified')
    expect(report?.signatures.some((s) => s.status === 'verified')).toBe(false)
    expect(report?.recommendation).toBe(c.recommendation ?? 'BLOCK')
    expect(report?.code).toBe(c.code)
    expect(report?.message).toMatch(c.why)
  })

  it('finishes the whole corpus in seconds: no alias expansion, no unbounded read, no hang', () => {
    expect(elapsedMs).toBeLessThan(10_000)
  })
})

describe('buildTrustStore on hostile trusted-keys text: a clear error naming source:line, never a skip', () => {
  const SOURCE = '.dossier/trusted-keys.txt'
  const GOOD = `# pinned keys\n\n${official.spkiBase64} official\n`
  /** The error for `line` placed as line 4, after a comment, a blank line and a good entry. */
  const failureOf = (line: string): TrustedKeysError => {
    try {
      buildTrustStore([{ text: `${GOOD}${line}\n`, source: SOURCE }])
    } catch (error) {
      if (error instanceof TrustedKeysError) return error
      throw error
    }
    throw new Error(`the line was accepted: ${JSON.stringify(line)}`)
  }
  const p224 = generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).publicKey
  const pemOf = (key: { export(o: object): string | Buffer }, type: string): string =>
    key.export({ type, format: 'pem' }).toString().trim()

  it.each([
    ['a lone word', 'hello', 'missing-identifier', /has a key but no identifier/],
    ['two words', 'hello world', 'invalid-key', /the key is not canonical base64/],
    ['binary junk', '\u0000\u0001\u00ff\u00fe junk', 'invalid-key', /not canonical base64/],
    [
      'an OpenSSH key',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq alice@host',
      'invalid-key',
      /not canonical/,
    ],
    ['a JWK', '{"kty":"EC","crv":"P-256"} jwk', 'invalid-key', /not canonical base64/],
    [
      'truncated SPKI',
      `${official.spkiBase64.slice(0, 40)} short`,
      'invalid-key',
      /not a DER SubjectPublicKeyInfo/,
    ],
    [
      'a point off the curve',
      `${offCurveSpki()} off-curve`,
      'invalid-key',
      /not a DER SubjectPublicKeyInfo/,
    ],
    [
      'an unsupported curve (P-224)',
      `${p224.export({ type: 'spki', format: 'der' }).toString('base64')} p224`,
      'invalid-key',
      /is a ec key; only Ed25519, EC P-256/,
    ],
    [
      'a PEM block with no END',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
      'pem-unterminated',
      /PEM block has no -----END line/,
    ],
    [
      'an untrusted comment with no key',
      'untrusted comment: minisign public key',
      'minisign-key-missing',
      /not followed by an RW\.\.\. minisign key/,
    ],
    [
      'a KMS alias ARN',
      'arn:aws:kms:us-east-1:123456789012:alias/official official',
      'unsupported-arn',
      /is not a KMS key ARN/,
    ],
    [
      'a minisign-sized key of another algorithm',
      `${Buffer.concat([Buffer.from('Xx'), Buffer.alloc(40, 7)]).toString('base64')} x`,
      'invalid-key',
      /the key is not an Ed25519 minisign key \(algorithm "Xx"\)/,
    ],
  ])('refuses %s', (_name, line, code, why) => {
    const error = failureOf(line)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(why)
    expect(error.location).toBe(`${SOURCE}:4`)
    expect(error.message.startsWith(`${SOURCE}:4: `)).toBe(true)
  })

  it('names the second source when the garbage is there, after a good first source', () => {
    let caught: unknown
    try {
      buildTrustStore([
        { text: GOOD, source: 'a.txt' },
        { text: '\n\ngarbage line here\n', source: 'trusted-keys input' },
      ])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(TrustedKeysError)
    expect((caught as TrustedKeysError).location).toBe('trusted-keys input:3')
  })

  it.each([
    ['PKCS#8 PEM', pemOf(official.privateKey, 'pkcs8')],
    ['SEC1 "EC PRIVATE KEY" PEM', pemOf(official.privateKey, 'sec1')],
    ['PKCS#1 "RSA PRIVATE KEY" PEM', pemOf(rsa.privateKey, 'pkcs1')],
    [
      'an OpenSSH private key PEM',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----',
    ],
    [
      'PKCS#8 DER in base64 on one line',
      official.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    ],
    [
      'SEC1 DER in base64 on one line',
      official.privateKey.export({ type: 'sec1', format: 'der' }).toString('base64'),
    ],
  ])('refuses a private key (%s) by name, without echoing it', (_name, key) => {
    const error = failureOf(`${key} leaked-key`)
    expect(error.code).toBe('private-key')
    expect(error.message).toMatch(/^\.dossier\/trusted-keys\.txt:4: the key is a PRIVATE key/)
    const secretLines = key.split('\n').filter((l) => !l.startsWith('-----'))
    for (const secret of secretLines) expect(error.message).not.toContain(secret.slice(0, 24))
  })

  // Lines end at "\n" only, as upstream splits them: any other separator inside a line
  // is an error on that line, never a second entry hidden in what looks like an identifier.
  it.each([
    ['CR-only line endings', '\r', 'U+000D'],
    ['a Unicode line separator (U+2028)', '\u2028', 'U+2028'],
    ['a paragraph separator (U+2029)', '\u2029', 'U+2029'],
    ['a form feed', '\f', 'U+000C'],
    ['a vertical tab', '\v', 'U+000B'],
    ['a NEL (U+0085)', '\u0085', 'U+0085'],
  ])('refuses %s inside a line, naming the line', (_name, br, codePoint) => {
    const text = `${official.spkiBase64} official${br}${stranger.spkiBase64} second\n`
    expect(() => buildTrustStore([{ text, source: SOURCE }])).toThrow(
      expect.objectContaining({ code: 'line-separator-in-line', location: `${SOURCE}:1` }),
    )
    expect(() => buildTrustStore([{ text, source: SOURCE }])).toThrow(codePoint)
  })

  it('reads CRLF line endings as upstream does', () => {
    const text = `${official.spkiBase64} official\r\n${stranger.spkiBase64} second\r\n`
    const store = buildTrustStore([{ text, source: SOURCE }])
    expect(store.keys.map((k) => [k.identifier, k.source])).toEqual([
      ['official', `${SOURCE}:1`],
      ['second', `${SOURCE}:2`],
    ])
  })

  it('refuses more than 1 MiB as a whole', () => {
    const text = `${GOOD}#${'x'.repeat(MiB)}\n`
    expect(() => buildTrustStore([{ text, source: SOURCE }])).toThrow(
      expect.objectContaining({ code: 'trusted-keys-too-large' }),
    )
  })
})

describe('the local CLI (dist/cli/index.js) on a hostile workspace', () => {
  const CLI = path.join(REPO_ROOT, 'dist/cli/index.js')
  let cwd: string

  const cli = (args: string[], timeout = 20_000) =>
    spawnSync(process.execPath, [CLI, 'verify', ...args], { cwd, encoding: 'utf8', timeout })

  beforeAll(() => {
    assertDistIsFresh()
    cwd = mkdtempSync(path.join(tmpdir(), 'verify-hostile-cli-'))
    const put = (rel: string, content: Buffer | string) => {
      mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true })
      writeFileSync(path.join(cwd, rel), content)
    }
    put('good.ds.md', signed())
    put('bom.ds.md', Buffer.concat([UTF8_BOM, signed()]))
    put('huge.ds.md', Buffer.concat([unsignedDossier(), Buffer.alloc(20 * MiB, 'x')]))
    put('sigdir.ds.md', unsignedDossier())
    mkdirSync(path.join(cwd, 'sigdir.ds.md.sig'))
    execFileSync('mkfifo', [path.join(cwd, 'y.ds.md')])
    writeFileSync(path.join(outside, 'victim.ds.md'), signed())
    symlinkSync(path.join(outside, 'victim.ds.md'), path.join(cwd, 'escape.ds.md'))
    mkdirSync(path.join(outside, 'tree'))
    writeFileSync(path.join(outside, 'tree/victim.ds.md'), signed())
    symlinkSync(path.join(outside, 'tree'), path.join(cwd, 'linked'))
    writeFileSync(Buffer.from(`${cwd}/bad-\xff.ds.md`, 'latin1'), signed())
    mkdirSync(Buffer.from(`${cwd}/dir-\xff`, 'latin1'))
    writeFileSync(Buffer.from(`${cwd}/dir-\xff/inner.ds.md`, 'latin1'), signed())
    put('keys/good.txt', `${TRUSTED_KEYS}\n`)
    put('keys/garbage.txt', `# keys\n${official.spkiBase64} official\nnot a key at all\n`)
    put('keys/private.txt', `${pemOf(official.privateKey)} oops\n`)
  })
  afterAll(() => rmSync(cwd, { recursive: true, force: true }))
  function pemOf(key: { export(o: object): string | Buffer }): string {
    return key.export({ type: 'pkcs8', format: 'pem' }).toString().trim()
  }

  it('finishes, reports each hostile path in the JSON report, and verifies only the good one', () => {
    const run = cli(['--trusted-keys-file', 'keys/good.txt', '--json'])
    expect(run.signal).toBeNull()
    expect(run.status).toBe(1)
    // The same report as the action's: refused paths are entries, not side notes.
    const reports = JSON.parse(run.stdout) as Array<FileReport>
    const byFile = Object.fromEntries(reports.map((r) => [r.file, r]))
    expect(Object.keys(byFile).sort()).toEqual([
      'bad-\uFFFD.ds.md',
      'bom.ds.md',
      'dir-\uFFFD',
      'escape.ds.md',
      'good.ds.md',
      'huge.ds.md',
      'linked',
      'sigdir.ds.md',
      'y.ds.md',
    ])
    expect(byFile['good.ds.md']).toMatchObject({ authenticity: 'verified' })
    for (const file of ['bom.ds.md', 'huge.ds.md', 'sigdir.ds.md', 'y.ds.md', 'dir-\uFFFD']) {
      expect(byFile[file]).toMatchObject({ authenticity: 'error', recommendation: 'BLOCK' })
    }
    // Links are content nothing verified: WARN under the default policy, never followed.
    expect(byFile['escape.ds.md']).toMatchObject({ code: 'symlink', recommendation: 'WARN' })
    expect(byFile['linked']).toMatchObject({ code: 'symlinked-folder', recommendation: 'WARN' })
    expect(byFile['y.ds.md']?.message).toContain('is not a regular file (FIFO, socket or device)')
    expect(byFile['bad-\uFFFD.ds.md']?.message).toContain('has a name that is not valid UTF-8')
    expect(byFile['bom.ds.md']?.message).toContain('byte order mark')
    expect(byFile['huge.ds.md']?.message).toContain('is larger than 16777216 bytes')
    expect(byFile['sigdir.ds.md']?.message).toContain('sigdir.ds.md.sig is not a regular file')
    // The symlinked directory was not walked: nothing under linked/ was even listed.
    expect(run.stdout + run.stderr).not.toContain('linked/')
    expect(run.stdout + run.stderr).not.toContain('victim')
  })

  it.each([['/etc/passwd'], ['../*.ds.md'], ['docs/../../*.ds.md']])(
    'exits 2 on a path outside the workspace (%s), verifying nothing',
    (target) => {
      const run = cli([target, '--trusted-keys-file', 'keys/good.txt'])
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/points outside the workspace/)
      expect(run.stderr).toContain(target)
      expect(run.stdout).toBe('')
    },
  )

  it('exits 2 on a garbage trusted-keys line, naming file:line, and verifies nothing', () => {
    const run = cli(['good.ds.md', '--trusted-keys-file', 'keys/garbage.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^dossier-sign: keys\/garbage\.txt:3: the key is not canonical base64/,
    )
    expect(run.stdout).not.toContain('verified')
  })

  it('exits 2 on a private key in the trusted keys, without printing it', () => {
    const run = cli(['good.ds.md', '--trusted-keys-file', 'keys/private.txt'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('keys/private.txt:1: the key is a PRIVATE key')
    const body = pemOf(official.privateKey).split('\n')[1] ?? ''
    expect(run.stdout + run.stderr).not.toContain(body.slice(0, 24))
  })

  // Trusted-keys files are read bounded, without following links or blocking on a
  // FIFO (a pull request controls the repository's paths).
  it('refuses a trusted-keys file that is a FIFO instead of waiting on it', () => {
    execFileSync('mkfifo', [path.join(cwd, 'keys/fifo.txt')])
    const run = cli(['good.ds.md', '--trusted-keys-file', 'keys/fifo.txt'], 3_000)
    expect(run.signal).toBeNull()
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('keys/fifo.txt')
  })
})
