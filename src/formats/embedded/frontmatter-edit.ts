import { canonical } from '../../dossier/canonical-json.js'
import { splitDossier } from '../../dossier/fences.js'
import { frontmatterText } from '../../dossier/frontmatter.js'
import type { Layout } from '../../dossier/layout.js'
import { lineEndingOf, type FieldEdit, type FieldPath } from './field-edit.js'
import { isJsonText, setJsonField } from './json-edit.js'
import { setYamlField } from './yaml-edit.js'
import { escapeYamlUnsafe } from './yaml-safe-json.js'

/** The two fields an embedded signature writes (formats.md 1.2, 2). */
export type DossierField = 'checksum' | 'signature'

/** Where each layout keeps the fields: legacy at top level, spec as `metadata` strings. */
const FIELD_PATHS: Record<'legacy' | 'spec', Record<DossierField, FieldPath>> = {
  legacy: { checksum: { key: 'checksum' }, signature: { key: 'signature' } },
  spec: {
    checksum: { parent: 'metadata', key: 'dossier.checksum' },
    signature: { parent: 'metadata', key: 'dossier.signature' },
  },
}

/**
 * The dossier with one field set in its frontmatter text: the opening line, the closing
 * fence and the body are copied byte for byte, and so is every frontmatter character
 * outside the field's value (formats.md 2: insert or replace, never re-serialise).
 */
export function withField(
  bytes: Buffer,
  layout: Layout,
  field: DossierField,
  value: Record<string, string>,
): Buffer {
  const parts = splitDossier(bytes)
  // The frontmatter starts right after the opening line (fences.ts cuts it the same way).
  const start = bytes.indexOf(0x0a) + 1
  const end = start + parts.frontmatter.length
  const text = frontmatterText(parts.frontmatter)
  const edit = fieldEdit(layout, field, value)
  const eol = lineEndingOf(text)
  const edited = isJsonText(text) ? setJsonField(text, edit, eol) : setYamlField(text, edit, eol)
  return Buffer.concat([bytes.subarray(0, start), Buffer.from(edited, 'utf8'), bytes.subarray(end)])
}

function fieldEdit(layout: Layout, field: DossierField, value: Record<string, string>): FieldEdit {
  if (layout !== 'spec') return { path: FIELD_PATHS.legacy[field], value }
  // Spec metadata values are JSON text; upstream writes them with sorted keys, no spaces.
  return { path: FIELD_PATHS.spec[field], value: escapeYamlUnsafe(canonical(value)) }
}
