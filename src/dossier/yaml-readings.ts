import { load } from 'js-yaml'
import yaml3 from 'js-yaml-3'
import { DossierError } from './dossier-error.js'

/**
 * Nesting bound for the upstream reading. js-yaml 4 stops at 100 on its own; js-yaml 3
 * has no bound and recurses per level, so a listener (which changes nothing it reads)
 * stops it at the same depth.
 */
export const MAX_YAML_DEPTH = 100

/**
 * The frontmatter exactly as upstream reads it: gray-matter 4 hands the text to js-yaml 3
 * `safeLoad` (DEFAULT_SAFE_SCHEMA, YAML 1.1 numbers: `010` is 8, `1:30` is 90, `1_000`
 * is 1000). Its duplicate-key refusal and merge-key bounds are js-yaml 3's own.
 */
export function upstreamReading(text: string): unknown {
  let depth = 0
  try {
    return yaml3.safeLoad(text, {
      listener: (event, state) => {
        if (event === 'close') {
          depth -= 1
        } else if (++depth > MAX_YAML_DEPTH) {
          throw new Error(`nesting exceeded ${MAX_YAML_DEPTH} levels ${positionOf(state)}`)
        }
      },
    })
  } catch (error) {
    throw malformed(error)
  }
}

/**
 * The YAML 1.2 reading other tools make (js-yaml 4 `load`, DEFAULT_SCHEMA). Text it
 * refuses is refused outright even where js-yaml 3 reads it (`{"a": 1,,}` is a map with
 * a `null` key there): the two readers could not disagree more.
 */
export function yaml12Reading(text: string): unknown {
  try {
    return load(text)
  } catch (error) {
    throw malformed(error)
  }
}

function malformed(error: unknown): DossierError {
  return new DossierError(
    'frontmatter-malformed',
    `frontmatter is not valid YAML/JSON: ${reasonOf(error)}`,
    {
      cause: error,
    },
  )
}

/** One line, as js-yaml 4 words it: the problem, then "(line:column)" in the frontmatter. */
function reasonOf(error: unknown): string {
  if (error instanceof yaml3.YAMLException && error.reason !== undefined) {
    const mark =
      error.mark === undefined ? '' : ` (${error.mark.line + 1}:${error.mark.column + 1})`
    return `${error.reason}${mark}`
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable'
}

function positionOf(state: { line: number; position: number; lineStart: number }): string {
  return `(${state.line + 1}:${state.position - state.lineStart + 1})`
}
