import { withRetry } from '../aws/retry-policy.js'
import type { TokenSource } from '../aws/web-identity-credentials.js'
import { ActionFailure } from './action-failure.js'

/**
 * OIDC tokens from the runner. Checked before asking, because the toolkit's own
 * error ("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable") does not say
 * what the user has to change.
 */
export function runnerTokenSource(
  getIDToken: (audience: string) => Promise<string>,
  env: NodeJS.ProcessEnv,
): TokenSource {
  return {
    async token(audience) {
      if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        const fork = env.GITHUB_EVENT_NAME?.startsWith('pull_request')
          ? ' This run is for a pull request: pull requests from forks never get an OIDC token, so sign on push, release or workflow_dispatch, and use `mode: verify` for pull requests.'
          : ''
        throw new ActionFailure(
          'no-oidc-token',
          `No GitHub OIDC token is available to assume \`role-to-assume\`: the job needs \`permissions: id-token: write\`.${fork}`,
        )
      }
      return withRetry(() => getIDToken(audience), isServerError)
    },
  }
}

// The toolkit's error carries the endpoint's status as "Error Code : 503"; a 5xx (or
// no status: the connection failed) can succeed later, a 401 or 403 cannot.
function isServerError(error: unknown): boolean {
  const status = /Error Code : (\d{3})/.exec(error instanceof Error ? error.message : '')?.[1]
  return status === undefined
    ? /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up/.test(String(error))
    : status.startsWith('5')
}
