import * as core from '@actions/core'
import { KMSClient } from '@aws-sdk/client-kms'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { runnerTokenSource } from './action/github-oidc.js'
import { openPullRequest } from './action/pull-request.js'
import { runAction } from './action/run-action.js'
import { runSign } from './action/sign-mode.js'
import { runVerify } from './action/verify-mode.js'
import { coreIo } from './action/core-io.js'
import { AWS_HTTP_OPTIONS } from './aws/http-options.js'

// The entrypoint only wires: real inputs, the real runner, real AWS clients.
const io = coreIo(core)
const aws = {
  io,
  tokens: runnerTokenSource((audience) => core.getIDToken(audience), process.env),
  kmsClient: (region: string, credentials?: AwsCredentialIdentityProvider) =>
    new KMSClient({ region, credentials, ...AWS_HTTP_OPTIONS }),
}
const exitCode = await runAction((name) => core.getInput(name), process.env, io, {
  sign: (settings) => runSign(settings, aws),
  verify: (settings) =>
    runVerify(settings, {
      ...aws,
      env: process.env,
      pullRequest: (token) => openPullRequest(process.env, token, settings.workspace),
    }),
})
process.exitCode = exitCode
