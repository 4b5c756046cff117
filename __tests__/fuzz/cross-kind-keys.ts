// The keys of the cross-kind fuzz suite and how a case trusts them: one P-256 and one
// Ed25519 key, the Ed25519 key listed as raw, SPKI or minisign depending on the protocol
// its original signature was made under, among decoys that must never verify anything.
import { sign, verify } from 'node:crypto'
import type { TestKey } from '../embedded/signed-dossier.js'
import { fixedKey } from './fixed-keys.js'

/** Every signature kind the verifier reads, the embedded schemes and the minisign modes apart. */
export const KINDS = [
  'embedded-v1',
  'embedded-v2',
  'embedded-v3',
  'sig',
  'sigstore',
  'minisig-ED',
  'minisig-Ed',
] as const
export type Kind = (typeof KINDS)[number]

/** How the trusted-keys file lists the signer (formats.md 3). */
export type Form = 'raw' | 'spki' | 'spki-pem' | 'minisign'
export type KeyName = 'p256' | 'ed25519'

export interface Signer {
  key: KeyName
  /** The form the original protocol was signed under, and so the one the case trusts. */
  form: Form
}

/** The signers each original kind is made by: every key type in every form that verifies it. */
export const SIGNERS: Record<Kind, readonly Signer[]> = {
  'embedded-v1': embeddedSigners(),
  'embedded-v2': embeddedSigners(),
  'embedded-v3': embeddedSigners(),
  sig: detachedSigners(),
  sigstore: detachedSigners(),
  'minisig-ED': [{ key: 'ed25519', form: 'minisign' }],
  'minisig-Ed': [{ key: 'ed25519', form: 'minisign' }],
}

/** One key pair per type, derived from fixed labels: the same Ed25519 key is listed as raw, SPKI or minisign. */
export const KEYS: Record<KeyName, TestKey> = {
  p256: fixedKey('p256', 'cross-kind p256'),
  ed25519: fixedKey('ed25519', 'cross-kind ed25519'),
}
export const SIGNER_IDENTIFIER = 'cross-kind signer'
export const MINISIGN_KEY_ID = Buffer.from('c0551d0b1ade0042', 'hex')
const DECOYS = {
  p256: fixedKey('p256', 'cross-kind decoy p256'),
  ed25519: fixedKey('ed25519', 'cross-kind decoy ed25519'),
}
const DECOY_MINISIGN_ID = Buffer.from('dec0dec0dec0dec0', 'hex')
/**
 * The trusted-keys text of a case: the signer in exactly the form its original protocol
 * was signed under, among decoys (other keys, in every form) that must never verify.
 */
export function trustedKeysText(signer: Signer): string {
  return [
    '# cross-kind fuzz: the signer in its original form only, and decoys',
    `${DECOYS.p256.spkiBase64} decoy p256`,
    `${rawEd25519(DECOYS.ed25519).toString('base64')} decoy raw ed25519`,
    `${minisignToken(DECOY_MINISIGN_ID, DECOYS.ed25519)} decoy minisign`,
    listing(signer),
    '',
  ].join('\n')
}

function listing({ key, form }: Signer): string {
  const k = KEYS[key]
  switch (form) {
    case 'raw':
      return `${rawEd25519(k).toString('base64')} ${SIGNER_IDENTIFIER}`
    case 'spki':
      return `${k.spkiBase64} ${SIGNER_IDENTIFIER}`
    case 'spki-pem':
      return `${k.publicKey.export({ type: 'spki', format: 'pem' }).toString().trimEnd()} ${SIGNER_IDENTIFIER}`
    case 'minisign':
      return `${minisignToken(MINISIGN_KEY_ID, k)} ${SIGNER_IDENTIFIER}`
  }
}

function minisignToken(keyId: Buffer, key: TestKey): string {
  return Buffer.concat([Buffer.from('Ed'), keyId, rawEd25519(key)]).toString('base64')
}

function embeddedSigners(): Signer[] {
  return [
    { key: 'p256', form: 'spki' },
    { key: 'p256', form: 'spki-pem' },
    { key: 'ed25519', form: 'raw' },
    { key: 'ed25519', form: 'spki' },
    { key: 'ed25519', form: 'spki-pem' },
  ]
}

function detachedSigners(): Signer[] {
  return [
    { key: 'p256', form: 'spki' },
    { key: 'p256', form: 'spki-pem' },
    { key: 'ed25519', form: 'spki' },
    { key: 'ed25519', form: 'spki-pem' },
  ]
}

/** Pure Ed25519, or ECDSA-P256 over SHA-256 of the message (KMS's DIGEST signing). */
export function signWith(key: TestKey, message: Buffer): Buffer {
  return sign(key.type === 'ed25519' ? null : 'sha256', message, key.privateKey)
}

export function signatureHolds(keyName: KeyName, message: Buffer, signature: Buffer): boolean {
  const key = KEYS[keyName]
  return verify(key.type === 'ed25519' ? null : 'sha256', message, key.publicKey, signature)
}

export function rawEd25519(key: TestKey): Buffer {
  return key.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
}
