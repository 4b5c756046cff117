/**
 * Text that came from the workspace (file names, messages quoting them), made safe
 * for one log line. A CR or LF in a file name would let it start a line of its own,
 * and a line that starts with `::` is a workflow command the runner obeys
 * (`::warning::`, `::add-mask::`, `::stop-commands::`). Control characters are
 * shown escaped instead, which also keeps terminal escape sequences inert.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
