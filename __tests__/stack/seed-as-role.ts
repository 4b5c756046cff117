import { afterAll, beforeAll } from '@jest/globals'
import type { KMSClient } from '@aws-sdk/client-kms'
import { DEFAULT_ROLE, startDefaultStack, type DefaultStack } from '../../stack/index.js'
import { kmsClient, webIdentityCredentials } from './sdk-clients.js'

/** The seed stack, and a real SDK KMS client signed in as its GitHub OIDC role. */
export interface SeedAsRole {
  seed: DefaultStack
  client: KMSClient
}

/** For one test file: started before its tests, stopped after them; read the fields inside tests. */
export function seedStackAsRole(): SeedAsRole {
  const handle = {} as SeedAsRole
  beforeAll(async () => {
    handle.seed = await startDefaultStack()
    handle.client = kmsClient(
      handle.seed.stack,
      webIdentityCredentials(handle.seed.stack, DEFAULT_ROLE.arn),
    )
  })
  afterAll(async () => {
    handle.client?.destroy()
    await handle.seed?.stack.stop()
  })
  return handle
}
