import type { Layout } from './layout.js'

/** The frontmatter text starts on the file's second line, after the opening fence. */
const FRONTMATTER_FIRST_LINE = 2
const ANY_DEPTH = -1

/**
 * 1-based line of the signature in the file, for annotations. Best effort: the parsed
 * YAML carries no positions, so this reads the text the common way writers lay it out.
 */
export function signatureLine(layout: Layout, frontmatterText: string): number | undefined {
  const index =
    layout === 'spec'
      ? (blockKeyLine(frontmatterText, 'dossier.signature', true) ??
        jsonKeyLine(frontmatterText, 'dossier.signature', ANY_DEPTH))
      : (blockKeyLine(frontmatterText, 'signature', false) ??
        jsonKeyLine(frontmatterText, 'signature', 1))
  return index === undefined ? undefined : index + FRONTMATTER_FIRST_LINE
}

/** 0-based line of a block-style YAML key, at column 0 or (nested) indented. */
function blockKeyLine(text: string, key: string, indented: boolean): number | undefined {
  const escaped = key.replace(/[.]/g, '\\.')
  const indent = indented ? '[ \\t]+' : ''
  const pattern = new RegExp(`^${indent}(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:`)
  const index = text.split('\n').findIndex((line) => pattern.test(line))
  return index < 0 ? undefined : index
}

/** 0-based line of a JSON (or flow YAML) key at the given nesting depth (or any). */
function jsonKeyLine(text: string, key: string, depth: number): number | undefined {
  const quotedKey = JSON.stringify(key)
  let line = 0
  let level = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') line++
    else if (ch === '{' || ch === '[') level++
    else if (ch === '}' || ch === ']') level--
    else if (ch === '"') {
      const end = stringEnd(text, i)
      const atDepth = depth === ANY_DEPTH ? level > 0 : level === depth
      if (atDepth && text.slice(i, end + 1) === quotedKey && followedByColon(text, end + 1)) {
        return line
      }
      for (let j = i; j < end; j++) if (text[j] === '\n') line++
      i = end
    }
  }
  return undefined
}

/** Index of the quote closing the JSON string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}

function followedByColon(text: string, from: number): boolean {
  let i = from
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n') i++
  return text[i] === ':'
}
