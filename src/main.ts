import * as core from '@actions/core'
import { coreIo } from './action/core-io.js'
import { tokenAskedEarly } from './action/early-token.js'
import type { FirstToken } from './action/first-token.js'
import { runnerTokenSource } from './action/github-oidc.js'
import { runAction } from './action/run-action.js'

/**
 * The action, wired: real inputs, the real runner, real AWS clients. Each mode's code is
 * a chunk of dist/ loaded by import() once the inputs name the mode, and the AWS SDK is a
 * chunk of its own, so a run parses only what it uses (scripts/check-bundle.js and
 * __tests__/repo/bundle-chunks.test.ts hold the split). `first` is the OIDC token
 * request src/index.ts sent before this code loaded, if it sent one.
 */
export async function main(first: FirstToken | undefined): Promise<number> {
  const io = coreIo(core)
  const tokens = runnerTokenSource((audience) => core.getIDToken(audience), process.env)
  return runAction((name) => core.getInput(name), process.env, io, {
    sign: async (settings) => {
      // The run's first request, the OIDC token, goes out before the sign code and the SDK
      // are parsed (before this code, if src/index.ts could send it), so that parse
      // overlaps the token endpoint's answer.
      const { roleToAssume, audience } = settings.aws
      const signTokens = roleToAssume
        ? tokenAskedEarly(tokens, audience, { first, mask: (token) => io.setSecret(token) })
        : tokens
      const [{ runSign }, { kmsClientFor }] = await Promise.all([
        import('./action/sign-mode.js'),
        import('./aws/kms-client.js'),
      ])
      await runSign(settings, { io, tokens: signTokens, kmsClient: kmsClientFor })
    },
    verify: async (settings) => {
      // Verify is offline unless AWS settings are given (to pin ARN entries to KMS keys):
      // only then is the AWS SDK loaded.
      const [{ runVerify }, { openPullRequest }, kms] = await Promise.all([
        import('./action/verify-mode.js'),
        import('./action/pull-request.js'),
        settings.aws ? import('./aws/kms-client.js') : undefined,
      ])
      await runVerify(settings, {
        io,
        tokens,
        kmsClient: kms?.kmsClientFor ?? noKmsClient,
        env: process.env,
        pullRequest: (token) => openPullRequest(process.env, token, settings.workspace),
      })
    },
    // Merging the shards' sign reports reads files only: no AWS SDK, no token.
    'merge-reports': async (settings) => {
      const { runMergeReports } = await import('./action/merge-reports.js')
      await runMergeReports(settings, { io, env: process.env })
    },
  })
}

function noKmsClient(): never {
  throw new Error(
    'verify mode asked for a KMS client without AWS settings (a bug: please report it)',
  )
}
