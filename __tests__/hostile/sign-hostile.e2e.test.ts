import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes, sign } from 'node:crypto'
import { existsSync } from 'node:fs'
import {
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../harness/local-runner.js'
import { formatSigFile } from '../../src/formats/sig/sig-file.js'
import {
  assertDistIsFresh,
  cleanup,
  dossierText,
  expectNoSecretLeaks,
  opensslVerifies,
  runSign,
  sigFiles,
  startDefaultStack,
  tempWorkspace,
  type DefaultStack,
  type SignRunOptions,
} from '../e2e/e2e-fixture.js'

/**
 * The hostile-input corpus for sign mode, through `node dist/index.js` on the local stack.
 * Each case asserts what must not happen: no crash, no `.sig` for a refused file, no
 * write outside the workspace, no change to a file outside it; and that the refusal
 * names the file and the problem.
 */

/** A run that hangs (a FIFO opened for reading) is killed and fails, never waits forever. */
const WATCHDOG_MS = 30_000

interface Annotation {
  level: string
  file?: string
  title?: string
  message: string
}

const unescape = (text: string): string =>
  text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

/** The `::error`/`::warning` workflow commands the run wrote, decoded. */
function annotations(run: ActionRun): Annotation[] {
  return run.stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) return []
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
    )
    return [{ level: match[1] ?? '', ...properties, message: unescape(match[3] ?? '') }]
  })
}

/** The message the step failed with (setFailed's `::error::` line). */
function failure(run: ActionRun): string {
  const failed = annotations(run).filter((a) => a.file === undefined && a.level === 'error')
  return failed.at(-1)?.message ?? ''
}

interface SignatureOutput {
  file: string
  signatureFile: string
  sha256?: string
  status: string
}

function statuses(run: ActionRun): Record<string, string> {
  const entries = JSON.parse(run.outputs.signatures ?? '[]') as SignatureOutput[]
  return Object.fromEntries(entries.map((e) => [e.file, e.status]))
}

/** Every entry under `dir` (files, links, folders) with what it holds, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name
      const full = path.join(dir, child)
      const stat = await lstat(full)
      if (e.isDirectory()) {
        out[child] = 'dir'
        await walk(child)
      } else if (e.isSymbolicLink()) {
        out[child] = `link -> ${await readlink(full)}`
      } else {
        const hash = createHash('sha256')
          .update(await readFile(full))
          .digest('hex')
        out[child] = `${hash} ${stat.mtimeMs} ${stat.ino}`
      }
    }
  }
  await walk('')
  return out
}

describe('sign mode on hostile input (node dist/index.js on the local stack)', () => {
  let ctx: DefaultStack
  /** A sibling of the workspaces, standing for everything outside the checkout. */
  let outside: string
  let outsideBefore: Record<string, string>
  const workspaces: string[] = []

  const signRun = async (workspace: string, options: SignRunOptions = {}): Promise<ActionRun> => {
    let timer: NodeJS.Timeout | undefined
    const run = await runSign(ctx, workspace, {
      ...options,
      onSpawn: (pid) => {
        timer = setTimeout(() => process.kill(pid, 'SIGKILL'), WATCHDOG_MS)
      },
    })
    clearTimeout(timer)
    expect(run.signal).toBeNull() // finished on its own: not killed by the watchdog, no crash
    expect(run.stderr).not.toMatch(/TypeError|RangeError|ReferenceError|Uncaught|node:internal/)
    expectNoSecretLeaks(ctx, run)
    return run
  }
  const workspace = async (name: string): Promise<string> => {
    const dir = await tempWorkspace(`hostile-${name}`)
    workspaces.push(dir)
    return dir
  }

  beforeAll(async () => {
    assertDistIsFresh()
    ctx = await startDefaultStack()
    outside = await tempWorkspace('hostile-outside')
    await mkdir(path.join(outside, 'tree'))
    await writeFile(path.join(outside, 'victim.ds.md'), dossierText(99))
    await writeFile(path.join(outside, 'tree/victim.ds.md'), dossierText(98))
    await writeFile(path.join(outside, 'target.sig'), 'not yours\n')
    await writeFile(path.join(outside, 'hardlinked.sig'), 'not yours either\n')
    outsideBefore = await snapshot(outside)
  })
  afterAll(async () => {
    await ctx?.stack.stop()
    await cleanup(outside, ...workspaces)
  })

  describe('globs that reach outside the workspace are refused before any AWS call', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['a ".." glob', '../x/*.ds.md', /points outside the workspace/],
      ['an absolute glob', '/etc/*', /points outside the workspace/],
      ['a ".." hidden mid-path', 'docs/../../*.ds.md', /points outside the workspace/],
      ['a backslash ".." glob', '..\\x\\*.ds.md', /points outside the workspace/],
      ['a drive-letter glob', 'C:/x/*.ds.md', /points outside the workspace/],
      ['only "!" excludes', '!**/*.ds.md\n!drafts/**', /has no pattern to include/],
    ]
    it.each(cases)('%s (%s)', async (_name, pattern, why) => {
      const ws = await workspace('glob')
      await writeFile(path.join(ws, 'a.ds.md'), dossierText(1))
      ctx.stack.log.clear()
      const run = await signRun(ws, { inputs: { files: pattern } })
      expect(run.exitCode).toBe(1)
      expect(failure(run)).toMatch(why)
      expect(failure(run)).toContain('`files`')
      if (!pattern.startsWith('!')) expect(failure(run)).toContain(pattern)
      // No STS or KMS call: only the OIDC token request, sent before the inputs are read
      // (src/action/first-token.ts); its token is dropped unused.
      expect(ctx.stack.log.entries.map((e) => e.action)).toEqual(['GetIdToken'])
      expect(await sigFiles(ws)).toEqual([])
    })

    it('an absolute path to a real file outside is refused, and the file gets no .sig', async () => {
      const ws = await workspace('absolute')
      const victim = path.join(outside, 'victim.ds.md')
      const run = await signRun(ws, { inputs: { files: victim } })
      expect(run.exitCode).toBe(1)
      expect(failure(run)).toContain(`"${victim}" points outside the workspace`)
      expect(existsSync(`${victim}.sig`)).toBe(false)
    })

    it('a brace glob that expands to ".." only ever matches inside the workspace', async () => {
      const ws = await workspace('brace')
      await writeFile(path.join(ws, 'a.ds.md'), dossierText(1))
      // Accepted (no ".." segment as written), but the walk never leaves the workspace, so
      // a pattern is only ever a filter over paths inside it.
      const run = await signRun(ws, {
        inputs: { files: '{..,.}/*.ds.md\n{..,*}/*.ds.md\na.ds.md' },
      })
      expect(run.exitCode).toBe(0)
      expect(statuses(run)).toEqual({ 'a.ds.md': 'signed' })
      expect(existsSync(path.join(outside, 'victim.ds.md.sig'))).toBe(false)
    })
  })

  describe('one workspace full of hostile entries: each is refused or signed on its own', () => {
    let ws: string
    let run: ActionRun
    const bytes: Record<string, Buffer> = {}
    const put = async (rel: string, content: Buffer | string): Promise<void> => {
      bytes[rel] = Buffer.from(content)
      await mkdir(path.dirname(path.join(ws, rel)), { recursive: true })
      await writeFile(path.join(ws, rel), content)
    }
    const annotationFor = (file: string): Annotation | undefined =>
      annotations(run).find((a) => a.file === file)
    /** Failed, annotated on the file with its name and the reason; its .sig is checked by the caller. */
    const expectRefused = (file: string, why: RegExp): void => {
      expect(statuses(run)[file]).toBe('failed')
      const note = annotationFor(file)
      expect(note).toMatchObject({ level: 'error', title: 'dossier-sign: not signed' })
      expect(note?.message).toContain(file)
      expect(note?.message).toMatch(why)
    }
    const expectNoSig = (file: string): Promise<void> =>
      expect(lstat(path.join(ws, `${file}.sig`))).rejects.toThrow('ENOENT')
    const expectSigned = (file: string): void => {
      expect(statuses(run)[file]).toBe('signed')
      const full = path.join(ws, file)
      expect(opensslVerifies(full, `${full}.sig`, ctx.key.publicKeyPem)).toBe(true)
    }

    beforeAll(async () => {
      ws = await workspace('corpus')
      await put('good.ds.md', dossierText(1))
      await symlink(path.join(outside, 'victim.ds.md'), path.join(ws, 'escape.ds.md'))
      await symlink(path.join(outside, 'tree'), path.join(ws, 'linked'))
      await mkdir(path.join(ws, 'x.ds.md'))
      await writeFile(path.join(ws, 'x.ds.md/readme.txt'), 'a folder, not a dossier')
      execFileSync('mkfifo', [path.join(ws, 'y.ds.md')])
      await put('empty.ds.md', '')
      await put('junk.ds.md', Buffer.concat([randomBytes(4096), Buffer.from([0, 0xff, 0xfe])]))
      await put(
        'bom.ds.md',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dossierText(2))]),
      )
      await put('crlf.ds.md', dossierText(3).replace(/\n/g, '\r\n'))
      await put('symsig.ds.md', dossierText(4))
      await symlink(path.join(outside, 'target.sig'), path.join(ws, 'symsig.ds.md.sig'))
      await put('hardsig.ds.md', dossierText(5))
      await link(path.join(outside, 'hardlinked.sig'), path.join(ws, 'hardsig.ds.md.sig'))
      await put('garbage.ds.md', dossierText(6))
      await writeFile(path.join(ws, 'garbage.ds.md.sig'), randomBytes(300))
      await put('huge-sig.ds.md', dossierText(7))
      await writeFile(path.join(ws, 'huge-sig.ds.md.sig'), Buffer.alloc(64 * 1024, 'A'))
      await put('other.ds.md', dossierText(8))
      // A real signature by the very same key, over other bytes: valid, but not for this file.
      const stale = sign('sha256', Buffer.from(dossierText(9)), ctx.key.privateKey)
      await writeFile(path.join(ws, 'other.ds.md.sig'), formatSigFile(stale))
      // Names whose bytes are not UTF-8: Node can list them but not open them by name.
      await writeFile(Buffer.from(`${ws}/bad-\xff.ds.md`, 'latin1'), dossierText(10))
      await mkdir(Buffer.from(`${ws}/dir-\xff`, 'latin1'))
      await writeFile(Buffer.from(`${ws}/dir-\xff/inner.ds.md`, 'latin1'), dossierText(11))
      ctx.stack.log.clear()
      run = await signRun(ws)
    })

    it('finishes, fails the step for the refused files only, and names how many', () => {
      expect(run.exitCode).toBe(1)
      expect(failure(run)).toContain('5 of 14 file(s) were not signed')
      expect(run.outputs['failed-count']).toBe('5')
      expect(run.outputs['signed-count']).toBe('9')
      expect(ctx.stack.log.count({ action: 'Sign' })).toBe(9)
    })

    it('refuses a symlink to a file outside: no .sig beside it or beside its target', async () => {
      expectRefused('escape.ds.md', /symbolic link/)
      await expectNoSig('escape.ds.md')
      expect(existsSync(path.join(outside, 'victim.ds.md.sig'))).toBe(false)
    })

    it('never walks a symlinked directory that leads outside', () => {
      expect(Object.keys(statuses(run)).some((f) => f.startsWith('linked'))).toBe(false)
      expect(run.stdout).not.toContain('linked/victim.ds.md')
      expect(existsSync(path.join(outside, 'tree/victim.ds.md.sig'))).toBe(false)
    })

    it('warns about a directory named x.ds.md and writes nothing for it', async () => {
      expect(annotationFor('x.ds.md')).toMatchObject({
        level: 'warning',
        message: expect.stringMatching(/^x\.ds\.md is a directory, not a file/),
      })
      expect(statuses(run)['x.ds.md']).toBeUndefined()
      await expectNoSig('x.ds.md')
      expect(await readdir(path.join(ws, 'x.ds.md'))).toEqual(['readme.txt'])
    })

    it('refuses a FIFO named y.ds.md without opening it (the run did not hang)', async () => {
      expectRefused('y.ds.md', /not a regular file \(FIFO/)
      await expectNoSig('y.ds.md')
      expect(run.durationMs).toBeLessThan(WATCHDOG_MS)
    })

    it('refuses a file and a folder whose names are not UTF-8, by name, and signs the rest', () => {
      expectRefused(
        'bad-\uFFFD.ds.md',
        /has a name that is not valid UTF-8, so it cannot be opened/,
      )
      expectRefused(
        'dir-\uFFFD',
        /has a name that is not valid UTF-8, so nothing in it can be read/,
      )
      expect(Object.keys(statuses(run)).some((f) => f.includes('inner'))).toBe(false)
    })

    it('signs a zero-byte file: a signature over empty content is legitimate', () => {
      expectSigned('empty.ds.md')
      const entry = (JSON.parse(run.outputs.signatures ?? '[]') as SignatureOutput[]).find(
        (e) => e.file === 'empty.ds.md',
      )
      expect(entry?.sha256).toBe(createHash('sha256').digest('hex'))
    })

    it('signs binary junk, a BOM file and CRLF bodies byte for byte, never normalising them', async () => {
      for (const file of ['junk.ds.md', 'bom.ds.md', 'crlf.ds.md']) {
        expectSigned(file)
        expect(await readFile(path.join(ws, file))).toEqual(bytes[file])
      }
    })

    it('refuses an existing .sig that is a symlink to a file outside, leaving both alone', async () => {
      expectRefused('symsig.ds.md', /symsig\.ds\.md\.sig exists and is not a regular file/)
      expect(await readlink(path.join(ws, 'symsig.ds.md.sig'))).toBe(
        path.join(outside, 'target.sig'),
      )
      expect(await readFile(path.join(outside, 'target.sig'), 'utf8')).toBe('not yours\n')
    })

    it('replaces a .sig hard-linked to a file outside without writing through the link', async () => {
      expectSigned('hardsig.ds.md')
      expect(await readFile(path.join(outside, 'hardlinked.sig'), 'utf8')).toBe(
        'not yours either\n',
      )
      const [inside, there] = await Promise.all([
        lstat(path.join(ws, 'hardsig.ds.md.sig')),
        lstat(path.join(outside, 'hardlinked.sig')),
      ])
      expect(inside.ino).not.toBe(there.ino)
    })

    it('replaces a garbage .sig and an oversized .sig with valid ones', () => {
      expectSigned('garbage.ds.md')
      expectSigned('huge-sig.ds.md')
    })

    it('re-signs a file whose .sig is valid, by the same key, for other content', () => {
      expectSigned('other.ds.md')
    })

    it('leaves no temp file behind and writes .sig files only for what it signed', async () => {
      const signed = Object.entries(statuses(run))
        .filter(([, status]) => status === 'signed')
        .map(([file]) => `${file}.sig`)
      // find(1), not sigFiles(): Node cannot open the folder whose name is not UTF-8.
      const found = execFileSync('find', ['.', '-name', '*.sig'], { cwd: ws, encoding: 'latin1' })
      const sigs = found
        .split('\n')
        .filter(Boolean)
        .map((f) => f.slice(2))
      expect(sigs.filter((f) => f !== 'symsig.ds.md.sig').sort()).toEqual(signed.sort())
      expect((await readdir(ws)).filter((f) => f.endsWith('.tmp'))).toEqual([])
    })
  })

  describe('a file name that holds a newline and a workflow command', () => {
    const NAME = 'evil\n::warning title=injected::pwned.ds.md'
    let run: ActionRun

    beforeAll(async () => {
      const ws = await workspace('names')
      await writeFile(path.join(ws, NAME), dossierText(1))
      run = await signRun(ws)
    })

    it('is signed like any other file', () => {
      expect(run.exitCode).toBe(0)
      expect(statuses(run)).toEqual({ [NAME]: 'signed' })
    })

    // A file name's line breaks are escaped in log lines (src/printable.ts), so its
    // second line can never be a workflow command the runner obeys.
    it('never lets a file name start a workflow command in the log', () => {
      expect(
        run.stdout.split('\n').filter((l) => l.startsWith('::warning title=injected')),
      ).toEqual([])
    })
  })

  it('streams a sparse 3 GiB file: constant memory, and openssl verifies the signature', async () => {
    const ws = await workspace('sparse')
    const file = path.join(ws, 'big.ds.md')
    execFileSync('truncate', ['-s', '3G', file])
    const time = '/usr/bin/time'
    const measured = spawnSync(time, ['-f', '%M', 'true']).status === 0
    const rssFile = path.join(ws, '.rss')
    // /usr/bin/time measures the real action process: `node -e` only launches it under time.
    const launcher = `const r=require('node:child_process').spawnSync(${JSON.stringify(time)},['-f','%M','-o',process.env.RSS_FILE,process.execPath,process.argv[1]],{stdio:'inherit'});process.exit(r.status??1)`
    const run = await signRun(
      ws,
      measured ? { nodeArgs: ['-e', launcher], env: { RSS_FILE: rssFile } } : {},
    )
    expect(run.exitCode).toBe(0)
    expect(statuses(run)).toEqual({ 'big.ds.md': 'signed' })
    expect(opensslVerifies(file, `${file}.sig`, ctx.key.publicKeyPem)).toBe(true)
    if (!measured) {
      console.warn('sparse file: /usr/bin/time is not installed; peak RSS not measured')
      return
    }
    const peakKiB = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
    console.info(`sparse 3 GiB file: peak RSS of the action ${Math.round(peakKiB / 1024)} MiB`)
    // A buffered read would need 3 GiB; the stream holds a 1 MiB chunk per file.
    expect(peakKiB).toBeLessThan(256 * 1024)
    await rm(file)
  })

  it('changed nothing outside the workspaces, whatever the cases above tried', async () => {
    expect(await snapshot(outside)).toEqual(outsideBefore)
  })
})
