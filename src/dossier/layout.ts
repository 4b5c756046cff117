import { DossierError } from './dossier-error.js'
import type { Fence } from './fences.js'
import type { Frontmatter } from './frontmatter.js'
import { isPlainObject } from './plain-object.js'

/** The three frontmatter layouts found in the wild (formats.md 1). */
export type Layout = 'legacy-json' | 'legacy-yaml' | 'spec'

/** Top-level fields of the spec layout; every dossier field lives under `metadata`. */
const SPEC_TOP_LEVEL = new Set(['name', 'description', 'license', 'compatibility', 'allowed-tools'])
const SPEC_PREFIX = 'dossier.'
export const SPEC_SIGNATURE_KEY = 'dossier.signature'
const SPEC_CHECKSUM_KEY = 'dossier.checksum'

/** A `<<` merge key in key position, block or flow style. */
const MERGE_KEY = /^[ \t]*(?:-[ \t]+)?<<[ \t]*:|[{,][ \t]*<<[ \t]*:/m

/** The fields a verifier reads, wherever the layout keeps them. */
export interface DeclaredFields {
  checksum: unknown
  signature: unknown
}

/** Spec layout: a `metadata` map with at least one `dossier.` key, whatever the fence. */
export function layoutOf(fence: Fence, frontmatter: Frontmatter): Layout {
  const metadata = frontmatter['metadata']
  if (isPlainObject(metadata) && Object.keys(metadata).some((key) => key.startsWith(SPEC_PREFIX))) {
    return 'spec'
  }
  return fence === 'yaml' ? 'legacy-yaml' : 'legacy-json'
}

export function declaredFields(layout: Layout, frontmatter: Frontmatter): DeclaredFields {
  if (layout !== 'spec') {
    return { checksum: frontmatter['checksum'], signature: frontmatter['signature'] }
  }
  const metadata = frontmatter['metadata'] as Record<string, string>
  return {
    checksum: decodeSpecValue(metadata[SPEC_CHECKSUM_KEY]),
    signature: decodeSpecValue(metadata[SPEC_SIGNATURE_KEY]),
  }
}

/**
 * Upstream's spec-layout rules. v3 signs the on-disk shape while readers use the flat
 * view, so anything that would let the two disagree is refused, as upstream refuses it.
 */
export function assertSpecLayout(frontmatter: Frontmatter, text: string): void {
  if (MERGE_KEY.test(text)) refuse('uses a YAML merge key (<<), which YAML readers disagree on')
  for (const [key, value] of Object.entries(frontmatter)) {
    if (key === 'metadata') continue
    if (!SPEC_TOP_LEVEL.has(key)) refuse(`has "${key}" at top level; it belongs under metadata`)
    if (typeof value !== 'string') refuse(`has a non-string top-level "${key}"`)
  }
  for (const [key, value] of Object.entries(frontmatter['metadata'] as Frontmatter)) {
    if (typeof value !== 'string') refuse(`has a non-string metadata "${key}"`)
    if (!key.startsWith(SPEC_PREFIX)) continue
    const field = key.slice(SPEC_PREFIX.length)
    if (field === '' || field === '__proto__' || SPEC_TOP_LEVEL.has(field)) {
      refuse(`has metadata "${key}", which is not a usable dossier field`)
    }
  }
}

/** Upstream's decoding of a metadata string: its JSON value if it parses, else the string. */
function decodeSpecValue(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function refuse(reason: string): never {
  throw new DossierError('spec-layout-invalid', `spec-layout frontmatter ${reason}`)
}
