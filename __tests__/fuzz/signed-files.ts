// Real signed files for the fuzz suites: dossiers in every layout with v1/v2/v3 embedded
// signatures, each with a .sig, .sigstore.json and .minisig, and the trusted-keys file
// that lists every signer, each in a different form.
import { createHash, sign } from 'node:crypto'
import { parseDossier } from '../../src/dossier/dossier.js'
import type { Layout } from '../../src/dossier/layout.js'
import { signedPayload, type PayloadScheme } from '../../src/dossier/payload.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import { formatMinisignPublicKey, minisignKeyIdHex } from '../../src/keys/minisign-key.js'
import {
  formatMinisig,
  minisigGlobalMessage,
  type MinisigAlgorithm,
} from '../../src/formats/minisig/minisig.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import type { FileSignatureKind } from '../../src/trust/signature-check.js'
import { formatSigstoreBundle } from '../../src/formats/sigstore/sigstore-bundle.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { TrustStore } from '../../src/keys/trusted-key.js'
import {
  DEFAULT_BODY,
  signedDossier,
  type SignOptions,
  type TestKey,
} from '../embedded/signed-dossier.js'
import { fixedKey, fixedLengthSignature } from './fixed-keys.js'

/** How the trusted-keys file lists a key: one whitespace-free token, or a PEM block. */
export type Listing = { form: 'token'; token: string } | { form: 'pem'; body: string }

/** A key that signs fixtures, and its entry in the fixture trusted-keys file. */
export interface FixtureSigner {
  key: TestKey
  identifier: string
  listing: Listing
  /** minisign signers only. */
  minisignKeyId?: Buffer
}

export interface FixtureSigners {
  p256: FixtureSigner
  k1: FixtureSigner
  ed: FixtureSigner
  /** An Ed25519 key listed as SPKI: the form that trusts `.sig` and `.sigstore.json`. */
  edSpki: FixtureSigner
  minisign: FixtureSigner
}

/** One dossier with all four signatures, and who made each. */
export interface SignedFile {
  name: string
  layout: Layout
  scheme: PayloadScheme
  dossier: Buffer
  detached: Record<DetachedKind, Buffer>
  signers: Record<FileSignatureKind, FixtureSigner>
  /** The embedded signature's `public_key` forms that name the signer (empty: none written). */
  publicKeyForms: string[]
}

export interface Fixtures {
  signers: FixtureSigners
  trustedKeysText: string
  trust: TrustStore
  files: SignedFile[]
}

const MINISIGN_KEY_ID = Buffer.from('f00dfacecafe0042', 'hex')
const ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
/** A body that starts with a blank line and holds a `---` line of its own. */
const FENCED_BODY = '\n# Starts with a blank line\n\n---\nA thematic break above; caf\u00e9.\n'
const FENCED_KEYLESS: FileOptions = { body: FENCED_BODY, publicKey: 'none' }

type SignerName = 'p256' | 'k1' | 'ed' | 'edSpki'

/** name, layout, scheme, embedded signer, .sig signer, .sigstore signer, .minisig algorithm, options */
type FileSpec = [
  string,
  Layout,
  PayloadScheme,
  SignerName,
  SignerName,
  SignerName,
  MinisigAlgorithm,
  FileOptions?,
]

/** Every layout with the schemes it allows, each signature kind by each key type. */
const FILES: FileSpec[] = [
  ['json-v1', 'legacy-json', 'v1', 'p256', 'p256', 'k1', 'ED'],
  ['json-v2', 'legacy-json', 'v2', 'ed', 'edSpki', 'p256', 'ED'],
  ['yaml-v1-pem', 'legacy-yaml', 'v1', 'k1', 'k1', 'p256', 'ED', { publicKey: 'pem' }],
  ['yaml-v2-keyless', 'legacy-yaml', 'v2', 'p256', 'p256', 'k1', 'ED', { publicKey: 'none' }],
  ['spec-v3', 'spec', 'v3', 'p256', 'edSpki', 'k1', 'ED'],
  ['json-v2-ed-everywhere', 'legacy-json', 'v2', 'edSpki', 'edSpki', 'edSpki', 'ED'],
  ['spec-v3-ed25519', 'spec', 'v3', 'ed', 'k1', 'p256', 'ED', { body: FENCED_BODY }],
  ['json-v1-fenced', 'legacy-json', 'v1', 'ed', 'p256', 'k1', 'ED', FENCED_KEYLESS],
  ['yaml-v1-empty-body', 'legacy-yaml', 'v1', 'p256', 'k1', 'p256', 'ED', { body: '' }],
]

export function buildFixtures(): Fixtures {
  const signers = buildSigners()
  const decoyP256 = fixedKey('p256', 'decoy p256')
  const decoyEd = fixedKey('ed25519', 'decoy ed25519')
  const trustedKeysText = [
    '# fuzz fixture: every signer in a different form, plus decoys and an ARN',
    `${tokenOf(signers.p256)} ${signers.p256.identifier}`,
    `-----BEGIN PUBLIC KEY-----\n${pemBodyOf(signers.k1)}\n-----END PUBLIC KEY----- ${signers.k1.identifier}`,
    '',
    `${tokenOf(signers.ed)}   ${signers.ed.identifier}`,
    `${tokenOf(signers.edSpki)} ${signers.edSpki.identifier}`,
    formatMinisignPublicKey({
      keyId: MINISIGN_KEY_ID,
      publicKey: rawEd25519(signers.minisign.key),
    }).trimEnd(),
    `${ARN} kms key listed without bytes`,
    `${decoyP256.spkiBase64} decoy p256`,
    `${rawEd25519(decoyEd).toString('base64')} decoy ed25519`,
    '',
  ].join('\n')
  const trust = buildTrustStore([{ text: trustedKeysText, source: 'trusted-keys' }])
  const files = FILES.map((spec) => signedFile(spec, signers))
  return { signers, trustedKeysText, trust, files }
}

function buildSigners(): FixtureSigners {
  const p256 = fixedKey('p256', 'official p256')
  const k1 = fixedKey('secp256k1', 'secp256k1 signer')
  const ed = fixedKey('ed25519', 'ed25519 signer')
  const edSpki = fixedKey('ed25519', 'ed25519 spki signer')
  const minisign = fixedKey('ed25519', 'minisign signer')
  const minisignToken = Buffer.concat([
    Buffer.from('Ed'),
    MINISIGN_KEY_ID,
    rawEd25519(minisign),
  ]).toString('base64')
  return {
    p256: {
      key: p256,
      identifier: 'official p256',
      listing: { form: 'token', token: p256.spkiBase64 },
    },
    k1: { key: k1, identifier: 'secp256k1 signer', listing: { form: 'pem', body: pemBase64(k1) } },
    ed: {
      key: ed,
      identifier: 'ed25519 signer',
      listing: { form: 'token', token: rawEd25519(ed).toString('base64') },
    },
    edSpki: {
      key: edSpki,
      identifier: 'ed25519 spki signer',
      listing: { form: 'token', token: edSpki.spkiBase64 },
    },
    minisign: {
      key: minisign,
      identifier: `minisign public key ${minisignKeyIdHex(MINISIGN_KEY_ID)}`,
      listing: { form: 'token', token: minisignToken },
      minisignKeyId: MINISIGN_KEY_ID,
    },
  }
}

interface FileOptions {
  body?: string
  /** How `public_key` names the embedded signer: the writer's default form, PEM, or not at all. */
  publicKey?: 'default' | 'pem' | 'none'
}

function signedFile(spec: FileSpec, signers: FixtureSigners): SignedFile {
  const [name, layout, scheme, embeddedName, sigName, sigstoreName, minisig, options = {}] = spec
  const [embedded, sig, sigstore] = [embeddedName, sigName, sigstoreName].map((n) => signers[n])
  if (!embedded || !sig || !sigstore) throw new Error(`${name}: unknown signer`)
  const pem = embedded.key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const publicKeyOption = options.publicKey ?? 'default'
  const dossier = fixedLengthDossier({
    layout,
    scheme,
    key: embedded.key,
    body: options.body ?? DEFAULT_BODY,
    ...(publicKeyOption === 'pem' ? { publicKey: pem } : {}),
    ...(publicKeyOption === 'none' ? { signature: { public_key: undefined } } : {}),
  })
  return {
    name,
    layout,
    scheme,
    dossier,
    detached: {
      sig: Buffer.from(formatSigFile(fixedLengthSignature(sig.key, dossier))),
      sigstore: Buffer.from(
        formatSigstoreBundle({
          digest: createHash('sha256').update(dossier).digest(),
          hashAlgorithm: 'sha256',
          signature: fixedLengthSignature(sigstore.key, dossier),
          spkiDer: Buffer.from(sigstore.key.spkiBase64, 'base64'),
        }),
      ),
      minisig: minisigOf(signers.minisign, minisig, dossier),
    },
    signers: { embedded, sig, sigstore, minisig: signers.minisign },
    publicKeyForms: publicKeyOption === 'none' ? [] : publicKeyForms(embedded.key),
  }
}

/** signedDossier's file, re-signed with a fixed-length signature (the payload ignores it). */
function fixedLengthDossier(options: SignOptions): Buffer {
  const payload = signedPayload(parseDossier(signedDossier(options)), options.scheme)
  const signature = fixedLengthSignature(options.key, payload).toString('base64')
  return signedDossier({ ...options, signature: { ...options.signature, signature } })
}

/** Every `public_key` text that names this key: base64 SPKI DER, PEM, raw Ed25519. */
export function publicKeyForms(key: TestKey): string[] {
  const pem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const forms = [key.spkiBase64, pem, pem.trimEnd()]
  return key.type === 'ed25519' ? [...forms, rawEd25519(key).toString('base64')] : forms
}

function minisigOf(signer: FixtureSigner, algorithm: MinisigAlgorithm, file: Buffer): Buffer {
  const signed = algorithm === 'ED' ? createHash('blake2b512').update(file).digest() : file
  const signature = sign(null, signed, signer.key.privateKey)
  const trustedComment = Buffer.from('timestamp:1767225600\tfile:fuzz.ds.md\thashed')
  return formatMinisig({
    algorithm,
    keyId: signer.minisignKeyId ?? Buffer.alloc(8),
    signature,
    trustedComment,
    globalSignature: sign(
      null,
      minisigGlobalMessage(signature, trustedComment),
      signer.key.privateKey,
    ),
    untrustedComment: 'signature from dossier-sign fuzz fixture',
  })
}

export function rawEd25519(key: TestKey): Buffer {
  return key.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
}

function pemBase64(key: TestKey): string {
  return key.publicKey
    .export({ type: 'spki', format: 'pem' })
    .toString()
    .replace(/-----[A-Z ]+-----/g, '')
    .replace(/\s+/g, '')
}

function tokenOf(signer: FixtureSigner): string {
  if (signer.listing.form !== 'token') throw new Error(`${signer.identifier} is listed as PEM`)
  return signer.listing.token
}

/** The PEM body in 64-character lines, as OpenSSL writes it. */
function pemBodyOf(signer: FixtureSigner): string {
  if (signer.listing.form !== 'pem') throw new Error(`${signer.identifier} is not listed as PEM`)
  return signer.listing.body.match(/.{1,64}/g)?.join('\n') ?? ''
}
