/**
 * Characters JSON.stringify leaves raw that YAML readers refuse or treat specially: js-yaml
 * refuses DEL and C1 controls as non-printable, U+2028/U+2029 are line breaks in YAML 1.1,
 * a BOM and the noncharacters are not allowed in a stream. Every frontmatter is read as
 * YAML (JSON is YAML), so every JSON text this writer puts there escapes them.
 */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g

/** JSON text that both JSON and YAML readers read back as exactly `value`. */
export function yamlSafeJson(value: unknown, indent?: string): string {
  return escapeYamlUnsafe(JSON.stringify(value, null, indent))
}

/**
 * JSON text (from JSON.stringify or canonical JSON) with the YAML-unsafe characters
 * escaped. Outside strings such text is ASCII, so every match is inside a string, where
 * `\uXXXX` means the same character to JSON, js-yaml 3 and js-yaml 4.
 */
export function escapeYamlUnsafe(json: string): string {
  return json.replace(
    YAML_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * A YAML single-quoted scalar holding `text`, as upstream writes spec-layout metadata: no
 * escapes but `''`, so JSON text (backslashes included) reads back byte for byte. `text`
 * must be one line of printable characters (yamlSafeJson output is).
 */
export function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}
