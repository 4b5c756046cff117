import { printable } from '../printable.js'

/** One step into a frontmatter value: a map key or a list index. */
export type KeyStep = string | number

/** A key that reads unambiguously after a dot; anything else is written `["..."]`. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** Paths are for messages: a hostile 10 kB key is shown by its start. */
const MAX_KEY_SHOWN = 60

/**
 * A key path for messages, as a reader would write it: `risk_level`, `tools[0].timeout`,
 * `metadata["dossier.checksum"]`. The empty path is the frontmatter itself.
 */
export function keyPath(steps: readonly KeyStep[]): string {
  let path = ''
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`
    else if (PLAIN_KEY.test(step) && step.length <= MAX_KEY_SHOWN) {
      path += path === '' ? step : `.${step}`
    } else path += `[${quoted(step, MAX_KEY_SHOWN)}]`
  }
  return path
}

/** `keyPath` as the subject of a sentence: the key, or the frontmatter as a whole. */
export function keyPathPhrase(path: string): string {
  return path === '' ? 'the frontmatter' : `frontmatter key ${path}`
}

/** A string as a JSON literal, cut to `max` characters, safe for one log line. */
export function quoted(text: string, max: number): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text
  return printable(JSON.stringify(shown))
}
