// What a run parses before its first request is dist/index.js: the entry chunk, which
// holds only src/index.ts and the OIDC token request it sends (src/action/first-token.ts).
// The action itself (src/main.ts, the toolkit) is a chunk it imports; each mode's code
// and the AWS SDK are chunks of their own, loaded by import() once the inputs say what
// the run needs. These tests read the committed bundle and its source maps: which
// packages each chunk holds, and which chunks each import() loads.
import { readdirSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../harness/local-runner.js'

const DIST = path.join(REPO_ROOT, 'dist')
const AWS_SDK = /^(@aws-sdk|@smithy|@aws-crypto)\//
/** Packages a run needs only for some inputs or files: never in the entry chunk. */
const DEFERRED =
  /^(@aws-sdk|@smithy|@aws-crypto|@sigstore|@noble|@octokit|js-yaml|js-yaml-3|minimatch)(\/|$)/

interface SourceMapPayload {
  sources: string[]
}

const mapOf = (file: string) =>
  JSON.parse(readFileSync(path.join(DIST, `${file}.map`), 'utf8')) as SourceMapPayload

/** The npm packages whose sources a chunk holds, from its source map. */
function packagesIn(file: string): Set<string> {
  const packages = new Set<string>()
  for (const source of mapOf(file).sources) {
    const at = source.lastIndexOf('node_modules/')
    if (at < 0) continue
    const [scope, name] = source.slice(at + 'node_modules/'.length).split('/')
    packages.add(scope?.startsWith('@') ? `${scope}/${name}` : (scope as string))
  }
  return packages
}

/** The chunk file whose source map holds `source` (a path under src/). */
function chunkHolding(source: string): string {
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'))
  const holding = chunks.filter((c) => mapOf(c).sources.some((s) => s.endsWith(source)))
  expect(holding).toHaveLength(1)
  return holding[0] as string
}

/**
 * The chunk files the `import(specifier)` in `from` (src/index.ts or src/main.ts)
 * loads: the bundle line that the import() line maps to lists them as
 * `__nccwpck_require__.e(ID)` (`__webpack_require__.e` outside the entry).
 */
function chunksLoadedBy(specifier: string, from = 'src/main.ts'): string[] {
  const sourceLines = readFileSync(path.join(REPO_ROOT, from), 'utf8').split('\n')
  const sourceLine = sourceLines.findIndex((l) => l.includes(`import('${specifier}')`))
  expect(sourceLine).toBeGreaterThanOrEqual(0)
  const chunk = chunkHolding(from)
  const bundle = readFileSync(path.join(DIST, chunk), 'utf8').split('\n')
  const map = new SourceMap(mapOf(chunk) as never)
  const sites = bundle.flatMap((line, i) => {
    const column = line.indexOf('/* import() */')
    if (column < 0) return []
    const entry = map.findEntry(i, column) as { originalSource?: string; originalLine?: number }
    const fromSource = entry.originalSource?.endsWith(from) ?? false
    return fromSource && entry.originalLine === sourceLine ? [line] : []
  })
  expect(sites).toHaveLength(1)
  return [...(sites[0] as string).matchAll(/__(?:nccwpck|webpack)_require__\.e\((\d+)\)/g)].map(
    (m) => `${m[1]}.index.js`,
  )
}

describe('the bundle loads what a run needs, when it needs it', () => {
  it('parses no package before the first token request: the entry holds our code only', () => {
    expect([...packagesIn('index.js')]).toEqual([])
    expect(chunkHolding('src/index.ts')).toBe('index.js')
    expect(chunkHolding('src/action/first-token.ts')).toBe('index.js')
    expect(chunksLoadedBy('./main.js', 'src/index.ts')).toContain(chunkHolding('src/main.ts'))
  })

  it('keeps the AWS SDK, sigstore, js-yaml, minimatch and the curves out of the action chunk', () => {
    const deferred = [...packagesIn(chunkHolding('src/main.ts'))].filter((p) => DEFERRED.test(p))
    expect(deferred).toEqual([])
  })

  it('loads the AWS SDK with sign mode, and not with verify mode', () => {
    const sdk = (chunks: string[]) =>
      chunks.filter((chunk) => [...packagesIn(chunk)].some((p) => AWS_SDK.test(p)))
    expect(sdk(chunksLoadedBy('./action/sign-mode.js'))).not.toEqual([])
    expect(sdk(chunksLoadedBy('./action/verify-mode.js'))).toEqual([])
    expect(sdk(chunksLoadedBy('./action/pull-request.js'))).toEqual([])
    expect(sdk(chunksLoadedBy('./aws/kms-client.js'))).not.toEqual([])
  })

  it('refers to the AWS SDK chunk only through import()', () => {
    const action = readFileSync(path.join(DIST, chunkHolding('src/main.ts')), 'utf8')
    const sdkChunk = chunksLoadedBy('./aws/kms-client.js').find((chunk) =>
      packagesIn(chunk).has('@aws-sdk/client-kms'),
    )
    expect(sdkChunk).toBeDefined()
    const id = (sdkChunk as string).split('.')[0] as string
    // Every mention of the chunk's id in the action chunk, with what precedes it: only
    // the chunk loader of an import() may name it.
    const mentions = [...action.matchAll(new RegExp(`(.{0,24})(?<![\\w.])${id}(?![\\w.])`, 'g'))]
    expect(mentions.length).toBeGreaterThan(0)
    for (const [, before] of mentions) expect(before).toMatch(/__(nccwpck|webpack)_require__\.e\($/)
  })
})
