/** One member of a JSON object, by its text positions (end indexes exclusive). */
export interface JsonMember {
  key: string
  keyStart: number
  keyEnd: number
  valueStart: number
  valueEnd: number
}

/** A JSON object in a text: where it opens and closes, and its members in order. */
export interface JsonObjectSpan {
  open: number
  close: number
  members: JsonMember[]
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n'])
const SCALAR_END = new Set([',', '}', ']', ' ', '\t', '\r', '\n'])

/**
 * The members of the object whose `{` is at `open`, read from the text so values can be
 * replaced in place. The text must already be known to be JSON (JSON.parse accepted it);
 * anything else is an error here, never a guess.
 */
export function jsonObjectAt(text: string, open: number): JsonObjectSpan {
  if (text[open] !== '{') throw new SyntaxError(`no JSON object at ${open}`)
  const members: JsonMember[] = []
  let at = skipWhitespace(text, open + 1)
  while (text[at] !== '}') {
    if (text[at] !== '"') throw new SyntaxError(`expected a key at ${at}`)
    const keyStart = at
    const keyEnd = stringEnd(text, keyStart)
    const key = JSON.parse(text.slice(keyStart, keyEnd)) as string
    const colon = skipWhitespace(text, keyEnd)
    if (text[colon] !== ':') throw new SyntaxError(`expected ":" at ${colon}`)
    const valueStart = skipWhitespace(text, colon + 1)
    const valueEnd = jsonValueEnd(text, valueStart)
    members.push({ key, keyStart, keyEnd, valueStart, valueEnd })
    at = skipWhitespace(text, valueEnd)
    if (text[at] === ',') at = skipWhitespace(text, at + 1)
    else if (text[at] !== '}') throw new SyntaxError(`expected "," or "}" at ${at}`)
  }
  return { open, close: at, members }
}

/** Index just past the JSON value starting at `start`. */
function jsonValueEnd(text: string, start: number): number {
  const first = text[start]
  if (first === '"') return stringEnd(text, start)
  if (first !== '{' && first !== '[') {
    let at = start
    while (at < text.length && !SCALAR_END.has(text[at] as string)) at++
    if (at === start) throw new SyntaxError(`expected a value at ${start}`)
    return at
  }
  let depth = 0
  for (let at = start; at < text.length; at++) {
    const char = text[at]
    if (char === '"') at = stringEnd(text, at) - 1
    else if (char === '{' || char === '[') depth++
    else if ((char === '}' || char === ']') && --depth === 0) return at + 1
  }
  throw new SyntaxError(`unclosed value at ${start}`)
}

/** Index just past the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === '\\') at++
    else if (text[at] === '"') return at + 1
  }
  throw new SyntaxError(`unclosed string at ${start}`)
}

function skipWhitespace(text: string, from: number): number {
  let at = from
  while (at < text.length && WHITESPACE.has(text[at] as string)) at++
  return at
}
