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
 * A link around `text` (markdown already: our words, or `code()` of a path). Linked only
 * when the URL's characters carry no meaning in markdown or HTML: `http(s)://`, a host,
 * and a path of unreserved or percent-encoded characters (see file-links.ts). Otherwise
 * the text stands alone: a link is a convenience, never worth a risk.
 */
export function link(text: string, url: string | undefined): string {
  if (url === undefined || !SAFE_URL.test(url)) return text
  return `[${text}](${url})`
}

const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%-]*)*$/

/**
 * GitHub accepts at most 1 MiB per step summary and drops the whole upload past it.
 * A summary stops adding table rows at half of that, which leaves room for whatever
 * else the step (its failure message) or the job's other steps write.
 */
export const SUMMARY_BUDGET_BYTES = 512 * 1024

/**
 * `head`, then a GFM table of as many `rows`, in order, as keep the whole within
 * `budget` bytes (UTF-8), then `leftOut(n)` when `n` rows did not fit. Every cell is
 * markdown already: our own words, or `cell()` / `code()` / `link()` of anything that
 * came from the workspace. A line break left in a cell would end the row, so it
 * becomes a space here too. No table at all when there are no rows.
 */
export function boundedTable(
  head: string,
  header: string[],
  rows: string[][],
  leftOut: (n: number) => string,
  budget = SUMMARY_BUDGET_BYTES,
): string {
  if (rows.length === 0) return head
  const line = (cells: string[]): string =>
    `| ${cells.map((c) => c.replace(LINE_BREAKS, ' ')).join(' | ')} |\n`
  const top = `${head}\n${line(header)}${line(header.map(() => '---'))}`
  const lines = rows.map(line)
  const size = (text: string): number => Buffer.byteLength(text)
  const all = size(top) + lines.reduce((sum, l) => sum + size(l), 0)
  if (all <= budget) return top + lines.join('')
  // The note's size when the most rows are left out is the most it can take.
  let room = budget - size(top) - size(`\n${leftOut(rows.length)}`)
  let shown = 0
  while (shown < lines.length && size(lines[shown] ?? '') <= room) {
    room -= size(lines[shown] ?? '')
    shown++
  }
  const note = `\n${leftOut(rows.length - shown)}`
  return shown === 0 ? `${head}${note}` : `${top}${lines.slice(0, shown).join('')}${note}`
}

/** Said once under a table that had to stop: how many files it leaves out, and where they are. */
export function leftOutNote(n: number, reportFile: string): string {
  return `${n} more file(s) are not listed here, to keep this summary under ${SUMMARY_BUDGET_BYTES / 1024} KiB (GitHub drops a step summary over 1 MiB); the report file ${code(reportFile)} (the \`report-file\` output) lists every one.\n`
}
