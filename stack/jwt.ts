import { createSign, createVerify, type KeyObject } from 'node:crypto'

export interface JwtHeader {
  alg?: unknown
  kid?: unknown
  typ?: unknown
}

/** A compact JWS split into its parts; the signature is not yet checked. */
export interface ParsedJwt {
  header: JwtHeader
  payload: Record<string, unknown>
  signingInput: string
  signature: Buffer
}

export function signRs256Jwt(
  header: { kid: string },
  payload: Record<string, unknown>,
  privateKey: KeyObject,
): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url')
  const signingInput = `${encode({ typ: 'JWT', alg: 'RS256', ...header })}.${encode(payload)}`
  const signature = createSign('sha256').update(signingInput).sign(privateKey)
  return `${signingInput}.${signature.toString('base64url')}`
}

/** Splits and decodes a JWT; undefined when it is not three base64url JSON parts. */
export function parseJwt(token: string): ParsedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [header, payload, signature] = parts as [string, string, string]
  try {
    const decode = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString())
    const headerJson = decode(header)
    const payloadJson = decode(payload)
    if (!isObject(headerJson) || !isObject(payloadJson)) return undefined
    return {
      header: headerJson,
      payload: payloadJson,
      signingInput: `${header}.${payload}`,
      signature: Buffer.from(signature, 'base64url'),
    }
  } catch {
    return undefined
  }
}

export function hasValidRs256Signature(jwt: ParsedJwt, publicKey: KeyObject): boolean {
  if (jwt.header.alg !== 'RS256') return false
  return createVerify('sha256').update(jwt.signingInput).verify(publicKey, jwt.signature)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
