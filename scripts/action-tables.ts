/**
 * The README's inputs and outputs tables, generated from action.yml so the two can
 * never disagree. `npm run docs` rewrites them; a test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const escape = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderActionTables(actionYml: string): { inputs: string; outputs: string } {
  const action = yaml.load(actionYml) as ActionYml
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default === undefined ? '' : `\`${escape(i.default)}\``} | ${escape(i.description)} |`,
    ),
  ].join('\n')
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, o]) => `| \`${name}\` | ${escape(o.description)} |`,
    ),
  ].join('\n')
  return { inputs, outputs }
}

/** Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function withSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`)
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`
}

export function renderReadme(root: string): string {
  const tables = renderActionTables(readFileSync(path.join(root, 'action.yml'), 'utf8'))
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  return withSection(withSection(readme, 'inputs', tables.inputs), 'outputs', tables.outputs)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  writeFileSync(path.join(root, 'README.md'), renderReadme(root))
  console.log('README.md inputs/outputs tables regenerated from action.yml')
}
