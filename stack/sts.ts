import type { KeyObject } from 'node:crypto'
import type { Faults } from './faults.js'
import { startService, type RunningService } from './http-service.js'
import type { Iam } from './iam.js'
import { hasValidRs256Signature, parseJwt } from './jwt.js'
import type { RequestLog } from './request-log.js'
import { ServiceError } from './service-error.js'
import { parsePolicy } from './policy-document.js'
import { matchesStringLike } from './string-like.js'
import { assumeRoleWithWebIdentityXml, stsErrorXml } from './sts-xml.js'

export interface StsDeps {
  issuer: { issuer: string; publicKey: KeyObject; keyId: string }
  iam: Iam
  faults: Faults
  log: RequestLog
  /** issue credentials that expire sooner than DurationSeconds (refresh tests) */
  credentialLifetimeSeconds?: number
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const MIN_DURATION_SECONDS = 900
const MAX_DURATION_SECONDS = 43_200
const DEFAULT_DURATION_SECONDS = 3600
const MAX_SESSION_POLICY_CHARS = 2048
const NOT_AUTHORIZED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'

const validationError = (message: string) => new ServiceError(400, 'ValidationError', message)
const invalidToken = (message: string) => new ServiceError(400, 'InvalidIdentityToken', message)

/** STS query protocol, AssumeRoleWithWebIdentity only: the unsigned call a runner makes. */
export function startSts(deps: StsDeps): Promise<RunningService> {
  const { iam } = deps
  return startService(() => ({
    service: 'sts',
    faults: deps.faults,
    log: deps.log,
    identify: (call) => {
      const params = paramsOf(call.body, call.url)
      const roleSessionName = params.get('RoleSessionName')
      const sessionPolicy = params.get('Policy')
      return {
        action: params.get('Action') ?? 'Unknown',
        fields: {
          ...(roleSessionName === null ? {} : { roleSessionName }),
          ...(sessionPolicy === null ? {} : { sessionPolicy }),
        },
      }
    },
    handle: (call, entry) => {
      const request = validRequest(paramsOf(call.body, call.url))
      const claims = verifiedClaims(request.token, deps.issuer)
      const audience = typeof claims.aud === 'string' ? claims.aud : ''
      const subject = typeof claims.sub === 'string' ? claims.sub : ''
      entry.audience = audience
      const role = iam.role(request.roleArn)
      if (role === undefined) throw new ServiceError(403, 'AccessDenied', NOT_AUTHORIZED)
      if (audience !== role.audience) throw invalidToken('Incorrect token audience')
      if (!matchesStringLike(role.subjectPattern, subject)) {
        throw new ServiceError(403, 'AccessDenied', NOT_AUTHORIZED)
      }
      if (
        request.durationSeconds !== undefined &&
        request.durationSeconds > role.maxSessionSeconds
      ) {
        throw validationError(
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        )
      }

      // no DurationSeconds means an hour (less for stand-in roles shorter than IAM allows)
      const sessionSeconds =
        request.durationSeconds ?? Math.min(DEFAULT_DURATION_SECONDS, role.maxSessionSeconds)
      const lifetime = Math.min(sessionSeconds, deps.credentialLifetimeSeconds ?? sessionSeconds)
      const credential = iam.startSession(
        request.roleArn,
        request.sessionName,
        lifetime,
        request.policy,
      )
      entry.principal = credential.principal
      entry.accessKeyId = credential.accessKeyId
      return assumeRoleWithWebIdentityXml({
        credential,
        roleId: role.roleId,
        subject,
        audience,
        provider: `arn:aws:iam::${request.roleArn.split(':')[4]}:oidc-provider/${new URL(deps.issuer.issuer).host}`,
      })
    },
    errorReply: stsErrorXml,
  }))
}

/** Shape checks STS makes before it looks at the token. */
function validRequest(params: URLSearchParams) {
  const action = params.get('Action')
  if (action !== 'AssumeRoleWithWebIdentity') {
    throw new ServiceError(
      400,
      'InvalidAction',
      `Could not find operation ${action} for version ${params.get('Version')}`,
    )
  }
  const roleArn = params.get('RoleArn')
  const sessionName = params.get('RoleSessionName') ?? ''
  const duration = params.get('DurationSeconds')
  const durationSeconds = duration === null ? undefined : Number(duration)
  if (roleArn === null) {
    throw validationError(
      "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    )
  }
  if (!SESSION_NAME.test(sessionName)) {
    throw validationError(
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    )
  }
  if (
    durationSeconds !== undefined &&
    !(
      Number.isInteger(durationSeconds) &&
      durationSeconds >= MIN_DURATION_SECONDS &&
      durationSeconds <= MAX_DURATION_SECONDS
    )
  ) {
    throw validationError(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between ${MIN_DURATION_SECONDS} and ${MAX_DURATION_SECONDS}`,
    )
  }
  return {
    roleArn,
    sessionName,
    token: params.get('WebIdentityToken') ?? '',
    durationSeconds,
    policy: sessionPolicyOf(params.get('Policy')),
  }
}

/**
 * The inline session policy, as STS checks it: at most 2,048 characters of plain text,
 * then an IAM policy without Principal (it applies to the session it is passed for).
 * Its packed size, a separate limit STS also applies, is not modeled.
 */
function sessionPolicyOf(text: string | null) {
  if (text === null) return undefined
  if (text.length < 1 || text.length > MAX_SESSION_POLICY_CHARS) {
    throw validationError(
      `1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to ${MAX_SESSION_POLICY_CHARS}`,
    )
  }
  try {
    return { text, document: parsePolicy(text, 'identity') }
  } catch (error) {
    throw new ServiceError(
      400,
      'MalformedPolicyDocument',
      `The session policy is not valid: ${(error as Error).message}`,
    )
  }
}

/** Query parameters from a form body (what the SDK and the CLI send) or the URL. */
function paramsOf(body: Buffer, url: URL): URLSearchParams {
  return body.length > 0 ? new URLSearchParams(body.toString()) : url.searchParams
}

/** Signature, issuer and time checks an IAM OIDC provider makes before any role policy. */
function verifiedClaims(token: string, issuer: StsDeps['issuer']): Record<string, unknown> {
  const jwt = parseJwt(token)
  if (jwt === undefined) throw invalidToken('The web identity token is malformed.')
  if (jwt.payload.iss !== issuer.issuer) {
    throw invalidToken(
      `No OpenIDConnect provider found in your account for ${String(jwt.payload.iss)}`,
    )
  }
  if (jwt.header.kid !== issuer.keyId || !hasValidRs256Signature(jwt, issuer.publicKey)) {
    throw invalidToken('Signature of the web identity token could not be verified.')
  }
  const now = Math.floor(Date.now() / 1000)
  const { exp, nbf } = jwt.payload
  if (typeof exp !== 'number' || now >= exp) {
    throw new ServiceError(
      400,
      'ExpiredTokenException',
      `Token expired: current date/time ${now} must be before the expiration date/time ${String(exp)}`,
    )
  }
  if (typeof nbf === 'number' && now < nbf) {
    throw invalidToken(`Token is not yet valid: current date/time ${now} is before ${nbf}`)
  }
  return jwt.payload
}
