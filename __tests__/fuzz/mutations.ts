// Mutations of valid inputs: byte-level damage plus splices of the tokens that carry
// structure in dossiers, signature files and trusted-keys files.
import fc from 'fast-check'

/** Fences, YAML/JSON syntax, anchors and aliases, base64, line breaks, PEM and minisign markers. */
export const STRUCTURAL_TOKENS: readonly string[] = [
  '---',
  '---dossier',
  '\n---\n',
  '\n',
  '\r\n',
  '\r',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ':',
  ': ',
  ',',
  '- ',
  '&a ',
  '*a',
  '&a',
  '<<: *a',
  '!!binary ',
  '#',
  ' ',
  '  ',
  '\t',
  '\\',
  '\\n',
  'null',
  '~',
  'A',
  'z',
  '0',
  '+',
  '/',
  '=',
  '==',
  '_',
  '\u00e9',
  '\ufeff',
  '\u0000',
  '\u2028',
  'untrusted comment: ',
  'trusted comment: ',
  '-----BEGIN PUBLIC KEY-----',
  '-----END PUBLIC KEY-----',
  'RW',
  'arn:aws:kms:us-east-1:123456789012:key/1234',
  'metadata:',
  'dossier.',
  'covers',
]

/** One edit. Positions are taken modulo the input's length, so any number fits any input. */
export type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { kind: 'insert-token'; at: number; token: string }
  | { kind: 'replace'; at: number; length: number; token: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'line-ending'; nth: number; style: 'crlf' | 'lf' | 'cr' }
  | { kind: 'all-line-endings'; style: 'crlf' | 'lf' }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'delete-line'; nth: number }
  | { kind: 'base64-bytes'; nth: number; at: number; mask: number }

const at = fc.nat({ max: 1 << 20 })
const span = fc.integer({ min: 1, max: 48 })
const token = fc.constantFrom(...STRUCTURAL_TOKENS)
/** Mostly one bit (a neighbouring character), sometimes any byte. */
const mask = fc.oneof(
  fc.constantFrom(0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40),
  fc.integer({ min: 1, max: 255 }),
)

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip'), at, mask }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert-bytes'),
      at,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert-token'), at, token }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace'), at, length: span, token }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete'), at, length: span }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate'), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate'), at, length: span, to: at }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('line-ending'),
      nth: at,
      style: fc.constantFrom('crlf', 'lf', 'cr'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('all-line-endings'),
      style: fc.constantFrom('crlf', 'lf'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines'), a: at, b: at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line'), nth: at }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('base64-bytes'), nth: at, at, mask }) },
)

/** One to four edits in a row. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 })

/** `bytes` after the edits, in order; the input is not changed. */
export function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  return mutations.reduce<Buffer>(
    (current, mutation) => applyOne(current, mutation),
    Buffer.from(bytes),
  )
}

type Apply<K extends Mutation['kind']> = (
  bytes: Buffer,
  m: Extract<Mutation, { kind: K }>,
) => Buffer

const APPLY: { [K in Mutation['kind']]: Apply<K> } = {
  flip(bytes, m) {
    if (bytes.length === 0) return bytes
    const copy = Buffer.from(bytes)
    const i = m.at % copy.length
    copy[i] = (copy[i] ?? 0) ^ m.mask
    return copy
  },
  'insert-bytes': (bytes, m) => splice(bytes, m.at % (bytes.length + 1), 0, Buffer.from(m.bytes)),
  'insert-token': (bytes, m) => splice(bytes, m.at % (bytes.length + 1), 0, Buffer.from(m.token)),
  replace: (bytes, m) => splice(bytes, m.at % (bytes.length + 1), m.length, Buffer.from(m.token)),
  delete: (bytes, m) => splice(bytes, m.at % (bytes.length + 1), m.length, Buffer.alloc(0)),
  truncate: (bytes, m) => bytes.subarray(0, m.at % (bytes.length + 1)),
  duplicate(bytes, m) {
    const start = m.at % (bytes.length + 1)
    const copy = Buffer.from(bytes.subarray(start, start + m.length))
    return splice(bytes, m.to % (bytes.length + 1), 0, copy)
  },
  'line-ending'(bytes, m) {
    const breaks = lineBreaks(bytes)
    const lf = breaks[m.nth % Math.max(1, breaks.length)]
    if (lf === undefined) return bytes
    const crlf = lf > 0 && bytes[lf - 1] === 0x0d
    if (m.style === 'crlf') return crlf ? bytes : splice(bytes, lf, 0, Buffer.from('\r'))
    if (m.style === 'lf') return crlf ? splice(bytes, lf - 1, 1, Buffer.alloc(0)) : bytes
    return splice(bytes, lf, 1, Buffer.from('\r'))
  },
  'all-line-endings'(bytes, m) {
    const lf = bytes.toString('latin1').replace(/\r\n/g, '\n')
    return Buffer.from(m.style === 'lf' ? lf : lf.replace(/\n/g, '\r\n'), 'latin1')
  },
  'swap-lines'(bytes, m) {
    const lines = bytes.toString('latin1').split('\n')
    const a = m.a % lines.length
    const b = m.b % lines.length
    ;[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']
    return Buffer.from(lines.join('\n'), 'latin1')
  },
  'delete-line'(bytes, m) {
    const lines = bytes.toString('latin1').split('\n')
    lines.splice(m.nth % lines.length, 1)
    return Buffer.from(lines.join('\n'), 'latin1')
  },
  'base64-bytes'(bytes, m) {
    // A bit of what a base64 run (a key, a signature, a digest) encodes: DER-level damage.
    const runs = [...bytes.toString('latin1').matchAll(BASE64_RUN)]
    const run = runs[m.nth % Math.max(1, runs.length)]
    if (run === undefined) return bytes
    const decoded = Buffer.from(run[0], 'base64')
    const i = m.at % decoded.length
    decoded[i] = (decoded[i] ?? 0) ^ m.mask
    return splice(bytes, run.index, run[0].length, Buffer.from(decoded.toString('base64')))
  },
}

const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g

function applyOne(bytes: Buffer, mutation: Mutation): Buffer {
  return (APPLY[mutation.kind] as (bytes: Buffer, m: Mutation) => Buffer)(bytes, mutation)
}

function splice(bytes: Buffer, start: number, deleteCount: number, insert: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(start + deleteCount)])
}

function lineBreaks(bytes: Buffer): number[] {
  const found: number[] = []
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) found.push(i)
  return found
}

/** Inputs with no valid origin: arbitrary bytes, and soups of structural tokens and text. */
export const randomBytesArb = fc.uint8Array({ maxLength: 1024 }).map((bytes) => Buffer.from(bytes))

export const tokenSoupArb = fc
  .array(fc.oneof(token, fc.string({ maxLength: 12, unit: 'binary' })), { maxLength: 48 })
  .map((parts) => parts.join(''))
