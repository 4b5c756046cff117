// The stand-in keeps its own table of KMS key specs and algorithms, deliberately not
// importing src/keys/algorithms.ts: a stand-in that shared the code under
// test's tables would let a wrong table pass every test.
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { ecdsaSignDigest } from './ecdsa-digest.js'
import { rsaPkcs1SignDigest, rsaPssSignDigest, type DigestHash } from './rsa-digest.js'

/**
 * Key specs whose every algorithm hashes the message and signs the digest, so Sign
 * takes either RAW or DIGEST. Ed25519 is apart (EDWARDS_KEY_SPEC): its two algorithms
 * each take one message type only.
 */
export type KeySpec =
  | 'ECC_NIST_P256'
  | 'ECC_SECG_P256K1'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'

export type SigningAlgorithm =
  | 'ECDSA_SHA_256'
  | 'ECDSA_SHA_384'
  | 'ECDSA_SHA_512'
  | 'RSASSA_PSS_SHA_256'
  | 'RSASSA_PSS_SHA_384'
  | 'RSASSA_PSS_SHA_512'
  | 'RSASSA_PKCS1_V1_5_SHA_256'
  | 'RSASSA_PKCS1_V1_5_SHA_384'
  | 'RSASSA_PKCS1_V1_5_SHA_512'

/** The Ed25519 key spec, as `aws kms create-key --key-spec` names it. */
export const EDWARDS_KEY_SPEC = 'ECC_NIST_EDWARDS25519'

/** Every spec of an asymmetric signing key the stand-in makes. */
export type AsymmetricKeySpec = KeySpec | typeof EDWARDS_KEY_SPEC

/**
 * Ed25519 as AWS documents it (formats.md 8): ED25519_SHA_512 is pure Ed25519 over the
 * whole message, so only RAW (at most 4,096 bytes); ED25519_PH_SHA_512 is Ed25519ph,
 * fed the message's 64-byte SHA-512 as a DIGEST. KMS refuses the other pairing.
 */
export type Ed25519Algorithm = 'ED25519_SHA_512' | 'ED25519_PH_SHA_512'

export const ED25519_ALGORITHMS: Record<Ed25519Algorithm, { messageType: 'RAW' | 'DIGEST' }> = {
  ED25519_SHA_512: { messageType: 'RAW' },
  ED25519_PH_SHA_512: { messageType: 'DIGEST' },
}

/** Every algorithm Sign knows. */
export type KmsSigningAlgorithm = SigningAlgorithm | Ed25519Algorithm

type Scheme = 'ecdsa' | 'pss' | 'pkcs1'

const RSA_ALGORITHMS: SigningAlgorithm[] = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
]

type KeyGeneration = { type: 'ec'; namedCurve: string } | { type: 'rsa'; modulusLength: number }

export const KEY_SPECS: Record<
  KeySpec,
  { generation: KeyGeneration; algorithms: SigningAlgorithm[] }
> = {
  ECC_NIST_P256: {
    generation: { type: 'ec', namedCurve: 'prime256v1' },
    algorithms: ['ECDSA_SHA_256'],
  },
  ECC_SECG_P256K1: {
    generation: { type: 'ec', namedCurve: 'secp256k1' },
    algorithms: ['ECDSA_SHA_256'],
  },
  ECC_NIST_P384: {
    generation: { type: 'ec', namedCurve: 'secp384r1' },
    algorithms: ['ECDSA_SHA_384'],
  },
  ECC_NIST_P521: {
    generation: { type: 'ec', namedCurve: 'secp521r1' },
    algorithms: ['ECDSA_SHA_512'],
  },
  RSA_2048: { generation: { type: 'rsa', modulusLength: 2048 }, algorithms: RSA_ALGORITHMS },
  RSA_3072: { generation: { type: 'rsa', modulusLength: 3072 }, algorithms: RSA_ALGORITHMS },
  RSA_4096: { generation: { type: 'rsa', modulusLength: 4096 }, algorithms: RSA_ALGORITHMS },
}

export const SIGNING_ALGORITHMS: Record<SigningAlgorithm, { hash: DigestHash; scheme: Scheme }> = {
  ECDSA_SHA_256: { hash: 'sha256', scheme: 'ecdsa' },
  ECDSA_SHA_384: { hash: 'sha384', scheme: 'ecdsa' },
  ECDSA_SHA_512: { hash: 'sha512', scheme: 'ecdsa' },
  RSASSA_PSS_SHA_256: { hash: 'sha256', scheme: 'pss' },
  RSASSA_PSS_SHA_384: { hash: 'sha384', scheme: 'pss' },
  RSASSA_PSS_SHA_512: { hash: 'sha512', scheme: 'pss' },
  RSASSA_PKCS1_V1_5_SHA_256: { hash: 'sha256', scheme: 'pkcs1' },
  RSASSA_PKCS1_V1_5_SHA_384: { hash: 'sha384', scheme: 'pkcs1' },
  RSASSA_PKCS1_V1_5_SHA_512: { hash: 'sha512', scheme: 'pkcs1' },
}

const SIGNERS: Record<Scheme, (key: KeyObject, hash: DigestHash, digest: Uint8Array) => Buffer> = {
  ecdsa: (key, _hash, digest) => ecdsaSignDigest(key, digest),
  pss: rsaPssSignDigest,
  pkcs1: rsaPkcs1SignDigest,
}

export function isKeySpec(value: unknown): value is KeySpec {
  return typeof value === 'string' && Object.hasOwn(KEY_SPECS, value)
}

export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return typeof value === 'string' && Object.hasOwn(SIGNING_ALGORITHMS, value)
}

export function isEd25519Algorithm(value: unknown): value is Ed25519Algorithm {
  return typeof value === 'string' && Object.hasOwn(ED25519_ALGORITHMS, value)
}

/** What DescribeKey and GetPublicKey list as SigningAlgorithms. */
export function signingAlgorithmsOf(spec: AsymmetricKeySpec): KmsSigningAlgorithm[] {
  return spec === EDWARDS_KEY_SPEC
    ? (Object.keys(ED25519_ALGORITHMS) as Ed25519Algorithm[])
    : KEY_SPECS[spec].algorithms
}

export function generateKeyPairFor(spec: AsymmetricKeySpec): {
  publicKey: KeyObject
  privateKey: KeyObject
} {
  if (spec === EDWARDS_KEY_SPEC) return generateKeyPairSync('ed25519')
  const { generation } = KEY_SPECS[spec]
  return generation.type === 'ec'
    ? generateKeyPairSync('ec', { namedCurve: generation.namedCurve })
    : generateKeyPairSync('rsa', { modulusLength: generation.modulusLength })
}

/** Signs a digest already computed with the algorithm's hash. */
export function signDigest(
  privateKey: KeyObject,
  algorithm: SigningAlgorithm,
  digest: Uint8Array,
): Buffer {
  const { hash, scheme } = SIGNING_ALGORITHMS[algorithm]
  return SIGNERS[scheme](privateKey, hash, digest)
}
