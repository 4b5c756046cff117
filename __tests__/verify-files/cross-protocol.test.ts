// Forgeries a review reproduced: bytes a trusted key signed in one protocol, offered as
// proof in another. Each case builds the attack from a real signature by a real key and
// asserts the one thing that must not happen: ALLOW (or, where the key is the wrong kind,
// `verified` at all).
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { checksumOf } from '../../src/dossier/checksum.js'
import { parseDossier } from '../../src/dossier/dossier.js'
import { signedPayload } from '../../src/dossier/payload.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import { formatMinisig, minisigGlobalMessage } from '../../src/formats/minisig/minisig.js'
import { formatMinisignPublicKey } from '../../src/keys/minisign-key.js'
import { parseFilePatterns } from '../../src/files/file-patterns.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import type { Policy } from '../../src/trust/policy.js'
import type { FileReport } from '../../src/verify/verify-files.js'
import { verifyWorkspace } from '../../src/verify/verify-workspace.js'
import { signedDossier, writeDossier, makeKey } from '../embedded/signed-dossier.js'

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'dossier-cross-'))
})
afterEach(() => rmSync(workspace, { recursive: true, force: true }))

const write = (name: string, bytes: Buffer | string): void => {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
  writeFileSync(path.join(workspace, name), bytes)
}

async function verify(
  trustedKeys: string,
  files = '**/*.ds.md\n**/*.txt',
  policy: Policy = 'warn',
): Promise<Map<string, FileReport>> {
  const { reports } = await verifyWorkspace({
    workspace,
    patterns: parseFilePatterns(files),
    trust: buildTrustStore([{ text: trustedKeys, source: 'trusted-keys.txt' }]),
    policy,
  })
  return new Map(reports.map((r) => [r.file, r]))
}

/** An Ed25519 key pair as minisign holds it: `RW...` public key, 8-byte id. */
function minisignKey() {
  const pair = generateKeyPairSync('ed25519')
  const raw = pair.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
  const keyId = randomBytes(8)
  const pub = formatMinisignPublicKey({ keyId, publicKey: raw })
  const rwLine = pub.split('\n')[1] ?? ''
  return { ...pair, raw, keyId, rwLine }
}

/** A real `ED` minisign signature over `file`, and its parts. */
function minisign(key: ReturnType<typeof minisignKey>, file: Buffer, comment = 'timestamp:1') {
  const digest = createHash('blake2b512').update(file).digest()
  const signature = sign(null, digest, key.privateKey)
  const trustedComment = Buffer.from(comment)
  const globalSignature = sign(
    null,
    minisigGlobalMessage(signature, trustedComment),
    key.privateKey,
  )
  const text = formatMinisig({
    algorithm: 'ED',
    keyId: key.keyId,
    signature,
    trustedComment,
    globalSignature,
    untrustedComment: 'signature from minisign secret key',
  })
  return { digest, signature, trustedComment, globalSignature, text }
}

/** A legacy-JSON v1 dossier whose body is `body`, signed with an embedded ed25519 signature. */
function v1Dossier(body: Buffer, signature: Buffer, publicKey?: string): Buffer {
  const object: Record<string, unknown> = {
    algorithm: 'ed25519',
    signature: signature.toString('base64'),
  }
  if (publicKey !== undefined) object['public_key'] = publicKey
  const head = writeDossier(
    'legacy-json',
    { title: 'Forged', risk_level: 'low', checksum: checksumOf(body) },
    object,
    '',
  )
  return Buffer.concat([head, body])
}

describe('one key, one protocol: a minisign key trusts .minisig only', () => {
  it('its signature over BLAKE2b-512(file) never verifies a dossier whose body is those 64 bytes', async () => {
    const key = minisignKey()
    const signed = minisign(key, Buffer.from('# any file the key signed with minisign\n'))
    write('with-key.ds.md', v1Dossier(signed.digest, signed.signature, key.raw.toString('base64')))
    write('no-key.ds.md', v1Dossier(signed.digest, signed.signature))
    const reports = await verify(`${key.rwLine} minisign-only\n`)
    expect(reports.get('with-key.ds.md')).toMatchObject({
      authenticity: 'signed_unknown',
      recommendation: 'WARN',
    })
    expect(reports.get('with-key.ds.md')?.signatures[0]?.code).toBe('key-trusted-for-other-kinds')
    expect(reports.get('with-key.ds.md')?.message).toMatch(/minisign key/)
    expect(reports.get('no-key.ds.md')).toMatchObject({
      authenticity: 'invalid',
      recommendation: 'BLOCK',
    })
  })

  it('its global signature never verifies a .sig over `signature || trusted comment`', async () => {
    const key = minisignKey()
    const signed = minisign(key, Buffer.from('payload\n'), 'timestamp:1\tfile:x')
    const file = minisigGlobalMessage(signed.signature, signed.trustedComment)
    write('global.txt', file)
    write('global.txt.sig', formatSigFile(signed.globalSignature))
    const reports = await verify(`${key.rwLine} minisign-only\n`)
    expect(reports.get('global.txt')).toMatchObject({ authenticity: 'invalid' })
    expect(reports.get('global.txt')?.signatures[0]).toMatchObject({
      kind: 'sig',
      status: 'invalid',
      code: 'no-fitting-key',
    })
  })

  it('still verifies the .minisig it was listed for', async () => {
    const key = minisignKey()
    const file = Buffer.from('plain file\n')
    write('ok.txt', file)
    write('ok.txt.minisig', minisign(key, file).text)
    const reports = await verify(`${key.rwLine} minisign-only\n`)
    expect(reports.get('ok.txt')).toMatchObject({
      authenticity: 'verified',
      coverage: 'file',
      recommendation: 'ALLOW',
    })
  })
})

describe('one key, one protocol: a raw Ed25519 key trusts embedded ed25519 only', () => {
  it('its signature over a whole file is not a verified .sig, .sigstore.json or .minisig', async () => {
    const key = minisignKey()
    const file = Buffer.from('plain file\n')
    write('a.txt', file)
    write('a.txt.sig', formatSigFile(sign(null, file, key.privateKey)))
    write('b.txt', file)
    write('b.txt.minisig', minisign(key, file).text)
    const reports = await verify(`${key.raw.toString('base64')} raw-ed25519\n`)
    expect(reports.get('a.txt')?.authenticity).toBe('invalid')
    expect(reports.get('b.txt')?.authenticity).toBe('invalid')
    expect(reports.get('b.txt')?.signatures[0]?.code).toBe('minisig-key-id-mismatch')
  })

  it('verifies an embedded v2 ed25519 signature (ALLOW)', async () => {
    const key = makeKey('ed25519')
    write('v2.ds.md', signedDossier({ layout: 'legacy-json', scheme: 'v2', key }))
    const raw = key.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32)
    const reports = await verify(`${raw.toString('base64')} raw\n`)
    expect(reports.get('v2.ds.md')).toMatchObject({
      authenticity: 'verified',
      coverage: 'frontmatter+body',
      recommendation: 'ALLOW',
    })
  })
})

describe('one key, one protocol: an SPKI key trusts embedded, .sig and .sigstore.json, not .minisig', () => {
  it('a .minisig made with the same Ed25519 key listed as SPKI is not verified', async () => {
    const key = minisignKey()
    const file = Buffer.from('plain file\n')
    write('m.txt', file)
    write('m.txt.minisig', minisign(key, file).text)
    write('s.txt', file)
    write('s.txt.sig', formatSigFile(sign(null, file, key.privateKey)))
    const spki = key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
    const reports = await verify(`${spki} spki-ed25519\n`)
    expect(reports.get('m.txt')?.authenticity).toBe('invalid')
    expect(reports.get('s.txt')).toMatchObject({
      authenticity: 'verified',
      recommendation: 'ALLOW',
    })
  })
})

describe('an embedded v2/v3 signature is never a detached signature over its payload', () => {
  it.each(['v2', 'v3'] as const)(
    'a file holding a %s payload, with the embedded signature as its .sig, is not verified',
    async (scheme) => {
      const kms = makeKey('p256')
      const layout = scheme === 'v3' ? 'spec' : 'legacy-json'
      const dossier = parseDossier(signedDossier({ layout, scheme, key: kms }))
      const payload = signedPayload(dossier, scheme)
      const value = dossier.signature?.value as { signature: string }
      write('payload.txt', payload)
      write('payload.txt.sig', `${value.signature}\n`)
      for (const policy of ['warn', 'strict'] as const) {
        const reports = await verify(`${kms.spkiBase64} official\n`, '**/*.txt', policy)
        expect(reports.get('payload.txt')).toMatchObject({
          authenticity: 'invalid',
          recommendation: 'BLOCK',
        })
        expect(reports.get('payload.txt')?.signatures[0]?.code).toBe('embedded-payload-as-file')
      }
    },
  )
})

describe('v1 signatures cover the body only', () => {
  const kms = makeKey('p256')
  const trusted = `${kms.spkiBase64} official\n`

  it('a rewritten frontmatter keeps a v1 signature verified, so v1 is never ALLOW', async () => {
    const original = signedDossier({ layout: 'legacy-json', scheme: 'v1', key: kms })
    const rewritten = Buffer.from(
      original.toString('utf8').replace('"risk_level": "low"', '"risk_level": "none"'),
    )
    expect(rewritten.equals(original)).toBe(false)
    write('rewritten.ds.md', rewritten)
    const warn = await verify(trusted)
    expect(warn.get('rewritten.ds.md')).toMatchObject({
      authenticity: 'verified',
      coverage: 'body',
      recommendation: 'WARN',
      code: 'frontmatter-not-signed',
    })
    const strict = await verify(trusted, '**/*.ds.md', 'strict')
    expect(strict.get('rewritten.ds.md')?.recommendation).toBe('BLOCK')
  })

  it('a .sig this action wrote is a valid v1 signature for a dossier whose body is that file: WARN, never ALLOW', async () => {
    const signedFile = signedDossier({ layout: 'legacy-json', scheme: 'v2', key: kms })
    const sig = sign('sha256', signedFile, kms.privateKey)
    const forged = Buffer.concat([
      writeDossier(
        'legacy-json',
        {
          title: 'Attacker',
          risk_level: 'low',
          requires_approval: false,
          checksum: checksumOf(signedFile),
        },
        {
          algorithm: 'ECDSA-SHA-256',
          signature: sig.toString('base64'),
          public_key: kms.spkiBase64,
        },
        '',
      ),
      signedFile,
    ])
    write('forged.ds.md', forged)
    const reports = await verify(trusted)
    expect(reports.get('forged.ds.md')).toMatchObject({
      authenticity: 'verified',
      coverage: 'body',
      recommendation: 'WARN',
    })
  })

  it('an embedded v1 signature placed as a .sig beside the body alone never makes a .ds.md ALLOW', async () => {
    const body = Buffer.from('# Take over\n\nrm -rf /\n')
    write('body.ds.md', body)
    write('body.ds.md.sig', formatSigFile(sign('sha256', body, kms.privateKey)))
    const reports = await verify(trusted)
    expect(reports.get('body.ds.md')).toMatchObject({
      authenticity: 'error',
      recommendation: 'BLOCK',
      code: 'not-a-dossier',
    })
  })
})
