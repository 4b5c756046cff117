import { execFileSync, spawnSync } from 'node:child_process'
import { createPublicKey, type KeyObject } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detachedVerifier } from '../../src/formats/detached-verifier.js'
import type { DetachedKind } from '../../src/formats/registry.js'
import { parseMinisignPublicKey } from '../../src/keys/minisign-key.js'
import type { SignatureCheck } from '../../src/trust/signature-check.js'
import type { TrustedKey } from '../../src/keys/trusted-key.js'

/** Shared by the detached-signature tests: real keys, real files, real peer tools. */

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'dossier-detached-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export function trustedKey(
  publicKey: KeyObject,
  identifier: string,
  kind: TrustedKey['kind'] = 'spki',
): TrustedKey {
  return {
    identifier,
    kind,
    publicKey,
    spkiDer: publicKey.export({ type: 'spki', format: 'der' }),
    source: `test:${identifier}`,
  }
}

/** A trusted-keys entry made from a minisign .pub file or bare `RW...` line. */
export function trustedMinisignKey(text: string, identifier: string): TrustedKey {
  const { keyId, publicKey } = parseMinisignPublicKey(text)
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') },
    format: 'jwk',
  })
  return { ...trustedKey(key, identifier, 'minisign'), minisignKeyId: keyId }
}

/** Runs a detached verifier over `file`, fed in chunks of `chunkSize` bytes. */
export function verifyDetached(
  kind: DetachedKind,
  signature: Buffer | string,
  keys: TrustedKey[],
  file: Buffer,
  chunkSize = file.length || 1,
): SignatureCheck {
  const verifier = detachedVerifier(kind, Buffer.from(signature), keys, `signed.txt.${kind}`)
  for (let offset = 0; offset < file.length; offset += chunkSize) {
    verifier.update(file.subarray(offset, offset + chunkSize))
  }
  return verifier.finish()
}

export function run(command: string, args: string[], cwd?: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Exit status of a peer tool, for "the real tool agrees" assertions. */
export function exitCode(command: string, args: string[], cwd?: string): number | null {
  return spawnSync(command, args, { cwd, stdio: 'ignore' }).status
}

export function toolAvailable(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { stdio: 'ignore' }).error === undefined
}

/** A copy of `bytes` with the byte at `index` (negative from the end) changed. */
export function flipByte(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes)
  const at = index < 0 ? copy.length + index : index
  copy[at] = (copy[at] ?? 0) ^ 0x01
  return copy
}
