// What a run parses before its first request is dist/index.js: the entry chunk. Each
// mode's code and the AWS SDK are chunks of their own, loaded by import() once the
// inputs say what the run needs. These tests read the committed bundle and its source
// maps: which packages each chunk holds, and which chunks each import() in src/index.ts
// loads.
import { readFileSync } from 'node:fs'
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

/**
 * The chunk files the `import(specifier)` in src/index.ts loads: the bundle line that
 * src/index.ts's import() line maps to lists them as `__nccwpck_require__.e(ID)`.
 */
function chunksLoadedBy(specifier: string): string[] {
  const sourceLines = readFileSync(path.join(REPO_ROOT, 'src/index.ts'), 'utf8').split('\n')
  const sourceLine = sourceLines.findIndex((l) => l.includes(`import('${specifier}')`))
  expect(sourceLine).toBeGreaterThanOrEqual(0)
  const bundle = readFileSync(path.join(DIST, 'index.js'), 'utf8').split('\n')
  const map = new SourceMap(mapOf('index.js') as never)
  const sites = bundle.flatMap((line, i) => {
    const column = line.indexOf('/* import() */')
    if (column < 0) return []
    const entry = map.findEntry(i, column) as { originalSource?: string; originalLine?: number }
    const fromIndex = entry.originalSource?.endsWith('src/index.ts') ?? false
    return fromIndex && entry.originalLine === sourceLine ? [line] : []
  })
  expect(sites).toHaveLength(1)
  return [...(sites[0] as string).matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map(
    (m) => `${m[1]}.index.js`,
  )
}

describe('the bundle loads what a run needs, when it needs it', () => {
  it('keeps the AWS SDK, sigstore, js-yaml, minimatch and the curves out of the entry chunk', () => {
    const deferred = [...packagesIn('index.js')].filter((p) => DEFERRED.test(p))
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
    const entry = readFileSync(path.join(DIST, 'index.js'), 'utf8')
    const sdkChunk = chunksLoadedBy('./aws/kms-client.js').find((chunk) =>
      packagesIn(chunk).has('@aws-sdk/client-kms'),
    )
    expect(sdkChunk).toBeDefined()
    const id = (sdkChunk as string).split('.')[0] as string
    // Every mention of the chunk's id in the entry, with what precedes it: only the
    // chunk loader of an import() may name it.
    const mentions = [...entry.matchAll(new RegExp(`(.{0,24})(?<![\\w.])${id}(?![\\w.])`, 'g'))]
    expect(mentions.length).toBeGreaterThan(0)
    for (const [, before] of mentions) expect(before).toMatch(/__nccwpck_require__\.e\($/)
  })
})
