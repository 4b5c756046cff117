import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { checkIntegrity } from '../../src/dossier/checksum.js'
import { parseDossier } from '../../src/dossier/dossier.js'
import { verifyEmbedded } from '../../src/formats/embedded/verify-embedded.js'
import {
  embedSignature,
  EmbedError,
  holdsEmbeddedSignature,
} from '../../src/formats/embedded/write-embedded.js'
import { buildTrustStore } from '../../src/trust/trust-store.js'
import {
  crlf,
  expectUpstreamSigned,
  fixture,
  LocalSigner,
  localKey,
  optionsFor,
  SIGNED_AT,
  SIGNED_BY,
  signedBytes,
  type LocalKey,
} from './embed-harness.js'
import { upstreamVerify } from './upstream-checker.js'

type Coverage = 'frontmatter+body' | 'spec-frontmatter+body'

const KEY = localKey()

/** The checks seen without src/, then our own verifier's verdict and the object written. */
function expectEmbedded(before: Buffer, after: Buffer, key: LocalKey, covers: Coverage): void {
  expectUpstreamSigned(before, after, key, covers)
  const dossier = parseDossier(after)
  const trust = buildTrustStore([{ text: `${key.spkiBase64} release-key\n`, source: 'test' }])
  const check = verifyEmbedded(dossier, trust)
  expect(check).toMatchObject({
    status: 'verified',
    coverage: covers,
    keyIdentifier: 'release-key',
  })
  expect(check?.uncovered).toBeUndefined()
  expect(checkIntegrity(dossier.checksum, dossier.body).integrity).toBe('valid')
  expect(dossier.signature?.value).toEqual({
    algorithm: 'ECDSA-SHA-256',
    signature: expect.any(String),
    public_key: key.spkiBase64,
    key_id: key.arn,
    signed_at: SIGNED_AT,
    signed_by: SIGNED_BY,
    covers,
  })
}

async function expectRefused(promise: Promise<unknown>, code: string): Promise<EmbedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(EmbedError)
  expect((error as EmbedError).code).toBe(code)
  return error as EmbedError
}

/** A trailing pretty-printed `"signature"` member, as upstream's JSON writers leave it. */
const JSON_SIGNATURE = /,\n {2}"signature": \{[^]*?\n {2}\}/

/** Each fixture: the README's verdicts, its layout's coverage, and how to strip its signature. */
interface FixtureCase {
  name: string
  checksum: 'valid' | 'invalid'
  signature: 'valid' | 'invalid' | 'unsigned'
  covers: Coverage
  strip?: RegExp
}

const V2: Coverage = 'frontmatter+body'

const FIXTURE_CASES: FixtureCase[] = [
  {
    name: 'schema-capability-check.kms-signed.ds.md',
    checksum: 'valid',
    signature: 'valid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'project-exploration.kms-signed.ds.md',
    checksum: 'valid',
    signature: 'valid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'setup-dossier-mcp.kms-signed.STALE-checksum.ds.md',
    checksum: 'invalid',
    signature: 'invalid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'add-git-worktree-support.kms-signed.INVALID-signature-valid-checksum.ds.md',
    checksum: 'valid',
    signature: 'invalid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'hello-world.ed25519-signed.ds.md',
    checksum: 'valid',
    signature: 'valid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'dossier-content-hello.ed25519-signed.ds.md',
    checksum: 'valid',
    signature: 'valid',
    covers: V2,
    strip: JSON_SIGNATURE,
  },
  {
    name: 'today-summary-skill.v3-spec-signed.ds.md',
    checksum: 'valid',
    signature: 'valid',
    covers: 'spec-frontmatter+body',
    strip: /\n {2}dossier\.signature: '.*'/,
  },
  {
    name: 'qa-sheet-triage-skill.unsigned.ds.md',
    checksum: 'valid',
    signature: 'unsigned',
    covers: V2,
  },
  {
    name: 'tal-liberio-dependency-capability-check.yaml-thirdparty.ds.md',
    checksum: 'invalid',
    signature: 'invalid',
    covers: V2,
    strip: /^signature:\n(?: {2}.*\n)*/m,
  },
]

describe('the independent upstream checker', () => {
  it.each(FIXTURE_CASES)(
    'reads $name as the fixtures README says (checksum $checksum, signature $signature)',
    ({ name, checksum, signature }) => {
      expect(upstreamVerify(fixture(name))).toMatchObject({ checksum, signature })
    },
  )

  it('names the official KMS key for the KMS-signed fixtures', () => {
    const official = createPublicKey(fixture('official-kms-public-key.pem'))
      .export({ type: 'spki', format: 'der' })
      .toString('base64')
    expect(upstreamVerify(fixture('schema-capability-check.kms-signed.ds.md')).spki).toBe(official)
  })
})

describe.each(FIXTURE_CASES)('upstream fixture $name', ({ name, covers, signature, strip }) => {
  const original = fixture(name)

  if (strip !== undefined) {
    it('with its signature stripped by a text edit: signs in place, only the two fields change', async () => {
      const stripped = Buffer.from(original.toString('utf8').replace(strip, ''))
      expect(stripped.equals(original)).toBe(false)
      expect(parseDossier(stripped).signature).toBeUndefined()
      const signer = new LocalSigner(KEY)
      const bytes = signedBytes(await embedSignature(stripped, optionsFor(KEY, signer)))
      expectEmbedded(stripped, bytes, KEY, covers)
      expect(signer.calls).toBe(1)
    })
  }

  if (signature === 'valid') {
    it('as it is: refuses to overwrite another key’s valid signature, without a Sign call', async () => {
      const signer = new LocalSigner(KEY)
      const error = await expectRefused(
        embedSignature(original, optionsFor(KEY, signer)),
        'signed-by-another-key',
      )
      expect(error.message).toMatch(/another key/)
      expect(signer.calls).toBe(0)
    })
  }

  it(`as it is${signature === 'valid' ? ', with replace' : ''}: signs in place over the existing fields`, async () => {
    const options = optionsFor(KEY, new LocalSigner(KEY), signature === 'valid')
    const bytes = signedBytes(await embedSignature(original, options))
    expectEmbedded(original, bytes, KEY, covers)
  })

  it('as CRLF: keeps CRLF line endings in what it writes', async () => {
    const source = strip ? Buffer.from(original.toString('utf8').replace(strip, '')) : original
    const windows = crlf(source)
    const bytes = signedBytes(await embedSignature(windows, optionsFor(KEY)))
    expectEmbedded(windows, bytes, KEY, covers)
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/)
  })
})

describe('signing again', () => {
  const unsigned = fixture('qa-sheet-triage-skill.unsigned.ds.md')

  it('skips a file this key signed, without a Sign call (idempotent)', async () => {
    const first = signedBytes(await embedSignature(unsigned, optionsFor(KEY)))
    expect(holdsEmbeddedSignature(unsigned, KEY)).toBe(false)
    expect(holdsEmbeddedSignature(first, KEY)).toBe(true)
    const signer = new LocalSigner(KEY)
    await expect(embedSignature(first, optionsFor(KEY, signer, true))).resolves.toEqual({
      status: 'skipped',
    })
    expect(signer.calls).toBe(0)
  })

  it('refuses another key’s signature unless replace is set, then replaces it', async () => {
    const other = localKey('secp256k1')
    const theirs = signedBytes(await embedSignature(unsigned, optionsFor(other)))
    const signer = new LocalSigner(KEY)
    const error = await expectRefused(
      embedSignature(theirs, optionsFor(KEY, signer)),
      'signed-by-another-key',
    )
    expect(error.message).toContain(other.arn)
    expect(signer.calls).toBe(0)

    const ours = signedBytes(await embedSignature(theirs, optionsFor(KEY, signer, true)))
    expectEmbedded(theirs, ours, KEY, 'frontmatter+body')
    expect(signer.calls).toBe(1)
    const trustOther = buildTrustStore([{ text: `${other.spkiBase64} them\n`, source: 'test' }])
    expect(verifyEmbedded(parseDossier(ours), trustOther)?.status).toBe('signed_unknown')
  })

  it('re-signs the file after its body changed (its old signature vouches for nothing)', async () => {
    const first = signedBytes(await embedSignature(unsigned, optionsFor(KEY)))
    const edited = Buffer.concat([first, Buffer.from('\nOne more line.\n')])
    const signer = new LocalSigner(KEY)
    const again = signedBytes(await embedSignature(edited, optionsFor(KEY, signer)))
    expectEmbedded(edited, again, KEY, 'frontmatter+body')
    expect(signer.calls).toBe(1)
  })
})

describe('refusals', () => {
  it.each([
    ['not a dossier', 'Just markdown.\n', 'not-a-dossier'],
    ['a BOM before the fence', '\ufeff---\ntitle: x\n---\nbody\n', 'not-a-dossier'],
    ['malformed YAML', '---\ntitle: [unclosed\n---\nbody\n', 'dossier-unreadable'],
  ])('%s', async (_name, text, code) => {
    const signer = new LocalSigner(KEY)
    await expectRefused(embedSignature(Buffer.from(text), optionsFor(KEY, signer)), code)
    expect(signer.calls).toBe(0)
  })

  it('an unquoted date, naming the key and saying to quote it', async () => {
    const text = '---\ntitle: Dated\nlast_updated: 2025-01-01\nversion: 1.0.0\n---\nbody\n'
    const signer = new LocalSigner(KEY)
    const error = await expectRefused(
      embedSignature(Buffer.from(text), optionsFor(KEY, signer)),
      'uncovered-value',
    )
    expect(error.message).toContain('last_updated')
    expect(error.message).toMatch(/quote it/)
    expect(signer.calls).toBe(0)
  })

  it('a value YAML 1.1 and 1.2 read apart, naming the key and saying to quote it', async () => {
    const text = '---\ntitle: Octal\ntimeout: 010\n---\nbody\n'
    const signer = new LocalSigner(KEY)
    const error = await expectRefused(
      embedSignature(Buffer.from(text), optionsFor(KEY, signer)),
      'yaml-readings-disagree',
    )
    expect(error.message).toContain('timeout')
    expect(error.message).toMatch(/quote it/)
    expect(signer.calls).toBe(0)
  })

  it('a key that cannot sign ECDSA-SHA-256', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    const key = { ...KEY, ...p384 }
    await expectRefused(
      embedSignature(fixture('qa-sheet-triage-skill.unsigned.ds.md'), optionsFor(key)),
      'key-unsupported',
    )
  })

  it('JSON frontmatter that only YAML reads (a comment after it)', async () => {
    const text = '---dossier\n{\n  "title": "x"\n}\n# reviewed\n---\nbody\n'
    await expectRefused(embedSignature(Buffer.from(text), optionsFor(KEY)), 'layout-unsupported')
  })

  it('spec metadata written as a flow map', async () => {
    const text = '---\nname: n\ndescription: d\nmetadata: {"dossier.title": "T"}\n---\nbody\n'
    expect(parseDossier(Buffer.from(text)).layout).toBe('spec')
    await expectRefused(embedSignature(Buffer.from(text), optionsFor(KEY)), 'layout-unsupported')
  })

  it('a frontmatter the text editor misjudges is caught by the read-back, before signing', async () => {
    // Both YAML readers take line 2 as part of the quoted string, not as a key.
    const text = '---\nobjective: "first line\nchecksum: not a key"\ntitle: x\n---\nbody\n'
    expect(parseDossier(Buffer.from(text)).frontmatter).toEqual({
      objective: 'first line checksum: not a key',
      title: 'x',
    })
    const signer = new LocalSigner(KEY)
    await expectRefused(embedSignature(Buffer.from(text), optionsFor(KEY, signer)), 'edit-misread')
    expect(signer.calls).toBe(0)
  })
})

describe('a signer that does not sign with the key', () => {
  const unsigned = fixture('qa-sheet-triage-skill.unsigned.ds.md')

  it('another key’s signature: verify-failed, nothing returned', async () => {
    const other = localKey()
    const forger = new LocalSigner(other)
    await expectRefused(embedSignature(unsigned, optionsFor(KEY, forger)), 'verify-failed')
    expect(forger.calls).toBe(1)
  })

  it('bytes that are no signature: verify-failed', async () => {
    const garbage = new LocalSigner(KEY, () => Buffer.from('not a DER signature'))
    await expectRefused(embedSignature(unsigned, optionsFor(KEY, garbage)), 'verify-failed')
  })

  it('an error from the signer reaches the caller unchanged (its stop rule reads it)', async () => {
    const denied = new Error('AccessDeniedException')
    const failing = new LocalSigner(KEY, () => {
      throw denied
    })
    await expect(embedSignature(unsigned, optionsFor(KEY, failing))).rejects.toBe(denied)
  })
})
