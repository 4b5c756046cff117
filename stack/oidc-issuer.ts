import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto'
import type { Faults } from './faults.js'
import { defaultGitHubClaims, type GitHubClaims } from './github-claims.js'
import { startService, type IncomingCall, type Reply } from './http-service.js'
import { signRs256Jwt } from './jwt.js'
import type { RequestLog } from './request-log.js'
import { ServiceError } from './service-error.js'

/** GitHub tokens live five minutes. */
const TOKEN_LIFETIME_SECONDS = 300
const TOKEN_PATH = '/_apis/oidc/token'
const CONFIGURATION_PATH = '/.well-known/openid-configuration'
const JWKS_PATH = '/.well-known/jwks'

/** Claim overrides for one token; registered claims too, to forge bad tokens in tests. */
export type MintOptions = Partial<GitHubClaims> & {
  aud?: string
  iss?: string
  /** exp = iat + this (negative for an already expired token); default 300 */
  expiresInSeconds?: number
}

export interface OidcIssuer {
  url: string
  /** the `iss` of every token, and the base of the discovery documents */
  issuer: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already carries `?api-version=2.0`, as the runner's does */
  tokenRequestUrl: string
  requestToken: string
  claims: Partial<GitHubClaims>
  /** lifetime of tokens the endpoint hands out; negative hands out expired ones */
  tokenLifetimeSeconds: number
  issuedTokens: string[]
  mintToken(overrides?: MintOptions): string
  publicKey: KeyObject
  keyId: string
  close(): Promise<void>
}

/** The runner's token endpoint plus the issuer's discovery and JWKS documents. */
export async function startOidcIssuer(deps: {
  faults: Faults
  log: RequestLog
}): Promise<OidcIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const keyId = randomBytes(20).toString('hex')
  const issuedTokens: string[] = []
  const state = {
    claims: defaultGitHubClaims() as Partial<GitHubClaims>,
    lifetimeSeconds: TOKEN_LIFETIME_SECONDS,
  }
  let issuer = ''

  const mintToken = (overrides: MintOptions = {}): string => {
    const { expiresInSeconds = state.lifetimeSeconds, ...claims } = overrides
    const merged = { ...defaultGitHubClaims(), ...state.claims, ...claims }
    const now = Math.floor(Date.now() / 1000)
    const payload = {
      jti: randomUUID(),
      iss: issuer,
      aud: `https://github.com/${merged.repository_owner}`,
      ...merged,
      nbf: now,
      iat: now,
      exp: now + expiresInSeconds,
    }
    const token = signRs256Jwt({ kid: keyId }, payload, privateKey)
    issuedTokens.push(token)
    return token
  }

  const requestToken = randomBytes(32).toString('base64url')
  const documents: Record<string, (call: IncomingCall) => unknown> = {
    [TOKEN_PATH]: (call) => {
      if (call.headers.authorization !== `Bearer ${requestToken}`) {
        throw new ServiceError(401, 'Unauthorized', 'Bearer token is missing or invalid.')
      }
      const audience = call.url.searchParams.get('audience')
      return { value: mintToken(audience === null ? {} : { aud: audience }) }
    },
    [CONFIGURATION_PATH]: () => ({
      issuer,
      jwks_uri: `${issuer}${JWKS_PATH}`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    }),
    [JWKS_PATH]: () => ({
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid: keyId, alg: 'RS256', use: 'sig' }],
    }),
  }
  const actions: Record<string, string> = {
    [TOKEN_PATH]: 'GetIdToken',
    [CONFIGURATION_PATH]: 'GetOpenIdConfiguration',
    [JWKS_PATH]: 'GetJwks',
  }

  const service = await startService((url) => {
    issuer = url
    return {
      service: 'oidc',
      ...deps,
      identify: (call) => {
        const audience = call.url.searchParams.get('audience')
        const action = actions[call.url.pathname] ?? 'Unknown'
        return { action, fields: audience === null ? {} : { audience } }
      },
      handle: (call) => {
        const document = documents[call.url.pathname]
        if (call.method !== 'GET' || document === undefined) {
          throw new ServiceError(404, 'NotFound', 'Not Found')
        }
        return json(200, document(call))
      },
      errorReply: (error) => json(error.status, { message: error.message }),
    }
  })

  return {
    url: issuer,
    issuer,
    tokenRequestUrl: `${issuer}${TOKEN_PATH}?api-version=2.0`,
    requestToken,
    get claims() {
      return state.claims
    },
    set claims(claims) {
      state.claims = claims
    },
    get tokenLifetimeSeconds() {
      return state.lifetimeSeconds
    },
    set tokenLifetimeSeconds(seconds) {
      state.lifetimeSeconds = seconds
    },
    issuedTokens,
    mintToken,
    publicKey,
    keyId,
    close: service.close,
  }
}

function json(status: number, body: unknown): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}
