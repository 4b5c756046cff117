// Signatures put where another kind is read: a moved signature, and where the slot signs
// bytes of a file (a body, a whole file), that file made of the very bytes the key signed.
import { checksumOf } from '../../src/dossier/checksum.js'
import type { Layout } from '../../src/dossier/layout.js'
import type { PayloadScheme } from '../../src/dossier/payload.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { writeDossier, type TestKey } from '../embedded/signed-dossier.js'
import { KEYS, rawEd25519, type Kind } from './cross-kind-keys.js'
import {
  blake2b,
  minisigFile,
  sigstoreFile,
  type Artifacts,
  type Signed,
} from './cross-kind-signatures.js'

/** How a placement writes what it can choose: the attacker's free choices. */
export interface PlacementVariant {
  legacyLayout: Exclude<Layout, 'spec'>
  /** The embedded `public_key`: absent, or the signer's key in a form the object accepts. */
  publicKey: 'none' | 'spki' | 'pem' | 'raw'
  /** A v1 slot's `covers`: absent or "body", both v1. */
  v1Covers: 'absent' | 'body'
  /** The placed file's name: a dossier name, or a plain file a detached signature speaks for. */
  name: 'forged.ds.md' | 'forged.txt'
}

/** A signature moved into a slot of another kind. */
export interface Placement {
  slot: Kind
  artifacts: Artifacts
  /**
   * The bytes the slot's protocol verifies its signature over, where these are bytes of
   * the placed files themselves: the body (v1), the file (.sig, .sigstore.json, minisign
   * Ed) or its BLAKE2b-512 (minisign ED). Undefined for v2/v3, whose payload is tagged.
   */
  signedBytes?: Buffer
}

/**
 * Put `signed`'s signature where `slot` reads one. Where the slot signs bytes of a file
 * (a body, a whole file), that file is the message the key signed: the attack is "a file
 * whose content is what was signed". Elsewhere the signature alone moves.
 */
export function place(signed: Signed, slot: Kind, variant: PlacementVariant): Placement {
  const message = signed.message
  switch (slot) {
    case 'embedded-v1':
    case 'embedded-v2':
    case 'embedded-v3': {
      const scheme = slot.slice('embedded-'.length) as PayloadScheme
      const file = forgedDossier(signed, scheme, variant)
      return {
        slot,
        artifacts: { name: 'forged.ds.md', file, detached: {} },
        ...(scheme === 'v1' ? { signedBytes: message } : {}),
      }
    }
    case 'sig':
      return detachedPlacement(slot, message, variant, {
        sig: Buffer.from(formatSigFile(signed.signature)),
      })
    case 'sigstore':
      return detachedPlacement(slot, message, variant, {
        sigstore: sigstoreFile(message, signed.signature, KEYS[signed.signer.key]),
      })
    case 'minisig-ED':
    case 'minisig-Ed': {
      const mode = slot === 'minisig-ED' ? 'ED' : 'Ed'
      const carried = signed.part === 'signature' ? signed.minisig : undefined
      // Outside minisign there is no global signature to carry: the best an attacker has
      // is another signature by the same key, so the signature stands in for it.
      const minisig = carried ?? {
        trustedComment: Buffer.from('timestamp:1767225600\tfile:forged.txt'),
        globalSignature: signed.signature.length === 64 ? signed.signature : Buffer.alloc(64),
      }
      const placement = detachedPlacement(slot, message, variant, {
        minisig: minisigFile(mode, signed.signature, minisig),
      })
      return { ...placement, signedBytes: mode === 'ED' ? blake2b(message) : message }
    }
  }
}

function detachedPlacement(
  slot: Kind,
  file: Buffer,
  variant: PlacementVariant,
  detached: Partial<Record<DetachedKind, Buffer>>,
): Placement {
  return { slot, artifacts: { name: variant.name, file, detached }, signedBytes: file }
}

/**
 * A dossier whose body is the signed message, checksummed so its integrity is valid,
 * carrying the moved signature in the slot's scheme and layout.
 */
function forgedDossier(signed: Signed, scheme: PayloadScheme, variant: PlacementVariant): Buffer {
  const key = KEYS[signed.signer.key]
  const object: Record<string, unknown> = {
    algorithm: key.type === 'ed25519' ? 'ed25519' : 'ECDSA-SHA-256',
    signature: signed.signature.toString('base64'),
    key_id: 'claimed-by-the-forger',
    signed_at: '2026-01-01T00:00:00.000Z',
  }
  const publicKey = publicKeyText(key, variant.publicKey)
  if (publicKey !== undefined) object['public_key'] = publicKey
  if (scheme === 'v2') object['covers'] = 'frontmatter+body'
  if (scheme === 'v3') object['covers'] = 'spec-frontmatter+body'
  if (scheme === 'v1' && variant.v1Covers === 'body') object['covers'] = 'body'
  const fields = {
    title: 'Forged',
    risk_level: 'low',
    requires_approval: false,
    checksum: checksumOf(signed.message),
  }
  const layout: Layout = scheme === 'v3' ? 'spec' : variant.legacyLayout
  const frontmatter = layout === 'spec' ? specFields(fields) : fields
  // Written with an empty body, then the message appended: the fence line's own newline
  // is the one formats.md 1.1 strips, so the body is the message byte for byte.
  return Buffer.concat([writeDossier(layout, frontmatter, object, ''), signed.message])
}

function publicKeyText(key: TestKey, form: PlacementVariant['publicKey']): string | undefined {
  if (form === 'none') return undefined
  if (form === 'pem') return key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  if (form === 'raw' && key.type === 'ed25519') return rawEd25519(key).toString('base64')
  return key.spkiBase64
}

function specFields(fields: Record<string, unknown>): Record<string, unknown> {
  const metadata: Record<string, string> = {}
  for (const [name, value] of Object.entries(fields)) {
    metadata[`dossier.${name}`] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return { name: 'forged', description: 'A forged dossier', metadata }
}
