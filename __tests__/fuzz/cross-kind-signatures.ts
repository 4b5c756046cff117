// Real signatures of every kind the verifier reads, made by real keys as each protocol
// makes them, and taken apart into "these bytes were signed, this is the signature" for
// cross-kind-placements.ts to move into another kind's slot.
import { createHash } from 'node:crypto'
import { checksumOf } from '../../src/dossier/checksum.js'
import { parseDossier } from '../../src/dossier/dossier.js'
import type { Layout } from '../../src/dossier/layout.js'
import { signedPayload, type PayloadScheme } from '../../src/dossier/payload.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import { formatMinisig, minisigGlobalMessage } from '../../src/formats/minisig/minisig.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { formatSigstoreBundle } from '../../src/formats/sigstore/sigstore-bundle.js'
import { signedDossier, writeDossier, type TestKey } from '../embedded/signed-dossier.js'
import {
  KEYS,
  MINISIGN_KEY_ID,
  signatureHolds,
  signWith,
  type Kind,
  type Signer,
} from './cross-kind-keys.js'
import { fixedKey } from './fixed-keys.js'

/** Listed nowhere: its signatures are `signed_unknown`. */
const STRANGER = fixedKey('p256', 'cross-kind stranger')

/** One signature a trusted key made, as its original protocol made it. */
export interface Signed {
  origin: Kind
  /** minisign makes two: `file` over the file (ED: its BLAKE2b-512) and `global` over `signature || trusted comment`. */
  part: 'signature' | 'minisig-global'
  signer: Signer
  /** Exactly the bytes the key signed (pure Ed25519, or ECDSA P-256 with SHA-256). */
  message: Buffer
  signature: Buffer
  /** The original .minisig's trusted comment and global signature, reused by moves into minisig slots. */
  minisig?: { trustedComment: Buffer; globalSignature: Buffer }
}

/** What a case writes into the workspace: one file and the detached signatures beside it. */
export interface Artifacts {
  name: string
  file: Buffer
  detached: Partial<Record<DetachedKind, Buffer>>
}

/** An original signature: the files its protocol writes, and the signatures in them. */
export interface Original {
  kind: Kind
  signer: Signer
  artifacts: Artifacts
  signed: Signed[]
}

/** What an original is made from: which signer, which content, which layout. */
export interface OriginalSpec {
  kind: Kind
  signer: Signer
  /** Index into the bodies (embedded) or files (detached) below, modulo their count. */
  content: number
  legacyLayout: Exclude<Layout, 'spec'>
}

/** Bodies the embedded originals sign, one of them a whole unsigned dossier of its own. */
const BODIES: readonly string[] = [
  '# Title\n\nDo the thing.\r\nWith a CRLF line.\n',
  '\n# Starts with a blank line\n\n---\nA thematic break above; caf\u00e9.\n',
  '',
  unsignedDossier('# Nested\n\nA whole dossier as a body.\n').toString('utf8'),
]

/**
 * Files the detached originals sign. None carries an embedded signature a trusted key
 * verifies, so any `verified` in a placement comes from the placed signature alone.
 */
const FILES: readonly { name: string; bytes: Buffer }[] = [
  { name: 'signed.ds.md', bytes: unsignedDossier('# Signed as a file\n\nRun the tests.\n') },
  { name: 'notes.txt', bytes: Buffer.from('plain notes, no frontmatter\r\n\u00e9\n') },
  { name: 'stranger.ds.md', bytes: strangerSignedDossier() },
  { name: 'empty.txt', bytes: Buffer.alloc(0) },
]

/** The original signature, written as its own protocol writes it; each signature checked real. */
export function originalOf(spec: OriginalSpec): Original {
  const { kind, signer } = spec
  const original = kind.startsWith('embedded') ? embeddedOriginal(spec) : detachedOriginal(spec)
  for (const signed of original.signed) {
    if (!signatureHolds(signer.key, signed.message, signed.signature)) {
      throw new Error(`fixture: ${kind} ${signed.part} does not verify over its own message`)
    }
  }
  return original
}

function embeddedOriginal({ kind, signer, content, legacyLayout }: OriginalSpec): Original {
  const scheme = kind.slice('embedded-'.length) as PayloadScheme
  const layout: Layout = scheme === 'v3' ? 'spec' : legacyLayout
  const key = KEYS[signer.key]
  const body = BODIES[content % BODIES.length] ?? ''
  const file = signedDossier({ layout, scheme, key, body })
  const dossier = parseDossier(file)
  const object = signatureObject(dossier.frontmatter, layout)
  return {
    kind,
    signer,
    artifacts: { name: 'original.ds.md', file, detached: {} },
    signed: [
      {
        origin: kind,
        part: 'signature',
        signer,
        message: signedPayload(dossier, scheme),
        signature: Buffer.from(String(object['signature']), 'base64'),
      },
    ],
  }
}

function detachedOriginal({ kind, signer, content }: OriginalSpec): Original {
  const { name, bytes } = FILES[content % FILES.length]!
  const key = KEYS[signer.key]
  if (kind === 'minisig-ED' || kind === 'minisig-Ed') {
    const signedBytes = kind === 'minisig-ED' ? blake2b(bytes) : bytes
    const signature = signWith(key, signedBytes)
    const trustedComment = Buffer.from(`timestamp:1767225600\tfile:${name}\thashed`)
    const global = minisigGlobalMessage(signature, trustedComment)
    const globalSignature = signWith(key, global)
    const minisig = { trustedComment, globalSignature }
    const mode = kind === 'minisig-ED' ? 'ED' : 'Ed'
    return {
      kind,
      signer,
      artifacts: {
        name,
        file: bytes,
        detached: { minisig: minisigFile(mode, signature, minisig) },
      },
      signed: [
        { origin: kind, part: 'signature', signer, message: signedBytes, signature, minisig },
        {
          origin: kind,
          part: 'minisig-global',
          signer,
          message: global,
          signature: globalSignature,
        },
      ],
    }
  }
  const signature = signWith(key, bytes)
  const detached =
    kind === 'sig'
      ? { sig: Buffer.from(formatSigFile(signature)) }
      : { sigstore: sigstoreFile(bytes, signature, key) }
  return {
    kind,
    signer,
    artifacts: { name, file: bytes, detached },
    signed: [{ origin: kind, part: 'signature', signer, message: bytes, signature }],
  }
}

export function minisigFile(
  mode: 'ED' | 'Ed',
  signature: Buffer,
  minisig: { trustedComment: Buffer; globalSignature: Buffer },
): Buffer {
  return formatMinisig({
    algorithm: mode,
    keyId: MINISIGN_KEY_ID,
    // A 72-byte ECDSA signature cannot sit in a minisign line: keep its first 64 bytes.
    signature: fitted(signature, 64),
    trustedComment: minisig.trustedComment,
    globalSignature: fitted(minisig.globalSignature, 64),
    untrustedComment: 'signature from minisign secret key',
  })
}

function fitted(bytes: Buffer, length: number): Buffer {
  return Buffer.concat([bytes, Buffer.alloc(length)]).subarray(0, length)
}

export function sigstoreFile(file: Buffer, signature: Buffer, key: TestKey): Buffer {
  return Buffer.from(
    formatSigstoreBundle({
      digest: createHash('sha256').update(file).digest(),
      hashAlgorithm: 'sha256',
      signature,
      spkiDer: Buffer.from(key.spkiBase64, 'base64'),
    }),
  )
}

export function blake2b(bytes: Buffer): Buffer {
  return createHash('blake2b512').update(bytes).digest()
}

function signatureObject(frontmatter: Record<string, unknown>, layout: Layout) {
  if (layout !== 'spec') return frontmatter['signature'] as Record<string, unknown>
  const metadata = frontmatter['metadata'] as Record<string, string>
  return JSON.parse(metadata['dossier.signature'] ?? '{}') as Record<string, unknown>
}

function unsignedDossier(body: string): Buffer {
  const fields = { title: 'Unsigned', risk_level: 'low', checksum: checksumOf(Buffer.from(body)) }
  return writeDossier('legacy-json', fields, undefined, body)
}

/** A v2 dossier signed by a key nobody lists: its embedded check is `signed_unknown`. */
function strangerSignedDossier(): Buffer {
  return signedDossier({
    layout: 'legacy-json',
    scheme: 'v2',
    key: STRANGER,
    body: '# Signed by someone else\n',
  })
}
