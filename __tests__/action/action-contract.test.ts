import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import { INPUT_NAMES } from '../../src/action/settings.js'
import { REPO_ROOT } from '../../harness/local-runner.js'
import { renderReadme } from '../../scripts/action-tables.js'

const action = yaml.load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

describe('README, action.yml and the input parser tell the same story', () => {
  it('action.yml declares exactly the inputs the parser reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  it("the README's tables are generated from action.yml (run `npm run docs` after editing it)", () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
    expect(readme).toBe(renderReadme(REPO_ROOT))
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toContain(`| \`${name}\` |`)
    }
  })

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
