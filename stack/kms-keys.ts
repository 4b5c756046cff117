import { randomUUID, type KeyObject } from 'node:crypto'
import { ACCOUNT_ID, REGION } from './aws-account.js'
import { EDWARDS_KEY_SPEC, generateKeyPairFor, type AsymmetricKeySpec } from './kms-key-specs.js'
import { defaultKeyPolicy } from './default-key-policy.js'
import { parsePolicy, type PolicyDocument } from './policy-document.js'
import { ServiceError } from './service-error.js'

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion'
export type KeyUsage = 'SIGN_VERIFY' | 'ENCRYPT_DECRYPT'
/** What `aws kms create-key` makes when given no key spec: an AES key for encryption only. */
export const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT'
export type StoredKeySpec = AsymmetricKeySpec | typeof SYMMETRIC_DEFAULT

export interface KeySettings {
  keySpec: AsymmetricKeySpec
  /** e.g. 'alias/dossier-official-prod' */
  alias?: string
  keyUsage?: KeyUsage
  state?: KeyState
  /**
   * The key policy, IAM JSON (text or parsed). Without it the key gets
   * defaultKeyPolicy(signers, requireDigest); give one or the other, not both.
   */
  policy?: unknown
  /** principal ARN patterns (IAM StringLike on aws:PrincipalArn) the default policy admits; default: every principal */
  signers?: string[]
  /**
   * default policy: condition kms:MessageType = DIGEST on kms:Sign (default true, as in
   * the ADR); an Ed25519 key's default policy also allows RAW with ED25519_SHA_512
   */
  requireDigest?: boolean
  description?: string
}

/** A key as `aws kms create-key` makes it with no options: SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT. */
export type SymmetricKeySettings = Omit<KeySettings, 'keySpec' | 'keyUsage' | 'requireDigest'>

/** What a test needs to check a signature the stack made. */
export interface StackKey {
  keyId: string
  arn: string
  keySpec: AsymmetricKeySpec
  alias?: string
  publicKeyDer: Buffer
  publicKeyPem: string
  privateKey: KeyObject
}

/** A symmetric key: nothing to publish, nothing to sign with. */
export interface SymmetricStackKey {
  keyId: string
  arn: string
  keySpec: typeof SYMMETRIC_DEFAULT
  alias?: string
}

export interface StoredKey {
  keyId: string
  arn: string
  alias?: string
  keySpec: StoredKeySpec
  keyUsage: KeyUsage
  state: KeyState
  policy: PolicyDocument
  description: string
  creationDate: Date
  /** an asymmetric key's pair; a symmetric key has none */
  pair?: { publicKeyDer: Buffer; privateKey: KeyObject }
  /** successful Sign calls left before the key disables itself (disableAfter) */
  signsBeforeDisable?: number
}

const ARN_PREFIX = `arn:aws:kms:${REGION}:${ACCOUNT_ID}:`
const notFound = (message: string) => new ServiceError(400, 'NotFoundException', message)

/** The customer managed keys and their aliases. */
export class KmsKeys {
  private readonly keys = new Map<string, StoredKey>()
  private readonly aliases = new Map<string, string>()

  create(settings: KeySettings): StackKey {
    const { publicKey, privateKey } = generateKeyPairFor(settings.keySpec)
    const publicKeyDer = publicKey.export({ format: 'der', type: 'spki' })
    const stored = this.store(settings, settings.keySpec, settings.keyUsage ?? 'SIGN_VERIFY', {
      publicKeyDer,
      privateKey,
    })
    return {
      keyId: stored.keyId,
      arn: stored.arn,
      keySpec: settings.keySpec,
      alias: settings.alias,
      publicKeyDer,
      publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      privateKey,
    }
  }

  createSymmetric(settings: SymmetricKeySettings = {}): SymmetricStackKey {
    const { keyId, arn } = this.store(settings, SYMMETRIC_DEFAULT, 'ENCRYPT_DECRYPT', undefined)
    return { keyId, arn, keySpec: SYMMETRIC_DEFAULT, alias: settings.alias }
  }

  /** PutKeyPolicy: replaces a key's policy with an IAM JSON document. */
  putPolicy(keyRef: string, document: unknown): void {
    this.find(keyRef).policy = parsePolicy(document, 'key')
  }

  private store(
    settings: SymmetricKeySettings & { requireDigest?: boolean },
    keySpec: StoredKeySpec,
    keyUsage: KeyUsage,
    pair: StoredKey['pair'],
  ): StoredKey {
    if (settings.alias !== undefined && !/^alias\/[\w/-]+$/.test(settings.alias)) {
      throw new Error(`kms.createKey: alias must look like 'alias/name', got '${settings.alias}'`)
    }
    if (settings.alias !== undefined && this.aliases.has(settings.alias)) {
      throw new Error(`kms.createKey: ${settings.alias} already exists`)
    }
    if (
      settings.policy !== undefined &&
      (settings.signers !== undefined || settings.requireDigest !== undefined)
    ) {
      throw new Error('kms.createKey: give a policy, or signers/requireDigest, not both')
    }
    const keyId = randomUUID()
    const stored: StoredKey = {
      keyId,
      arn: `${ARN_PREFIX}key/${keyId}`,
      alias: settings.alias,
      keySpec,
      keyUsage,
      state: settings.state ?? 'Enabled',
      policy: parsePolicy(
        settings.policy ??
          defaultKeyPolicy(settings.signers, {
            requireDigest: settings.requireDigest ?? true,
            pureEd25519: keySpec === EDWARDS_KEY_SPEC,
          }),
        'key',
      ),
      description: settings.description ?? '',
      creationDate: new Date(),
      pair,
    }
    this.keys.set(keyId, stored)
    if (settings.alias !== undefined) this.aliases.set(settings.alias, keyId)
    return stored
  }

  /**
   * KMS KeyId resolution: key id, key ARN, 'alias/name' or alias ARN. Unknown ids
   * answer NotFoundException worded as KMS words it.
   */
  resolve(keyId: string): StoredKey {
    const alias = keyId.startsWith('alias/')
      ? keyId
      : keyId.startsWith(`${ARN_PREFIX}alias/`)
        ? keyId.slice(ARN_PREFIX.length)
        : undefined
    if (alias !== undefined) {
      const key = this.keys.get(this.aliases.get(alias) ?? '')
      if (key === undefined) throw notFound(`Alias ${ARN_PREFIX}${alias} is not found.`)
      return key
    }
    const id = keyId.startsWith(`${ARN_PREFIX}key/`)
      ? keyId.slice(`${ARN_PREFIX}key/`.length)
      : keyId
    const key = this.keys.get(id)
    if (key !== undefined) return key
    if (keyId.startsWith('arn:') || /^[0-9a-f-]{36}$/.test(keyId)) {
      throw notFound(
        `Key '${keyId.startsWith('arn:') ? keyId : `${ARN_PREFIX}key/${keyId}`}' does not exist`,
      )
    }
    throw notFound(`Invalid keyId '${keyId}'`)
  }

  setState(keyRef: string, state: KeyState): void {
    this.find(keyRef).state = state
  }

  disableAfter(keyRef: string, successfulSigns: number): void {
    const key = this.find(keyRef)
    key.signsBeforeDisable = successfulSigns
    if (successfulSigns <= 0) key.state = 'Disabled'
  }

  /** Counts a successful Sign against a disableAfter budget. */
  recordSign(key: StoredKey): void {
    if (key.signsBeforeDisable === undefined) return
    key.signsBeforeDisable -= 1
    if (key.signsBeforeDisable <= 0) key.state = 'Disabled'
  }

  private find(keyRef: string): StoredKey {
    try {
      return this.resolve(keyRef)
    } catch (error) {
      throw new Error(`kms: no key ${keyRef}`, { cause: error })
    }
  }
}
