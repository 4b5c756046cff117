/** One DER element: its tag and the bounds of its content in the buffer. */
export interface DerElement {
  tag: number
  start: number
  end: number
}

const DER_SEQUENCE = 0x30
const DER_INTEGER = 0x02

/**
 * Read one DER TLV at `offset`, or undefined when it is not strict DER: indefinite or
 * non-minimal lengths, or content running past the buffer.
 */
export function readDerElement(bytes: Buffer, offset: number): DerElement | undefined {
  const tag = bytes[offset]
  const first = bytes[offset + 1]
  if (tag === undefined || first === undefined) return undefined
  let start = offset + 2
  let length = first
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > 3) return undefined
    length = 0
    for (let i = 0; i < count; i++) {
      const byte = bytes[start + i]
      if (byte === undefined || (i === 0 && byte === 0)) return undefined
      length = length * 256 + byte
    }
    if (length < 0x80) return undefined
    start += count
  }
  const end = start + length
  return end <= bytes.length ? { tag, start, end } : undefined
}

/** Whether the bytes are exactly one DER SEQUENCE, with nothing after it. */
export function isSingleDerSequence(bytes: Buffer): boolean {
  const element = readDerElement(bytes, 0)
  return element?.tag === DER_SEQUENCE && element.end === bytes.length
}

/** r and s of an ECDSA signature, as unsigned big-endian integers. */
export interface EcdsaSignatureParts {
  r: bigint
  s: bigint
}

/** Parse `SEQUENCE { INTEGER r, INTEGER s }`, strict DER, or undefined. */
export function ecdsaFromDer(bytes: Buffer): EcdsaSignatureParts | undefined {
  if (!isSingleDerSequence(bytes)) return undefined
  const sequence = readDerElement(bytes, 0) as DerElement
  const r = readDerElement(bytes, sequence.start)
  const s = r && readDerElement(bytes, r.end)
  if (!r || !s || s.end !== sequence.end) return undefined
  const rValue = positiveInteger(bytes, r)
  const sValue = positiveInteger(bytes, s)
  return rValue === undefined || sValue === undefined ? undefined : { r: rValue, s: sValue }
}

/** The DER encoding of an ECDSA signature (KMS's and OpenSSL's format). */
export function toEcdsaDer({ r, s }: EcdsaSignatureParts): Buffer {
  const body = Buffer.concat([derInteger(r), derInteger(s)])
  return Buffer.concat([derHeader(DER_SEQUENCE, body.length), body])
}

function positiveInteger(bytes: Buffer, element: DerElement): bigint | undefined {
  const content = bytes.subarray(element.start, element.end)
  const [first, second] = content
  if (element.tag !== DER_INTEGER || first === undefined) return undefined
  if (first & 0x80) return undefined // negative
  if (first === 0 && (second === undefined || !(second & 0x80))) return undefined // not minimal
  const value = BigInt(`0x${content.toString('hex')}`)
  return value > 0n ? value : undefined
}

function derInteger(value: bigint): Buffer {
  let hex = value.toString(16)
  if (hex.length % 2) hex = `0${hex}`
  let content = Buffer.from(hex, 'hex')
  if ((content[0] ?? 0) & 0x80) content = Buffer.concat([Buffer.from([0]), content])
  return Buffer.concat([derHeader(DER_INTEGER, content.length), content])
}

function derHeader(tag: number, length: number): Buffer {
  if (length < 0x80) return Buffer.from([tag, length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([tag, 0x80 | bytes.length, ...bytes])
}
