import { EmbedError } from './embed-error.js'
import { fieldName, splice, type FieldEdit } from './field-edit.js'
import { singleQuoted, yamlSafeJson } from './yaml-safe-json.js'

/** One line of the frontmatter text; `end` is before its `\r\n` or `\n`. */
interface Line {
  start: number
  end: number
  /** Count of leading spaces and tabs. */
  indent: number
  text: string
}

/** A key found on a line, and where its value's text starts (just after the colon). */
interface KeyLine {
  index: number
  valueStart: number
}

/**
 * Set one field of a block-style YAML frontmatter in its text. An existing value is
 * replaced whole (its inline part and every indented line under it); a missing key is
 * appended to its map. The value is written on one line: a JSON flow value (legacy) or a
 * single-quoted scalar holding JSON text (spec metadata), which every YAML reader reads
 * back exactly. Keys are found by their usual spellings; whatever this misreads, the
 * caller's read-back of the edited file catches.
 */
export function setYamlField(text: string, edit: FieldEdit, eol: string): string {
  const lines = linesOf(text)
  const value = typeof edit.value === 'string' ? singleQuoted(edit.value) : yamlSafeJson(edit.value)
  // YAML lets the top-level map sit indented; its first entry says how far.
  const firstEntry = lines.find(isContent)
  const topIndent = firstEntry?.indent ?? 0
  const parentKey = edit.path.parent
  if (parentKey === undefined) {
    const found = findKey(lines, 0, lines.length - 1, topIndent, edit.path.key)
    if (found !== undefined) return replaceValue(text, lines, found, topIndent, value)
    const indent = firstEntry?.text.slice(0, topIndent) ?? ''
    const separator = text === '' || text.endsWith('\n') ? '' : eol
    return `${text}${separator}${indent}${edit.path.key}: ${value}${eol}`
  }
  const parent = findKey(lines, 0, lines.length - 1, topIndent, parentKey)
  if (parent === undefined || !blockValue(text, lines, parent)) {
    throw new EmbedError(
      'layout-unsupported',
      `frontmatter has no block map "${parentKey}:" (an indented map, not {...}) to hold ${fieldName(edit.path)}`,
    )
  }
  const parentEnd = entryEnd(lines, parent.index, topIndent)
  const firstChild = lines.slice(parent.index + 1, parentEnd + 1).find(isContent)
  if (firstChild === undefined || firstChild.indent <= topIndent) {
    throw new EmbedError('layout-unsupported', `frontmatter "${parentKey}:" is not an indented map`)
  }
  const found = findKey(lines, parent.index + 1, parentEnd, firstChild.indent, edit.path.key)
  if (found !== undefined) return replaceValue(text, lines, found, firstChild.indent, value)
  const at = (lines[parentEnd] as Line).end
  const indent = firstChild.text.slice(0, firstChild.indent)
  return splice(text, at, at, `${eol}${indent}${edit.path.key}: ${value}`)
}

function replaceValue(
  text: string,
  lines: Line[],
  found: KeyLine,
  indent: number,
  value: string,
): string {
  const last = lines[entryEnd(lines, found.index, indent)] as Line
  return splice(text, found.valueStart, last.end, ` ${value}`)
}

/**
 * The last line of the entry whose key is on line `at`: the lines indented deeper (and
 * `- ` items at its own indentation, YAML's compact lists). Blank lines and comments no
 * deeper than the key belong to it only when more of its lines follow.
 */
function entryEnd(lines: Line[], at: number, indent: number): number {
  let last = at
  for (let index = at + 1; index < lines.length; index++) {
    const line = lines[index] as Line
    if (!isContent(line)) {
      if (isBlank(line) || line.indent <= indent) continue
      last = index
    } else if (line.indent > indent || (line.indent === indent && isListItem(line))) {
      last = index
    } else break
  }
  return last
}

/** A key at exactly `indent`, plain or quoted, in lines `from`..`to`. */
function findKey(
  lines: Line[],
  from: number,
  to: number,
  indent: number,
  key: string,
): KeyLine | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:(?=[ \\t]|$)`)
  for (let index = from; index <= to; index++) {
    const line = lines[index] as Line
    if (line.indent !== indent) continue
    const match = pattern.exec(line.text.slice(indent))
    if (match) return { index, valueStart: line.start + indent + match[0].length }
  }
  return undefined
}

/** Nothing but a comment after the key's colon: its value is the indented block below. */
function blockValue(text: string, lines: Line[], key: KeyLine): boolean {
  const rest = text.slice(key.valueStart, (lines[key.index] as Line).end).trim()
  return rest === '' || rest.startsWith('#')
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const next = newline < 0 ? text.length : newline + 1
    let end = newline < 0 ? text.length : newline
    if (end > start && text[end - 1] === '\r') end -= 1
    const line = text.slice(start, end)
    lines.push({
      start,
      end,
      indent: (/^[ \t]*/.exec(line) as RegExpExecArray)[0].length,
      text: line,
    })
    start = next
  }
  return lines
}

function isBlank(line: Line): boolean {
  return line.indent === line.text.length
}

/** Neither blank nor a comment line. */
function isContent(line: Line): boolean {
  return !isBlank(line) && line.text[line.indent] !== '#'
}

function isListItem(line: Line): boolean {
  return /^-(?:[ \t]|$)/.test(line.text.slice(line.indent))
}
