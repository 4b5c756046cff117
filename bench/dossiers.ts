import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A small real dossier (legacy JSON layout) with a valid checksum; the body differs per index. */
export function dossierText(index: number): string {
  const body =
    `# Dossier ${index}\n\nStep ${index}: run \`echo ${index}\` and check it prints ${index}.\n` +
    'Then report what you saw.\n'
  const frontmatter = {
    title: `Dossier ${index}`,
    version: '1.0.0',
    risk_level: 'low',
    checksum: { algorithm: 'sha256', hash: createHash('sha256').update(body).digest('hex') },
  }
  return `---dossier\n${JSON.stringify(frontmatter, null, 2)}\n---\n${body}`
}

/** Relative path of dossier `index`: a third of them one folder deeper, as real trees are. */
export function dossierPath(index: number): string {
  const name = `d${String(index).padStart(5, '0')}.ds.md`
  return index % 3 === 0 ? `dossiers/nested/${name}` : `dossiers/${name}`
}

/** Writes `count` dossiers under `workspace`; returns their relative paths. */
export async function writeDossiers(workspace: string, count: number): Promise<string[]> {
  await mkdir(path.join(workspace, 'dossiers', 'nested'), { recursive: true })
  const files = Array.from({ length: count }, (_, i) => dossierPath(i))
  await Promise.all(files.map((file, i) => writeFile(path.join(workspace, file), dossierText(i))))
  return files
}
