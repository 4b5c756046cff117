// Rewrites every .js file of the bundles as pure ASCII, without changing what it does.
// V8 keeps a script with one non-ASCII character as a two-byte string: Node decodes the
// whole file as UTF-8 and the parser scans twice the bytes (undici's comments alone made
// dist/index.js such a file). Escapes are exact where the language keeps them exact:
// strings, untagged template literals (their raw text is unobservable), regular
// expressions, identifiers, and comments; other whitespace becomes its ASCII kind. A
// tagged template's raw text would change, so one with a non-ASCII character fails the
// build instead. The result is parsed again and its tokens compared with the original's.
// Usage: node scripts/ascii-bundle.js [DIR...] (default: dist dist/cli).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'

const NON_ASCII = /[\u0080-\uffff]/
const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }
const LINE_BREAKS = new Set([0x2028, 0x2029])

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'dist/cli']
let failed = false
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const target = path.join(dir, file)
    const code = readFileSync(target, 'utf8')
    if (!NON_ASCII.test(code)) continue
    try {
      writeFileSync(target, asciiOf(code))
    } catch (error) {
      console.error(`${target}: ${error.message}`)
      failed = true
    }
  }
}
if (failed) process.exit(1)

/** `code` with every non-ASCII character escaped (or, between tokens, replaced). */
function asciiOf(code) {
  const { tokens, comments, tagged } = tokensOf(code)
  const pieces = []
  let at = 0
  const spans = [...tokens.map((t) => ({ ...t, kind: t.type.label })), ...comments]
  spans.sort((a, b) => a.start - b.start)
  for (const span of spans) {
    pieces.push(whitespace(code.slice(at, span.start)))
    const text = code.slice(span.start, span.end)
    pieces.push(NON_ASCII.test(text) ? escaped(text, span, tagged, code) : text)
    at = span.end
  }
  pieces.push(whitespace(code.slice(at)))
  const ascii = pieces.join('')
  assertSameTokens(code, ascii)
  return ascii
}

function tokensOf(code) {
  const tokens = []
  const comments = []
  const ast = parse(code, {
    ...OPTIONS,
    onToken: tokens,
    onComment: (block, text, start, end) => comments.push({ kind: 'comment', start, end }),
  })
  return { tokens, comments, tagged: taggedTemplateRanges(ast) }
}

/** [start, end] of every tagged template's literal: its raw text is the tag's to read. */
function taggedTemplateRanges(ast) {
  const ranges = []
  const stack = [ast]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.type === 'TaggedTemplateExpression') ranges.push([node.quasi.start, node.quasi.end])
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item.type === 'string') stack.push(item)
      } else if (value && typeof value.type === 'string') stack.push(value)
    }
  }
  return ranges
}

function escaped(text, span, tagged, code) {
  switch (span.kind) {
    case 'comment':
    case 'string':
    case 'template':
      if (span.kind === 'template' && tagged.some(([s, e]) => span.start >= s && span.end <= e)) {
        throw new Error(
          `line ${lineOf(code, span.start)}: a tagged template literal holds a non-ASCII character, and escaping it would change the raw text its tag reads; write the character as an escape in the source, or untag the template.`,
        )
      }
      return escapeUnits(text, span.kind !== 'comment')
    case 'regexp':
      // With the u or v flag a \u{...} escape is one code point; without it, a pattern
      // sees the UTF-16 units the surrogate-pair escapes spell out.
      return /[uv]/.test(span.value.flags) ? escapeCodePoints(text) : escapeUnits(text, true)
    case 'name':
    case 'privateId':
      return escapeCodePoints(text)
    default:
      throw new Error(
        `line ${lineOf(code, span.start)}: a non-ASCII character in a ${span.kind} token, which has no escape: ${JSON.stringify(text.slice(0, 60))}`,
      )
  }
}

/** Every non-ASCII UTF-16 unit as \uXXXX. In a string a preceding `\` is part of the escape. */
function escapeUnits(text, inLiteral) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) {
      out += text[i]
      continue
    }
    if (inLiteral && LINE_BREAKS.has(unit) && oddBackslashesBefore(text, i)) {
      // `\` + LINE SEPARATOR is a line continuation: it stands for nothing.
      out = out.slice(0, -1)
      continue
    }
    // `\é` is an identity escape of é: the backslash goes, the escape replaces both.
    if (inLiteral && oddBackslashesBefore(text, i)) out = out.slice(0, -1)
    out += `\\u${unit.toString(16).padStart(4, '0')}`
  }
  return out
}

function escapeCodePoints(text) {
  let out = ''
  for (const char of text) {
    const point = char.codePointAt(0)
    out += point < 0x80 ? char : `\\u{${point.toString(16)}}`
  }
  return out
}

/** Whitespace and line breaks between tokens, in ASCII: the same kind, so ASI sees the same. */
function whitespace(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => (LINE_BREAKS.has(c.charCodeAt(0)) ? '\n' : ' '))
}

function oddBackslashesBefore(text, i) {
  let n = 0
  while (i - n - 1 >= 0 && text[i - n - 1] === '\\') n++
  return n % 2 === 1
}

/** The escaped bundle must read as the same program: token by token, same kinds and values. */
function assertSameTokens(before, after) {
  const a = tokensOf(before).tokens
  const b = tokensOf(after).tokens
  if (a.length !== b.length) throw new Error('escaping changed the number of tokens')
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    const same =
      x.type.label === y.type.label &&
      (x.type.label === 'regexp' ? sameRegexp(x.value, y.value) : x.value === y.value)
    if (!same) {
      throw new Error(
        `line ${lineOf(before, x.start)}: escaping changed a ${x.type.label} token (${JSON.stringify(String(x.value).slice(0, 60))})`,
      )
    }
  }
}

/** The escaped pattern is exactly the original's escape: it matches the same strings. */
function sameRegexp(x, y) {
  return (
    x.flags === y.flags &&
    (/[uv]/.test(x.flags) ? escapeCodePoints(x.pattern) : escapeUnits(x.pattern, true)) ===
      y.pattern
  )
}

function lineOf(code, offset) {
  let line = 1
  for (let i = 0; i < offset; i++) if (code.charCodeAt(i) === 10) line++
  return line
}
