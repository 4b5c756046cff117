import { DossierError } from './dossier-error.js'

/** Opening lines upstream accepts; the JSON ones are parsed as YAML too (JSON is YAML). */
export type Fence = 'dossier' | 'json' | 'yaml'

const FENCES: ReadonlyMap<string, Fence> = new Map([
  ['---dossier', 'dossier'],
  ['---json', 'json'],
  ['---', 'yaml'],
  ['---yaml', 'yaml'],
])

const OPENING = Buffer.from('---')
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
const CLOSING = Buffer.from('\n---')
const CR = 0x0d
const LF = 0x0a

/** A dossier's bytes cut into its parts, before any parsing. */
export interface DossierParts {
  fence: Fence
  /** Starts on line 2 of the file, after the opening fence. */
  frontmatter: Buffer
  body: Buffer
}

/**
 * Split by the exact rule of formats.md 1.1: the frontmatter ends at the first "\n---"
 * after the opening line; the body is what follows minus one "\r", then minus one "\n".
 * Nothing else is trimmed or converted: the checksum is over exactly these bytes.
 */
export function splitDossier(bytes: Buffer): DossierParts {
  // A UTF-8 BOM fails this test on purpose: upstream does not read such a file either.
  // Editors hide the BOM, so the message names it: the file *looks* like it starts with ---.
  if (!bytes.subarray(0, OPENING.length).equals(OPENING)) {
    const bom = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM)
    throw new DossierError(
      'not-a-dossier',
      bom
        ? 'starts with a UTF-8 byte order mark (BOM), not a "---" frontmatter fence (save it without the BOM)'
        : 'does not start with a "---" frontmatter fence',
    )
  }
  const openingEnd = bytes.indexOf(LF)
  if (openingEnd < 0) {
    throw new DossierError('unterminated-frontmatter', 'has an opening fence but no frontmatter')
  }
  const fence = fenceOf(bytes.subarray(0, openingEnd))
  // Searching from the opening line's own "\n" lets an empty frontmatter close at once.
  const closing = bytes.indexOf(CLOSING, openingEnd)
  if (closing < 0) {
    throw new DossierError('unterminated-frontmatter', 'has no closing "---" fence')
  }
  let bodyStart = closing + CLOSING.length
  if (bytes[bodyStart] === CR) bodyStart += 1
  if (bytes[bodyStart] === LF) bodyStart += 1
  return {
    fence,
    frontmatter: bytes.subarray(openingEnd + 1, closing + 1),
    body: bytes.subarray(bodyStart),
  }
}

function fenceOf(openingLine: Buffer): Fence {
  // Trailing blanks and a CR are tolerated as upstream does; anything else names an
  // engine (gray-matter's js/coffee evaluate code) and is refused.
  const text = openingLine.toString('latin1').trimEnd()
  const fence = FENCES.get(text)
  if (fence === undefined) {
    throw new DossierError(
      'unsupported-fence',
      `opens with "${text.slice(0, 40)}"; only "---", "---dossier" and "---json" frontmatter is accepted`,
    )
  }
  return fence
}
