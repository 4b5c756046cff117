/** Where a dossier field lives in the frontmatter: a top-level key, or a key of a top-level map. */
export interface FieldPath {
  /** Spec layout: `metadata`. Absent for the legacy layouts' top-level keys. */
  parent?: string
  key: string
}

/** A field to write: its place, and the value (spec layout: the JSON text, as a string). */
export interface FieldEdit {
  path: FieldPath
  value: unknown
}

/** The line ending of the text's first line: what inserted lines use, so CRLF files stay CRLF. */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n')
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n'
}

/** A short, printable name for messages: `checksum`, `metadata["dossier.signature"]`. */
export function fieldName(path: FieldPath): string {
  return path.parent === undefined ? path.key : `${path.parent}[${JSON.stringify(path.key)}]`
}

/** `text` with `start`..`end` replaced by `insert`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return `${text.slice(0, start)}${insert}${text.slice(end)}`
}
