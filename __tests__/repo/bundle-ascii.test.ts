// Every .js file of dist/ is pure ASCII, so V8 reads it as a one-byte string: no UTF-8
// decoding of megabytes at each start, half the bytes to scan. scripts/ascii-bundle.js
// makes it so after ncc; scripts/check-bundle.js (run by the build) is the rule.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'

const temps: string[] = []
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${name}`, ...args], { cwd: REPO_ROOT, encoding: 'utf8' })

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-ascii-'))
  temps.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

// Non-ASCII in each place a bundle has it: strings, templates, regular expressions (with
// and without the u flag), identifiers, comments, an identity escape, and whitespace.
const MODULE = [
  '// a comment with a typographic apostrophe: it\u2019s',
  '/* \u2705 block comment */',
  'const caf\u00e9 = 1',
  "export const quoted = 'check \u2705 done \u00b7 \\\u00e9'",
  'export const template = `\u26a0\ufe0f ${caf\u00e9} \u{1f600}`',
  'export const emoji = /\u{1f600}/u.test("\u{1f600}")',
  'export const units = /^.\u{1f600}$/.test("x\u{1f600}")',
  'export const range = /[\u00e0-\u00ff]+/.exec("a\u00e9\u00e8b")[0]',
  'export const spaced =\u00a0caf\u00e9',
  '',
].join('\n')

describe('the bundle is ASCII', () => {
  it('holds for every .js file of dist/ and dist/cli/', () => {
    const result = script('check-bundle.js')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    for (const dir of ['dist', 'dist/cli']) {
      for (const file of readdirSync(path.join(REPO_ROOT, dir)).filter((f) => f.endsWith('.js'))) {
        expect({
          file,
          firstNonAscii: readFileSync(path.join(REPO_ROOT, dir, file)).findIndex((b) => b > 0x7f),
        }).toEqual({ file, firstNonAscii: -1 })
      }
    }
  })

  it('check-bundle.js names the file, line, column and character of a non-ASCII byte', () => {
    const dir = folderWith({ 'index.js': 'const a = 1\nconst b = "\u2705"\n', 'ok.js': 'x()\n' })
    const result = script('check-bundle.js', dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${path.join(dir, 'index.js')}:2:12 U+2705`)
    expect(result.stderr).not.toContain('ok.js')
  })

  it('ascii-bundle.js escapes strings, templates, regexps, identifiers and comments to the same module', async () => {
    const original = folderWith({ 'm.js': MODULE })
    const escaped = folderWith({ 'm.js': MODULE })
    const result = script('ascii-bundle.js', escaped)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const text = readFileSync(path.join(escaped, 'm.js'), 'utf8')
    expect(text).not.toMatch(/[\u0080-\uffff]/)
    const load = async (dir: string) => ({
      ...((await import(pathToFileURL(path.join(dir, 'm.js')).href)) as object),
    })
    const before = await load(original)
    const after = await load(escaped)
    expect(after).toEqual(before)
    expect(before).toEqual({
      quoted: 'check \u2705 done \u00b7 \u00e9',
      template: '\u26a0\ufe0f 1 \u{1f600}',
      emoji: true,
      units: true,
      range: '\u00e9\u00e8',
      spaced: 1,
    })
  })

  it('ascii-bundle.js refuses a tagged template it cannot escape: the tag reads the raw text', () => {
    const dir = folderWith({ 'm.js': 'export const raw = String.raw`\u2705`\n' })
    const result = script('ascii-bundle.js', dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /m\.js: line 1: a tagged template literal holds a non-ASCII character/,
    )
    expect(readFileSync(path.join(dir, 'm.js'), 'utf8')).toBe(
      'export const raw = String.raw`\u2705`\n',
    )
  })
})
