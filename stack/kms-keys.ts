import { randomUUID, type KeyObject } from 'node:crypto'
import { ACCOUNT_ID, REGION } from './aws-account.js'
import { generateKeyPairFor, type KeySpec } from './kms-key-specs.js'
import { ServiceError } from './service-error.js'

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion'
export type KeyUsage = 'SIGN_VERIFY' | 'ENCRYPT_DECRYPT'

export interface KeySettings {
  keySpec: KeySpec
  /** e.g. 'alias/dossier-official-prod' */
  alias?: string
  keyUsage?: KeyUsage
  state?: KeyState
  /** principal ARN patterns (IAM StringLike) the key policy lets sign; default: every principal */
  signers?: string[]
  /** key policy condition kms:MessageType = DIGEST on kms:Sign (default true, as in the ADR) */
  requireDigest?: boolean
  description?: string
}

/** What a test needs to check a signature the stack made. */
export interface StackKey {
  keyId: string
  arn: string
  keySpec: KeySpec
  alias?: string
  publicKeyDer: Buffer
  publicKeyPem: string
  privateKey: KeyObject
}

export interface StoredKey extends StackKey {
  keyUsage: KeyUsage
  state: KeyState
  signers?: string[]
  requireDigest: boolean
  description: string
  creationDate: Date
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
    if (settings.alias !== undefined && !/^alias\/[\w/-]+$/.test(settings.alias)) {
      throw new Error(`kms.createKey: alias must look like 'alias/name', got '${settings.alias}'`)
    }
    if (settings.alias !== undefined && this.aliases.has(settings.alias)) {
      throw new Error(`kms.createKey: ${settings.alias} already exists`)
    }
    const keyId = randomUUID()
    const { publicKey, privateKey } = generateKeyPairFor(settings.keySpec)
    const view: StackKey = {
      keyId,
      arn: `${ARN_PREFIX}key/${keyId}`,
      keySpec: settings.keySpec,
      alias: settings.alias,
      publicKeyDer: publicKey.export({ format: 'der', type: 'spki' }),
      publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      privateKey,
    }
    this.keys.set(keyId, {
      ...view,
      keyUsage: settings.keyUsage ?? 'SIGN_VERIFY',
      state: settings.state ?? 'Enabled',
      signers: settings.signers,
      requireDigest: settings.requireDigest ?? true,
      description: settings.description ?? '',
      creationDate: new Date(),
    })
    if (settings.alias !== undefined) this.aliases.set(settings.alias, keyId)
    return view
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
