import { CodedError, messageOf } from '../errors.js'

/** The AWS conditions a user can hit, each with its own hint. */
export type AwsErrorCode =
  | 'sts-access-denied'
  | 'sts-invalid-token'
  | 'sts-expired-token'
  | 'sts-rejected-claim'
  | 'sts-unavailable'
  | 'kms-access-denied'
  | 'kms-not-found'
  | 'kms-disabled'
  | 'kms-invalid-state'
  | 'kms-invalid-key-usage'
  | 'kms-validation'
  | 'kms-throttled'
  | 'kms-unavailable'
  | 'credentials-invalid'
  | 'network'
  /** A proxy refused the tunnel (407, 403, ...): asking again changes nothing. */
  | 'proxy-refused'
  | 'unexpected'

export class AwsError extends CodedError<AwsErrorCode> {
  /** The SDK's name for the error (`AccessDeniedException`, `ECONNRESET`, ...). */
  readonly awsCode: string

  constructor(code: AwsErrorCode, awsCode: string, message: string, cause?: unknown) {
    super(code, message, { cause })
    this.awsCode = awsCode
  }

  /**
   * Whether the same call can succeed later (throttling, a failure on AWS's side, the
   * network). Everything else is about the key or the caller and will not change by
   * asking again: it is never retried, and it stops the run.
   */
  get isTransient(): boolean {
    return TRANSIENT.has(this.code)
  }
}

const TRANSIENT = new Set<AwsErrorCode>([
  'kms-throttled',
  'kms-unavailable',
  'sts-unavailable',
  'network',
])

const STS_CODES: Record<string, AwsErrorCode> = {
  AccessDenied: 'sts-access-denied',
  InvalidIdentityToken: 'sts-invalid-token',
  InvalidIdentityTokenException: 'sts-invalid-token',
  ExpiredTokenException: 'sts-expired-token',
  IDPRejectedClaim: 'sts-rejected-claim',
  IDPRejectedClaimException: 'sts-rejected-claim',
  IDPCommunicationError: 'sts-unavailable',
  IDPCommunicationErrorException: 'sts-unavailable',
  ValidationError: 'sts-invalid-token',
}

const KMS_CODES: Record<string, AwsErrorCode> = {
  AccessDeniedException: 'kms-access-denied',
  NotFoundException: 'kms-not-found',
  DisabledException: 'kms-disabled',
  KMSInvalidStateException: 'kms-invalid-state',
  InvalidKeyUsageException: 'kms-invalid-key-usage',
  // GetPublicKey on a symmetric key: the same fix as a key that cannot sign
  UnsupportedOperationException: 'kms-invalid-key-usage',
  ValidationException: 'kms-validation',
  ThrottlingException: 'kms-throttled',
  LimitExceededException: 'kms-throttled',
  DependencyTimeoutException: 'kms-unavailable',
  KMSInternalException: 'kms-unavailable',
  UnrecognizedClientException: 'credentials-invalid',
  InvalidSignatureException: 'credentials-invalid',
  ExpiredTokenException: 'credentials-invalid',
  MissingAuthenticationTokenException: 'credentials-invalid',
  IncompleteSignatureException: 'credentials-invalid',
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TimeoutError',
  'RequestTimeout',
])

/** The SDK's error name, status and message, whatever shape the thrown value has. */
export function sdkErrorFacts(error: unknown): { name: string; status?: number; message: string } {
  const e = (error ?? {}) as {
    name?: unknown
    code?: unknown
    $metadata?: { httpStatusCode?: number }
  }
  const name = typeof e.code === 'string' && NETWORK_CODES.has(e.code) ? e.code : e.name
  return {
    name: typeof name === 'string' ? name : 'Error',
    status: e.$metadata?.httpStatusCode,
    message: messageOf(error),
  }
}

/** Classify an error thrown by the STS or KMS client; `describe` turns it into a message with a fix. */
export function awsErrorFrom(
  service: 'sts' | 'kms',
  error: unknown,
  describe: (code: AwsErrorCode, awsMessage: string) => string,
): AwsError {
  if (error instanceof AwsError) return error
  const facts = sdkErrorFacts(error)
  const table = service === 'sts' ? STS_CODES : KMS_CODES
  let code: AwsErrorCode = table[facts.name] ?? 'unexpected'
  if (code === 'unexpected' && NETWORK_CODES.has(facts.name)) code = 'network'
  if (code === 'unexpected' && facts.status !== undefined && facts.status >= 500) {
    code = service === 'sts' ? 'sts-unavailable' : 'kms-unavailable'
  }
  const awsMessage = `${facts.name}: ${facts.message}`
  return new AwsError(code, facts.name, describe(code, awsMessage), error)
}
