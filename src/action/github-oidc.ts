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
      return getIDToken(audience)
    },
  }
}
