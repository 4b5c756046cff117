import { isDeepStrictEqual } from 'node:util'
import { parseDossier, type Dossier } from '../../dossier/dossier.js'
import type { Frontmatter } from '../../dossier/frontmatter.js'
import { messageOf } from '../../errors.js'
import { EmbedError } from './embed-error.js'

/** What an edit wrote; the rest of the frontmatter must read exactly as before it. */
export interface WrittenFields {
  checksum: Record<string, string>
  signature?: Record<string, string>
}

/**
 * Parse edited dossier bytes as upstream reads them and prove the edit did only what it
 * meant to: same layout, same body, the written fields read back as written, and every
 * other frontmatter value unchanged. A text edit that misjudged the YAML is caught here,
 * before anything is signed or returned.
 */
export function readBack(bytes: Buffer, before: Dossier, written: WrittenFields): Dossier {
  let after: Dossier
  try {
    after = parseDossier(bytes)
  } catch (error) {
    throw misread(`no longer reads as a dossier (${messageOf(error)})`, error)
  }
  if (after.layout !== before.layout) {
    throw misread(`reads as the ${after.layout} layout, not ${before.layout}`)
  }
  if (!after.body.equals(before.body)) throw misread('has a different body')
  if (!isDeepStrictEqual(untouched(after), untouched(before))) {
    throw misread('reads other values than before the edit')
  }
  if (!isDeepStrictEqual(after.checksum, written.checksum)) {
    throw misread('does not read the checksum as written')
  }
  if (written.signature && !isDeepStrictEqual(after.signature?.value, written.signature)) {
    throw misread('does not read the signature as written')
  }
  return after
}

/** The frontmatter without the two fields the writer sets. */
function untouched(dossier: Dossier): Frontmatter {
  const rest = { ...dossier.frontmatter }
  if (dossier.layout !== 'spec') {
    delete rest['checksum']
    delete rest['signature']
    return rest
  }
  const metadata = { ...(rest['metadata'] as Frontmatter) }
  delete metadata['dossier.checksum']
  delete metadata['dossier.signature']
  return { ...rest, metadata }
}

function misread(problem: string, cause?: unknown): EmbedError {
  return new EmbedError(
    'edit-misread',
    `with the signature fields written in place, the frontmatter ${problem}; the file is written in a way this writer cannot edit safely, so nothing was signed`,
    { cause },
  )
}
