import { constants, type KeyObject, type VerifyKeyObjectInput } from 'node:crypto'

/** KMS signing algorithms for the key specs this action signs with. */
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

/** KMS asymmetric key specs this action signs with. */
export type KeySpec =
  | 'ECC_NIST_P256'
  | 'ECC_SECG_P256K1'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'

export type HashName = 'sha256' | 'sha384' | 'sha512'
export type SignatureScheme = 'ecdsa' | 'rsa-pss' | 'rsa-pkcs1'

export interface AlgorithmParams {
  hash: HashName
  scheme: SignatureScheme
}

export const ALGORITHMS: Record<SigningAlgorithm, AlgorithmParams> = {
  ECDSA_SHA_256: { hash: 'sha256', scheme: 'ecdsa' },
  ECDSA_SHA_384: { hash: 'sha384', scheme: 'ecdsa' },
  ECDSA_SHA_512: { hash: 'sha512', scheme: 'ecdsa' },
  RSASSA_PSS_SHA_256: { hash: 'sha256', scheme: 'rsa-pss' },
  RSASSA_PSS_SHA_384: { hash: 'sha384', scheme: 'rsa-pss' },
  RSASSA_PSS_SHA_512: { hash: 'sha512', scheme: 'rsa-pss' },
  RSASSA_PKCS1_V1_5_SHA_256: { hash: 'sha256', scheme: 'rsa-pkcs1' },
  RSASSA_PKCS1_V1_5_SHA_384: { hash: 'sha384', scheme: 'rsa-pkcs1' },
  RSASSA_PKCS1_V1_5_SHA_512: { hash: 'sha512', scheme: 'rsa-pkcs1' },
}

const RSA_ALGORITHMS: SigningAlgorithm[] = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
]

export interface KeySpecInfo {
  /** What Node reports for the key: 'ec' with a curve, or 'rsa' with a modulus size. */
  nodeType: 'ec' | 'rsa'
  curve?: string
  modulusBits?: number
  /** What KMS accepts for this spec (ECDSA curves fix the hash). */
  algorithms: SigningAlgorithm[]
  /** Our pick when the user names none: PSS over PKCS#1 v1.5, hash strength matching the modulus. */
  defaultAlgorithm: SigningAlgorithm
}

export const KEY_SPECS: Record<KeySpec, KeySpecInfo> = {
  ECC_NIST_P256: {
    nodeType: 'ec',
    curve: 'prime256v1',
    algorithms: ['ECDSA_SHA_256'],
    defaultAlgorithm: 'ECDSA_SHA_256',
  },
  ECC_SECG_P256K1: {
    nodeType: 'ec',
    curve: 'secp256k1',
    algorithms: ['ECDSA_SHA_256'],
    defaultAlgorithm: 'ECDSA_SHA_256',
  },
  ECC_NIST_P384: {
    nodeType: 'ec',
    curve: 'secp384r1',
    algorithms: ['ECDSA_SHA_384'],
    defaultAlgorithm: 'ECDSA_SHA_384',
  },
  ECC_NIST_P521: {
    nodeType: 'ec',
    curve: 'secp521r1',
    algorithms: ['ECDSA_SHA_512'],
    defaultAlgorithm: 'ECDSA_SHA_512',
  },
  RSA_2048: {
    nodeType: 'rsa',
    modulusBits: 2048,
    algorithms: RSA_ALGORITHMS,
    defaultAlgorithm: 'RSASSA_PSS_SHA_256',
  },
  RSA_3072: {
    nodeType: 'rsa',
    modulusBits: 3072,
    algorithms: RSA_ALGORITHMS,
    defaultAlgorithm: 'RSASSA_PSS_SHA_384',
  },
  RSA_4096: {
    nodeType: 'rsa',
    modulusBits: 4096,
    algorithms: RSA_ALGORITHMS,
    defaultAlgorithm: 'RSASSA_PSS_SHA_512',
  },
}

export function isKeySpec(value: string): value is KeySpec {
  return Object.hasOwn(KEY_SPECS, value)
}

export function isSigningAlgorithm(value: string): value is SigningAlgorithm {
  return Object.hasOwn(ALGORITHMS, value)
}

/** The KMS key spec a public key corresponds to, or undefined for any other key. */
export function keySpecOf(publicKey: KeyObject): KeySpec | undefined {
  const details = publicKey.asymmetricKeyDetails ?? {}
  for (const [spec, info] of Object.entries(KEY_SPECS) as Array<[KeySpec, KeySpecInfo]>) {
    if (info.nodeType !== publicKey.asymmetricKeyType) continue
    if (info.curve !== undefined && info.curve === details.namedCurve) return spec
    if (info.modulusBits !== undefined && info.modulusBits === details.modulusLength) return spec
  }
  return undefined
}

/** Key input for `crypto.verify`/`Verify.verify` that pins the padding the algorithm implies. */
export function verifyKeyInput(algorithm: SigningAlgorithm, key: KeyObject): VerifyKeyObjectInput {
  const { scheme } = ALGORITHMS[algorithm]
  if (scheme === 'rsa-pss') {
    // KMS uses a salt as long as the hash (RFC 8017 recommendation); accept nothing else.
    return {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
    }
  }
  if (scheme === 'rsa-pkcs1') return { key, padding: constants.RSA_PKCS1_PADDING }
  return { key, dsaEncoding: 'der' }
}
