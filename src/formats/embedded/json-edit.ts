import { EmbedError } from './embed-error.js'
import { fieldName, splice, type FieldEdit } from './field-edit.js'
import { jsonObjectAt, type JsonObjectSpan } from './json-members.js'
import { yamlSafeJson } from './yaml-safe-json.js'

/** JSON.stringify indents by at most 10 characters; a wider style is written compact. */
const MAX_INDENT_UNIT = 10
/** What upstream writers put between a key and its value. */
const DEFAULT_SEPARATOR = ': '
const LEADING_BLANKS = /^[ \t]*/

/** Is the frontmatter text a JSON object (legacy JSON layout, or JSON after a `---`)? */
export function isJsonText(text: string): boolean {
  return /^\s*\{/.test(text)
}

/**
 * Set one member of a JSON frontmatter in its text: the value's span is replaced, or the
 * member appended to its object, in the file's own indentation (upstream: 2 spaces) and
 * key/value separator. Every other character stays where it was.
 */
export function setJsonField(text: string, edit: FieldEdit, eol: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    throw new EmbedError(
      'layout-unsupported',
      'frontmatter starts like JSON but is not plain JSON (comments, trailing commas, single quotes?); write it as plain JSON or as YAML',
      { cause: error },
    )
  }
  try {
    return setMember(text, edit, eol)
  } catch (error) {
    // The scanner reads only what JSON.parse accepted; a disagreement refuses, never guesses.
    if (!(error instanceof SyntaxError)) throw error
    throw new EmbedError('layout-unsupported', `frontmatter JSON not editable: ${error.message}`, {
      cause: error,
    })
  }
}

function setMember(text: string, edit: FieldEdit, eol: string): string {
  const top = jsonObjectAt(text, text.indexOf('{'))
  const target = edit.path.parent === undefined ? top : childObject(text, top, edit)
  const unit = indentUnit(text, target)
  const member = target.members.find((candidate) => candidate.key === edit.path.key)
  if (member !== undefined) {
    const value = render(edit.value, unit, blanksBefore(text, member.keyStart), eol)
    return splice(text, member.valueStart, member.valueEnd, value)
  }
  const last = target.members.at(-1)
  if (last === undefined) {
    const entry = `${yamlSafeJson(edit.path.key)}${DEFAULT_SEPARATOR}${yamlSafeJson(edit.value)}`
    return splice(text, target.open + 1, target.open + 1, entry)
  }
  const indent = blanksBefore(text, last.keyStart)
  const gap = indent === undefined ? compactGap(text, target) : `,${eol}${indent}`
  const entry = `${gap}${yamlSafeJson(edit.path.key)}${separatorOf(text, target)}${render(edit.value, unit, indent, eol)}`
  return splice(text, last.valueEnd, last.valueEnd, entry)
}

function childObject(text: string, top: JsonObjectSpan, edit: FieldEdit): JsonObjectSpan {
  const member = top.members.find((candidate) => candidate.key === edit.path.parent)
  if (member === undefined || text[member.valueStart] !== '{') {
    throw new EmbedError(
      'layout-unsupported',
      `frontmatter has no "${edit.path.parent}" object to hold ${fieldName(edit.path)}`,
    )
  }
  return jsonObjectAt(text, member.valueStart)
}

/** A value as JSON text: pretty in the object's own unit when its members sit one a line. */
function render(value: unknown, unit: string | undefined, indent: string | undefined, eol: string) {
  if (unit === undefined || indent === undefined) return yamlSafeJson(value)
  return yamlSafeJson(value, unit).replaceAll('\n', `${eol}${indent}`)
}

/**
 * One level of indentation: how much deeper the first member sits than the line holding
 * the object's `{`. Undefined (write compact) when members share lines with it.
 */
function indentUnit(text: string, target: JsonObjectSpan): string | undefined {
  const first = target.members[0]
  if (first === undefined) return undefined
  const memberIndent = blanksBefore(text, first.keyStart)
  const openIndent = LEADING_BLANKS.exec(text.slice(lineStart(text, target.open)))?.[0] ?? ''
  if (memberIndent === undefined || !memberIndent.startsWith(openIndent)) return undefined
  const unit = memberIndent.slice(openIndent.length)
  return unit.length > 0 && unit.length <= MAX_INDENT_UNIT ? unit : undefined
}

/** The blanks before `position` when nothing else precedes it on its line. */
function blanksBefore(text: string, position: number): string | undefined {
  const before = text.slice(lineStart(text, position), position)
  return /^[ \t]*$/.test(before) ? before : undefined
}

function lineStart(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1
}

/** The key/value separator the object's first member uses (`": "` upstream). */
function separatorOf(text: string, target: JsonObjectSpan): string {
  const first = target.members[0]
  const separator = first === undefined ? '' : text.slice(first.keyEnd, first.valueStart)
  return separator.includes('\n') || separator === '' ? DEFAULT_SEPARATOR : separator
}

/** Between members on one line: what the last two members have between them, or a comma. */
function compactGap(text: string, target: JsonObjectSpan): string {
  const [previous, last] = target.members.slice(-2)
  if (previous === undefined || last === undefined) return ','
  const gap = text.slice(previous.valueEnd, last.keyStart)
  return gap.includes('\n') ? ',' : gap
}
