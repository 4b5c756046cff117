import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingCall } from './http-service.js'
import type { Credential } from './iam.js'
import { ServiceError } from './service-error.js'

const ALGORITHM = 'AWS4-HMAC-SHA256'
/** AWS rejects requests signed more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000

export interface SigV4Scope {
  service: string
  region: string
  lookup(accessKeyId: string): Credential | undefined
}

const incomplete = (message: string) =>
  new ServiceError(400, 'IncompleteSignatureException', message)
const invalidSignature = (message: string) =>
  new ServiceError(400, 'InvalidSignatureException', message)

/**
 * Verifies an `Authorization: AWS4-HMAC-SHA256` header against the secret the stack
 * issued and returns the credential that signed it. Errors use the codes and
 * wording of AWS JSON services.
 */
export function verifySigV4(call: IncomingCall, scope: SigV4Scope, now = Date.now()): Credential {
  const authorization = header(call, 'authorization')
  if (authorization === undefined) {
    throw new ServiceError(
      400,
      'MissingAuthenticationTokenException',
      'Missing Authentication Token',
    )
  }
  const signed = parseAuthorization(authorization)
  const credential = liveCredential(call, scope.lookup(signed.accessKeyId), now)
  const amzDate = checkScopeAndDate(call, signed, scope, now)

  const credentialScope = [signed.date, signed.region, signed.service, 'aws4_request']
  const stringToSign = [
    ALGORITHM,
    amzDate,
    credentialScope.join('/'),
    sha256Hex(canonicalRequest(call, signed.signedHeaders)),
  ].join('\n')
  const signingKey = credentialScope.reduce<Buffer>(
    (key, part) => hmac(key, part),
    Buffer.from(`AWS4${credential.secretAccessKey}`),
  )
  const expected = hmac(signingKey, stringToSign)
  const provided = Buffer.from(signed.signature, 'hex')
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    throw invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    )
  }
  return credential
}

/** Session keys are only valid with their own session token, and only until they expire. */
function liveCredential(
  call: IncomingCall,
  credential: Credential | undefined,
  now: number,
): Credential {
  if (
    credential === undefined ||
    header(call, 'x-amz-security-token') !== credential.sessionToken
  ) {
    throw new ServiceError(
      400,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    )
  }
  if (credential.expiration !== undefined && credential.expiration.getTime() <= now) {
    throw new ServiceError(
      400,
      'ExpiredTokenException',
      'The security token included in the request is expired',
    )
  }
  return credential
}

/** Returns X-Amz-Date once scope, date and clock skew check out. */
function checkScopeAndDate(
  call: IncomingCall,
  signed: ReturnType<typeof parseAuthorization>,
  scope: SigV4Scope,
  now: number,
): string {
  if (signed.service !== scope.service) {
    throw invalidSignature(`Credential should be scoped to correct service: '${scope.service}'. `)
  }
  if (signed.region !== scope.region) {
    throw invalidSignature('Credential should be scoped to a valid region. ')
  }
  const amzDate = header(call, 'x-amz-date') ?? ''
  const iso = amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')
  const signedAt = Date.parse(iso)
  if (Number.isNaN(signedAt)) {
    throw incomplete(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    )
  }
  if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw invalidSignature(`Signature expired: ${amzDate} is outside the 15 minute window.`)
  }
  if (signed.date !== amzDate.slice(0, 8) || !signed.signedHeaders.includes('host')) {
    throw invalidSignature('Credential scope date or signed headers do not match the request.')
  }
  return amzDate
}

function parseAuthorization(authorization: string) {
  if (!authorization.startsWith(`${ALGORITHM} `)) {
    throw incomplete(`Authorization header requires the ${ALGORITHM} algorithm.`)
  }
  const fields = new Map(
    authorization
      .slice(ALGORITHM.length + 1)
      .split(',')
      .map((part) => part.trim().split('=', 2) as [string, string | undefined]),
  )
  const credential = fields.get('Credential')?.split('/') ?? []
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  const [accessKeyId, date, region, service, terminator] = credential
  if (
    credential.length !== 5 ||
    terminator !== 'aws4_request' ||
    signedHeaders === undefined ||
    signature === undefined
  ) {
    throw incomplete(
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${ALGORITHM}`,
    )
  }
  return {
    accessKeyId: accessKeyId ?? '',
    date: date ?? '',
    region: region ?? '',
    service: service ?? '',
    signedHeaders: signedHeaders.split(';'),
    signature,
  }
}

/** SigV4 canonical request for a non-S3 service (path segments encoded once more). */
function canonicalRequest(call: IncomingCall, signedHeaders: string[]): string {
  const path = call.url.pathname.split('/').map(uriEncode).join('/')
  const query = [...call.url.searchParams]
    .map(([key, value]) => [uriEncode(key), uriEncode(value)])
    .sort(([keyA = '', valueA = ''], [keyB = '', valueB = '']) =>
      keyA === keyB ? compare(valueA, valueB) : compare(keyA, keyB),
    )
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
  const headers = signedHeaders
    .map((name) => `${name}:${(header(call, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  // the hash of the body received: a body changed in transit breaks the signature
  const payloadHash = sha256Hex(call.body)
  return [call.method, path, query, headers, signedHeaders.join(';'), payloadHash].join('\n')
}

function header(call: IncomingCall, name: string): string | undefined {
  const value = call.headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest()
}
