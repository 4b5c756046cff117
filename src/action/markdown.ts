/** Text safe inside a markdown table cell (pipes and newlines would break the row). */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Inline code that survives backticks in the text, and pipes inside a table row. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${fence}`
}

/**
 * The job summary holds at most 1 MiB per step; per-file tables stop well before
 * that and say how many rows were left out.
 */
export const MAX_TABLE_ROWS = 1000

export function table(header: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_TABLE_ROWS)
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...shown.map((r) => `| ${r.join(' | ')} |`),
  ]
  if (rows.length > shown.length) {
    lines.push('', `_${rows.length - shown.length} more rows are in the step's JSON output._`)
  }
  return `${lines.join('\n')}\n`
}
