import { printable } from '../printable.js'

// Everything in a job summary that came from the workspace (file names, identifiers,
// messages quoting them) goes through `cell` or `code`: GitHub renders the summary as
// GFM with HTML, so a dossier named `<img src=x onerror=…>.ds.md` or `[x](https://…)`
// would otherwise become markup in the reviewer's view.

/** Every line break a value may carry; none may end a table row or start a block. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g

type HtmlSpecial = '&' | '<' | '>' | '"' | "'"
/** Written as entities, so no HTML tag, entity or autolink `<…>` can begin. */
const ENTITIES: Record<HtmlSpecial, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * ASCII punctuation with a meaning anywhere in a line (code spans, emphasis, links and
 * images, headings, table cells, math, list markers, mentions and emails). A backslash
 * before ASCII punctuation always makes it literal (CommonMark 2.4). `- . , / : ; ? %`
 * mean nothing mid-line and keep paths, ARNs and sentences readable; where they do mean
 * something (below) they are escaped there.
 */
const MARKUP = /[&<>"'\\`*_~[\]()!#|$+=@{}^]/g
/** GFM extended autolinks start at `scheme://` and `www.` (also right after `_*~(`). */
const URL_SCHEME = /:(?=\/\/)/g
const WWW = /(www)\./gi
/** At the start of a line: a list item (`- x`, `1. x`), a thematic break or setext line. */
const LIST_START = /^(-|\d+\.)/

/**
 * Text that renders as itself anywhere in a line of markdown, table cells included: no
 * HTML, entity, link, image, emphasis, heading, list, code span or extra table cell.
 * Line breaks become spaces, other control characters are shown escaped.
 */
export function cell(text: string): string {
  return printable(text.replace(LINE_BREAKS, ' '))
    .trim()
    .replace(MARKUP, (c) => (c in ENTITIES ? ENTITIES[c as HtmlSpecial] : `\\${c}`))
    .replace(URL_SCHEME, '\\:')
    .replace(WWW, '$1\\.')
    .replace(LIST_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`)
}

/**
 * Text as inline code inside a table row. Inside a code span nothing is markup
 * (CommonMark 6.1), so it shows exactly, control characters escaped: the fence is one
 * backtick longer than any run in the text, and each `|` is escaped for the table
 * (GFM 4.10), with an odd number of backslashes so no reader takes it as a cell break.
 */
export function code(text: string): string {
  if (text === '') return ''
  const shown = printable(text).replace(
    /(\\*)\|/g,
    (_, slashes: string) => `${slashes}${slashes}\\|`,
  )
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // A reader strips one space inside each fence when both are there (and not only spaces):
  // pad then, and when a backtick would touch the fence.
  const stripped = shown.startsWith(' ') && shown.endsWith(' ') && /[^ ]/.test(shown)
  const pad = stripped || shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/**
 * The job summary holds at most 1 MiB per step; per-file tables stop well before
 * that and say how many rows were left out.
 */
export const MAX_TABLE_ROWS = 1000

/**
 * A GFM table. Every cell is markdown already: our own words, or `cell()` / `code()`
 * of anything that came from the workspace. A line break left in a cell would end the
 * row, so it becomes a space here too.
 */
export function table(header: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_TABLE_ROWS)
  const row = (cells: string[]): string =>
    `| ${cells.map((c) => c.replace(LINE_BREAKS, ' ')).join(' | ')} |`
  const lines = [row(header), row(header.map(() => '---')), ...shown.map(row)]
  if (rows.length > shown.length) {
    lines.push('', `_${rows.length - shown.length} more rows are in the step's JSON output._`)
  }
  return `${lines.join('\n')}\n`
}
