import { KeyTextError, spkiFromDer } from '../keys/public-key-text.js'
import { parseTrustedKeys } from './trusted-keys-file.js'
import { TrustedKeysError } from './trusted-keys-error.js'
import type { TrustedKey, TrustStore, UnpinnedArn } from '../keys/trusted-key.js'

/** One trusted-keys text and where it came from (`path` or `trusted-keys input`), for messages. */
export interface TrustSource {
  text: string
  source: string
}

/** Every source's entries, in order. Throws TrustedKeysError on the first unusable line. */
export function buildTrustStore(sources: TrustSource[]): TrustStore {
  const store: TrustStore = { keys: [], unpinnedArns: [] }
  for (const { text, source } of sources) {
    const file = parseTrustedKeys(text, source)
    store.keys.push(...file.keys)
    store.unpinnedArns.push(...file.unpinnedArns)
  }
  return store
}

/**
 * Pin a listed ARN to the key bytes KMS returned for it (GetPublicKey). Pure: the caller
 * fetches. From then on the ARN's entry trusts exactly those bytes, like any other key.
 */
export function pinArn(
  store: TrustStore,
  arn: string,
  spkiDer: Buffer,
  identifier: string,
): TrustStore {
  const entry = store.unpinnedArns.find((candidate) => candidate.arn === arn)
  if (entry === undefined) {
    throw new TrustedKeysError('arn-not-listed', arn, 'is not an unpinned ARN of the trusted keys')
  }
  let decoded: ReturnType<typeof spkiFromDer>
  try {
    decoded = spkiFromDer(spkiDer)
  } catch (error) {
    const reason = error instanceof KeyTextError ? error.message : 'is unreadable'
    throw new TrustedKeysError(
      'invalid-key',
      entry.source,
      `the key KMS returned for ${arn} ${reason}`,
      error,
    )
  }
  const key: TrustedKey = {
    identifier: identifier || entry.identifier,
    kind: 'spki',
    ...decoded,
    source: `${entry.source} (${arn}, pinned from KMS)`,
  }
  return {
    keys: [...store.keys, key],
    unpinnedArns: store.unpinnedArns.filter((candidate) => candidate !== entry),
  }
}

/** The trusted entry with exactly these SPKI DER bytes: the only thing trust is granted on. */
export function trustedKeyFor(
  keys: readonly TrustedKey[],
  spkiDer: Buffer,
): TrustedKey | undefined {
  return keys.find((key) => key.spkiDer.equals(spkiDer))
}

/** A listed but unpinned ARN, so a message can say why it did not make a key trusted. */
export function unpinnedArnFor(store: TrustStore, arn: unknown): UnpinnedArn | undefined {
  return typeof arn === 'string' ? store.unpinnedArns.find((entry) => entry.arn === arn) : undefined
}
