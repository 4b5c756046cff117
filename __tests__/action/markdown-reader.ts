// A strict reader of the job summary's markdown, for tests: no CommonMark/GFM renderer
// is installed, so this reads the few constructs a summary is built from (headings,
// quote lines, list items, GFM tables, code spans, backslash escapes, the five entities
// we write, and inline links `[text](destination)` whose destination has no spaces,
// parentheses or `<`) the way the strictest common reader would, and reports anything
// else that would render as structure.

/** A GFM table: its header cells and body rows, each cell's markdown trimmed. */
export interface Table {
  header: string[]
  rows: string[][]
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** The only entities our escaping writes; any other `&` could be an entity from a file. */
const ENTITY = /^&(?:amp|lt|gt|quot|#39);/
const DECODED: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/** Consecutive lines starting with `|`, read as tables. */
export function tablesOf(markdown: string): Table[] {
  const tables: Table[] = []
  let block: string[] = []
  for (const line of [...markdown.split('\n'), '']) {
    if (line.startsWith('|')) {
      block.push(line)
      continue
    }
    if (block.length > 0) {
      const [header = [], , ...rows] = block.map(cellsOf)
      tables.push({ header, rows })
      block = []
    }
  }
  return tables
}

/**
 * A row's cells, split as micromark does (the stricter of the GFM readers): `\\` and
 * `\|` are pairs, every other `|` ends a cell. cmark-gfm agrees whenever each `|` in a
 * cell follows an odd number of backslashes.
 */
export function cellsOf(line: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? ''
    const next = line[i + 1]
    if (c === '\\' && (next === '\\' || next === '|')) {
      current += c + next
      i++
    } else if (c === '|') {
      cells.push(current)
      current = ''
    } else {
      current += c
    }
  }
  cells.push(current)
  return cells.slice(1, -1).map((cell) => cell.trim())
}

/** An inline link: what it shows, and where it leads. */
export interface Link {
  shown: string
  destination: string
}

interface Inline {
  /** Text outside code spans and link destinations, each backslash escape replaced by a space. */
  bare: string
  /** What a reader sees. */
  shown: string
  /** Backtick runs that opened no code span: literal, but a sign of a broken one. */
  strayBackticks: number
  links: Link[]
}

/** CommonMark inline reading, restricted to code spans, backslash escapes and entities. */
export function readInline(markdown: string, inTable: boolean): Inline {
  // GFM: inside a table, `\|` is a pipe before any inline parsing, code spans included.
  const text = inTable ? markdown.replace(/\\\|/g, '|') : markdown
  const inline: Inline = { bare: '', shown: '', strayBackticks: 0, links: [] }
  let i = 0
  while (i < text.length) {
    const c = text[i] ?? ''
    const link = c === '[' ? linkAt(text, i) : undefined
    if (link !== undefined) {
      // The link text is read like any text; the destination is kept apart and checked.
      const inner = readInline(link.text, false)
      inline.bare += inner.bare
      inline.shown += inner.shown
      inline.strayBackticks += inner.strayBackticks
      inline.links.push(...inner.links, { shown: inner.shown, destination: link.destination })
      i = link.end
    } else if (c === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) {
      inline.bare += ' '
      inline.shown += text[i + 1]
      i += 2
    } else if (c === '`') {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? '`'
      const close = closingRun(text, i + run.length, run.length)
      if (close === -1) {
        inline.strayBackticks++
        inline.bare += run
        inline.shown += run
      } else {
        const content = text.slice(i + run.length, close)
        const strip = /^ [^]*[^ ][^]* $/.test(content)
        inline.shown += strip ? content.slice(1, -1) : content
        inline.bare += ' '
      }
      i = close === -1 ? i + run.length : close + run.length
    } else if (c === '&' && ENTITY.test(text.slice(i))) {
      const entity = ENTITY.exec(text.slice(i))?.[0] ?? ''
      inline.shown += DECODED[entity]
      inline.bare += ' '
      i += entity.length
    } else {
      inline.bare += c
      inline.shown += c
      i++
    }
  }
  return inline
}

/**
 * `[text](destination)` starting at `from`: the text's brackets balanced outside code
 * spans and escapes (code spans bind tighter than link brackets, CommonMark 6.3), the
 * destination free of spaces, `<` and parentheses. Anything else is no link here.
 */
function linkAt(
  text: string,
  from: number,
): { text: string; destination: string; end: number } | undefined {
  let depth = 0
  for (let j = from + 1; j < text.length; j++) {
    const c = text[j] ?? ''
    if (c === '\\' && ASCII_PUNCTUATION.test(text[j + 1] ?? '')) {
      j++
    } else if (c === '`') {
      const run = /^`+/.exec(text.slice(j))?.[0] ?? '`'
      const close = closingRun(text, j + run.length, run.length)
      j = close === -1 ? j + run.length - 1 : close + run.length - 1
    } else if (c === '[') {
      depth++
    } else if (c === ']' && depth > 0) {
      depth--
    } else if (c === ']') {
      const rest = /^\(([^\s()<]*)\)/.exec(text.slice(j + 1))
      if (rest === null) return undefined
      return {
        text: text.slice(from + 1, j),
        destination: rest[1] ?? '',
        end: j + 1 + rest[0].length,
      }
    }
  }
  return undefined
}

function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/g
  runs.lastIndex = from
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    if (m[0].length === length) return m.index
  }
  return -1
}

/** Text outside code spans and escapes that would render as markup. */
const MARKUP_IN_TEXT: Array<[string, RegExp]> = [
  ['HTML or an autolink', /[<>]/],
  ['an entity', /&/],
  ['a link or an image', /[[\]]/],
  ['emphasis or strikethrough', /[*_~]/],
  ['a heading or issue reference', /#/],
  ['math', /\$/],
  ['a mention or email autolink', /@/],
  ['a URL autolink', /:\/\//],
  ['a www autolink', /www\./i],
]

/** Where our links may lead: http(s), a host, and a path of unreserved or %-encoded characters. */
const SAFE_DESTINATION = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%-]*)*$/

/** What makes a line start a block inside a quote (a backtick fence has no backtick after it). */
const BLOCK_START = /^(?:[-+*=#>]|\d+[.)]|`{3,}[^`]*$|~{3}| {4}|\t)/

/**
 * Every construct in the summary that would render as structure rather than text,
 * besides our own: headings (`#` at a line start), quote lines (`> `), tables.
 */
export function markupProblems(markdown: string): string[] {
  const problems: string[] = []
  for (const line of markdown.split('\n')) {
    const inTable = line.startsWith('|')
    const parts = inTable ? cellsOf(line) : [line.replace(/^#{1,6} /, '').replace(/^> ?/, '')]
    if (!inTable && line.startsWith('>')) {
      const quoted = line.replace(/^> ?/, '')
      if (BLOCK_START.test(quoted)) problems.push(`a block starts inside a quote: ${line}`)
    }
    for (const part of parts) {
      const inline = readInline(part, inTable)
      if (inline.strayBackticks > 0) problems.push(`a stray backtick run: ${part}`)
      for (const [what, pattern] of MARKUP_IN_TEXT) {
        if (pattern.test(inline.bare)) problems.push(`${what}: ${part}`)
      }
      for (const { destination } of inline.links) {
        if (!SAFE_DESTINATION.test(destination)) problems.push(`a link to ${destination}: ${part}`)
      }
      // Inside a table the split above already decided every `|`; elsewhere none may stay.
      if (!inTable && inline.bare.includes('|')) problems.push(`a table cell break: ${part}`)
    }
  }
  return problems
}

/** Every inline link in the markdown, table cells and other lines alike. */
export function linksOf(markdown: string): Link[] {
  return markdown.split('\n').flatMap((line) => {
    const parts = line.startsWith('|') ? cellsOf(line) : [line]
    return parts.flatMap((part) => readInline(part, line.startsWith('|')).links)
  })
}

/** What a reader sees in one table row, cells joined by ` | `. */
export function shownRow(row: string[]): string {
  return row.map((cell) => readInline(cell, true).shown).join(' | ')
}
