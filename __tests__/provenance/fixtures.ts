import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { VerificationError } from '@sigstore/verify'
import { sigstorePeerVerifyAttestation } from '../../harness/sigstore-peer.js'
import { ALGORITHMS, type SigningAlgorithm } from '../../src/keys/algorithms.js'
import type { WorkflowRun } from '../../src/formats/provenance/slsa-predicate.js'
import type { DigestKey, DigestSigner } from '../../src/formats/writing.js'
import { signDigest } from '../../stack/kms-key-specs.js'

/** Shared by the provenance tests: real keys signing real digests, as KMS does. */

export interface TestKey extends DigestKey {
  privateKey: KeyObject
}

export function testKey(
  algorithm: SigningAlgorithm = 'ECDSA_SHA_256',
  pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
): TestKey {
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    algorithm,
    hash: ALGORITHMS[algorithm].hash,
    spkiDer: pair.publicKey.export({ type: 'spki', format: 'der' }),
  }
}

/** A digest signer over a local private key, counting its calls like the stack's request log. */
export class CountingSigner implements DigestSigner {
  calls = 0
  constructor(private readonly key: TestKey) {}
  async sign(digest: Buffer): Promise<Buffer> {
    this.calls++
    return signDigest(this.key.privateKey, this.key.algorithm, digest)
  }
}

/** The stack's default claims (stack/github-claims.ts), as a WorkflowRun. */
export function sampleRun(overrides: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    serverUrl: 'https://github.com',
    repository: 'imboard-ai/dossier-sign',
    repositoryId: '912345678',
    repositoryOwnerId: '187654321',
    workflowRef: 'imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
    jobWorkflowRef: 'imboard-ai/dossier-sign/.github/workflows/sign.yml@refs/heads/main',
    ref: 'refs/heads/main',
    sha: '5f3b9b0b0c4a6e1f2d7c8a9b0e1f2a3b4c5d6e7f',
    runId: '14000000001',
    runAttempt: '1',
    eventName: 'push',
    runnerEnvironment: 'github-hosted',
    ...overrides,
  }
}

export const HEX_A = 'a'.repeat(64)
export const HEX_B = 'b'.repeat(64)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at any field of the JSON
export type Json = any

/** What @sigstore/verify, with `spkiDer` as the only trust material, says of a bundle: its error code, or 'verified'. */
export function peerVerdict(bundleText: string, spkiDer: Buffer): string {
  try {
    sigstorePeerVerifyAttestation(bundleText, spkiDer)
    return 'verified'
  } catch (error) {
    if (error instanceof VerificationError) return error.code
    throw error
  }
}
