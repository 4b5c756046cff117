// BER re-encodings of a DER structure: the ways one value can be written in more than one
// way (long-form and indefinite lengths, BIT STRING unused bits, INTEGER leading zeros),
// to check that a decoder accepts the canonical DER only.
import fc from 'fast-check'

/** A TLV: constructed nodes hold children, primitive ones their content. */
type DerNode = { tag: number; children: DerNode[] } | { tag: number; content: Buffer }

const CONSTRUCTED = 0x20
const BIT_STRING = 0x03
const INTEGER = 0x02

/** Reads strict DER as this test writes it (short and long definite lengths). */
export function parseDer(bytes: Buffer): DerNode | undefined {
  const read = (offset: number): { node: DerNode; end: number } | undefined => {
    const tag = bytes[offset]
    let length = bytes[offset + 1]
    if (tag === undefined || length === undefined) return undefined
    let start = offset + 2
    if (length & 0x80) {
      const count = length & 0x7f
      length = 0
      for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0)
      start += count
    }
    const end = start + length
    if (end > bytes.length) return undefined
    if (!(tag & CONSTRUCTED)) return { node: { tag, content: bytes.subarray(start, end) }, end }
    const children: DerNode[] = []
    for (let at = start; at < end;) {
      const child = read(at)
      if (child === undefined) return undefined
      children.push(child.node)
      at = child.end
    }
    return { node: { tag, children }, end }
  }
  const root = read(0)
  return root?.end === bytes.length ? root.node : undefined
}

/** One non-canonical rewrite of the node at `target` (pre-order index). */
export interface DerVariant {
  target: number
  kind:
    | 'long-length'
    | 'indefinite-length'
    | 'unused-bits'
    | 'leading-zero'
    | 'drop-child'
    | 'primitive-tag'
  amount: number
}

export const derVariantArb: fc.Arbitrary<DerVariant> = fc.record({
  target: fc.nat({ max: 16 }),
  kind: fc.constantFrom(
    'long-length',
    'indefinite-length',
    'unused-bits',
    'leading-zero',
    'drop-child',
    'primitive-tag',
  ),
  amount: fc.integer({ min: 1, max: 7 }),
})

/** The DER with one node rewritten; nodes the variant does not apply to are left as they are. */
export function encodeVariant(root: DerNode, variant: DerVariant): Buffer {
  let index = 0
  const encode = (node: DerNode): Buffer => {
    const mine = index++ === variant.target % countNodes(root) ? variant : undefined
    let tag = node.tag
    let content: Buffer
    if ('children' in node) {
      const children = mine?.kind === 'drop-child' ? node.children.slice(0, -1) : node.children
      content = Buffer.concat(children.map(encode))
      if (mine?.kind === 'primitive-tag') tag &= ~CONSTRUCTED
      if (mine?.kind === 'indefinite-length') {
        return Buffer.concat([Buffer.from([tag, 0x80]), content, Buffer.from([0, 0])])
      }
    } else {
      content = node.content
      if (mine?.kind === 'unused-bits' && tag === BIT_STRING && content[0] === 0) {
        content = Buffer.concat([Buffer.from([mine.amount]), content.subarray(1)])
      }
      if (mine?.kind === 'leading-zero' && tag === INTEGER) {
        content = Buffer.concat([Buffer.alloc(mine.amount), content])
      }
    }
    return Buffer.concat([
      Buffer.from([tag]),
      lengthOf(content.length, mine?.kind === 'long-length' ? mine.amount : 0),
      content,
    ])
  }
  return encode(root)
}

function countNodes(node: DerNode): number {
  return 'children' in node
    ? 1 + node.children.reduce((sum, child) => sum + countNodes(child), 0)
    : 1
}

/** Minimal DER length, or long form padded to `extra` more bytes than needed. */
function lengthOf(length: number, extra: number): Buffer {
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  if (extra === 0)
    return length < 0x80 ? Buffer.from([length]) : Buffer.from([0x80 | bytes.length, ...bytes])
  const padded = [...new Array<number>(Math.min(extra, 4)).fill(0), ...bytes]
  return Buffer.from([0x80 | padded.length, ...padded])
}
