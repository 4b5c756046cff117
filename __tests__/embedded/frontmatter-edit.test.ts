import { describe, expect, it } from '@jest/globals'
import { parseDossier } from '../../src/dossier/dossier.js'
import type { Layout } from '../../src/dossier/layout.js'
import { EmbedError } from '../../src/formats/embedded/embed-error.js'
import { withField, type DossierField } from '../../src/formats/embedded/frontmatter-edit.js'

const CHECKSUM = { algorithm: 'sha256', hash: 'ab12' }
const SIGNATURE = { algorithm: 'ECDSA-SHA-256', signature: 'c2ln', covers: 'frontmatter+body' }

/** Edit one field and return the whole file as text. */
function edited(text: string, layout: Layout, field: DossierField, value: Record<string, string>) {
  return withField(Buffer.from(text), layout, field, value).toString('utf8')
}

describe('JSON frontmatter', () => {
  it('appends a member in the file’s 2-space style, with a comma on the line before', () => {
    const text = '---dossier\n{\n  "title": "T",\n  "tags": [\n    "a"\n  ]\n}\n---\nbody\n'
    expect(edited(text, 'legacy-json', 'signature', SIGNATURE)).toBe(
      '---dossier\n{\n  "title": "T",\n  "tags": [\n    "a"\n  ],\n  "signature": {\n' +
        '    "algorithm": "ECDSA-SHA-256",\n    "signature": "c2ln",\n    "covers": "frontmatter+body"\n' +
        '  }\n}\n---\nbody\n',
    )
  })

  it('keeps 4-space and tab indentation', () => {
    const four = '---dossier\n{\n    "title": "T"\n}\n---\nbody\n'
    expect(edited(four, 'legacy-json', 'checksum', CHECKSUM)).toBe(
      '---dossier\n{\n    "title": "T",\n    "checksum": {\n        "algorithm": "sha256",\n' +
        '        "hash": "ab12"\n    }\n}\n---\nbody\n',
    )
    const tabs = '---dossier\n{\n\t"title": "T"\n}\n---\nbody\n'
    expect(edited(tabs, 'legacy-json', 'checksum', CHECKSUM)).toBe(
      '---dossier\n{\n\t"title": "T",\n\t"checksum": {\n\t\t"algorithm": "sha256",\n' +
        '\t\t"hash": "ab12"\n\t}\n}\n---\nbody\n',
    )
  })

  it('replaces an existing value’s span only, wherever it sits', () => {
    const text =
      '---dossier\n{\n  "checksum": {"algorithm": "md5",\n     "hash": "x"},\n  "title": "T"\n}\n---\nbody\n'
    expect(edited(text, 'legacy-json', 'checksum', CHECKSUM)).toBe(
      '---dossier\n{\n  "checksum": {\n    "algorithm": "sha256",\n    "hash": "ab12"\n  },\n' +
        '  "title": "T"\n}\n---\nbody\n',
    )
  })

  it('writes compact JSON into a one-line object, with its own separators', () => {
    const text = '---json\n{"title": "T", "version": "1"}\n---\nbody\n'
    expect(edited(text, 'legacy-json', 'checksum', CHECKSUM)).toBe(
      '---json\n{"title": "T", "version": "1", "checksum": {"algorithm":"sha256","hash":"ab12"}}\n---\nbody\n',
    )
  })

  it('fills an empty object', () => {
    const once = edited('---dossier\n{}\n---\nbody\n', 'legacy-json', 'checksum', CHECKSUM)
    expect(once).toBe('---dossier\n{"checksum": {"algorithm":"sha256","hash":"ab12"}}\n---\nbody\n')
    expect(edited(once, 'legacy-json', 'signature', { covers: 'frontmatter+body' })).toBe(
      '---dossier\n{"checksum": {"algorithm":"sha256","hash":"ab12"},"signature": {"covers":"frontmatter+body"}}\n---\nbody\n',
    )
  })

  it('keeps CRLF line endings', () => {
    const text = '---dossier\r\n{\r\n  "title": "T"\r\n}\r\n---\r\nbody\r\n'
    expect(edited(text, 'legacy-json', 'checksum', CHECKSUM)).toBe(
      '---dossier\r\n{\r\n  "title": "T",\r\n  "checksum": {\r\n    "algorithm": "sha256",\r\n' +
        '    "hash": "ab12"\r\n  }\r\n}\r\n---\r\nbody\r\n',
    )
  })

  it('sets spec metadata in a JSON frontmatter as a JSON string', () => {
    const text =
      '---\n{\n  "name": "n",\n  "metadata": {\n    "dossier.title": "T"\n  }\n}\n---\nb\n'
    expect(edited(text, 'spec', 'checksum', CHECKSUM)).toBe(
      '---\n{\n  "name": "n",\n  "metadata": {\n    "dossier.title": "T",\n' +
        '    "dossier.checksum": "{\\"algorithm\\":\\"sha256\\",\\"hash\\":\\"ab12\\"}"\n  }\n}\n---\nb\n',
    )
  })
})

describe('legacy YAML frontmatter', () => {
  it('replaces a multi-line block value (with a compact list and a comment) by one flow line', () => {
    const text =
      '---\ntitle: T\nsignature:\n  algorithm: ed25519\n  keys:\n  - a\n  # old\n  signature: x\n\n# next\nversion: 1.0.0\n---\nbody\n'
    expect(edited(text, 'legacy-yaml', 'signature', SIGNATURE)).toBe(
      '---\ntitle: T\nsignature: {"algorithm":"ECDSA-SHA-256","signature":"c2ln","covers":"frontmatter+body"}\n\n# next\nversion: 1.0.0\n---\nbody\n',
    )
  })

  it('replaces a value whose list sits at the key’s own indentation', () => {
    const text = '---\nchecksum:\n- a\n- b\ntitle: T\n---\nbody\n'
    expect(edited(text, 'legacy-yaml', 'checksum', CHECKSUM)).toBe(
      '---\nchecksum: {"algorithm":"sha256","hash":"ab12"}\ntitle: T\n---\nbody\n',
    )
  })

  it('finds quoted keys and replaces an inline value', () => {
    const text = "---\n'checksum': {algorithm: sha256, hash: old} # note\ntitle: T\n---\nbody\n"
    expect(edited(text, 'legacy-yaml', 'checksum', CHECKSUM)).toBe(
      '---\n\'checksum\': {"algorithm":"sha256","hash":"ab12"}\ntitle: T\n---\nbody\n',
    )
  })

  it('appends a missing key at the end, CRLF kept', () => {
    const text = '---\r\ntitle: T\r\ntags:\r\n  - a\r\n---\r\nbody\r\n'
    expect(edited(text, 'legacy-yaml', 'checksum', CHECKSUM)).toBe(
      '---\r\ntitle: T\r\ntags:\r\n  - a\r\nchecksum: {"algorithm":"sha256","hash":"ab12"}\r\n---\r\nbody\r\n',
    )
  })

  it('appends at the indentation of an indented top-level map', () => {
    const text = '---\n  title: T\n  tags: [a]\n---\nbody\n'
    const out = edited(text, 'legacy-yaml', 'checksum', CHECKSUM)
    expect(out).toBe(
      '---\n  title: T\n  tags: [a]\n  checksum: {"algorithm":"sha256","hash":"ab12"}\n---\nbody\n',
    )
    expect(parseDossier(Buffer.from(out)).checksum).toEqual(CHECKSUM)
  })

  it('does not take a nested key of the same name for the top-level one', () => {
    const text = '---\ntools:\n  checksum: keep\ntitle: T\n---\nbody\n'
    expect(edited(text, 'legacy-yaml', 'checksum', CHECKSUM)).toBe(
      '---\ntools:\n  checksum: keep\ntitle: T\nchecksum: {"algorithm":"sha256","hash":"ab12"}\n---\nbody\n',
    )
  })
})

describe('spec layout', () => {
  const spec = (metadata: string, eol = '\n') =>
    `---\nname: n\ndescription: d\nmetadata:\n${metadata}---\nbody\n`.replaceAll('\n', eol)

  it('inserts under metadata with its indentation, as a single-quoted JSON string', () => {
    const text = spec("    dossier.title: 'T'\n    \"dossier.version\": '1'\n")
    const out = edited(text, 'spec', 'signature', { ...SIGNATURE, signed_by: "O'Brien" })
    expect(out).toBe(
      spec(
        "    dossier.title: 'T'\n    \"dossier.version\": '1'\n" +
          '    dossier.signature: \'{"algorithm":"ECDSA-SHA-256","covers":"frontmatter+body","signature":"c2ln","signed_by":"O\'\'Brien"}\'\n',
      ),
    )
    const metadata = parseDossier(Buffer.from(out)).frontmatter['metadata'] as Record<
      string,
      string
    >
    expect(JSON.parse(metadata['dossier.signature'] as string)).toEqual({
      ...SIGNATURE,
      signed_by: "O'Brien",
    })
  })

  it('replaces an existing value, also a multi-line one, and keeps CRLF', () => {
    const text = spec(
      '  dossier.checksum: >-\n    {"algorithm":"md5"}\n  dossier.title: \'T\'\n',
      '\r\n',
    )
    expect(edited(text, 'spec', 'checksum', CHECKSUM)).toBe(
      spec(
        '  dossier.checksum: \'{"algorithm":"sha256","hash":"ab12"}\'\n  dossier.title: \'T\'\n',
        '\r\n',
      ),
    )
  })

  it('inserts after the last metadata entry, not after trailing comments', () => {
    const text = `---\nname: n\nmetadata:\n  dossier.title: 'T'\n# end of metadata\ndescription: d\n---\nb\n`
    expect(edited(text, 'spec', 'checksum', CHECKSUM)).toBe(
      `---\nname: n\nmetadata:\n  dossier.title: 'T'\n  dossier.checksum: '{"algorithm":"sha256","hash":"ab12"}'\n# end of metadata\ndescription: d\n---\nb\n`,
    )
  })
})

describe('characters YAML readers treat specially', () => {
  const awkward = 'A\u2028B\u2029C\u007fD\u0085E\ufeffF "q" \'s\' \\ é 🙂'

  it.each([
    ['legacy-json', '---dossier\n{\n  "title": "T"\n}\n---\nbody\n'],
    ['legacy-yaml', '---\ntitle: T\n---\nbody\n'],
    ['spec', "---\nname: n\ndescription: d\nmetadata:\n  dossier.title: 'T'\n---\nbody\n"],
  ] as Array<[Layout, string]>)('are escaped so %s reads them back exactly', (layout, text) => {
    const out = withField(Buffer.from(text), layout, 'signature', { signed_by: awkward })
    expect(out.toString('utf8')).not.toMatch(/[\u2028\u2029\u007f\u0085\ufeff]/)
    expect(parseDossier(out).signature?.value).toEqual({ signed_by: awkward })
  })
})

it('refuses JSON that only YAML reads', () => {
  const text = '---dossier\n{\n  "title": "T",\n}\n---\nbody\n'
  expect(() => withField(Buffer.from(text), 'legacy-json', 'checksum', CHECKSUM)).toThrow(
    EmbedError,
  )
})
