// js-yaml 3 under the npm alias `js-yaml-3`: the parser upstream reads frontmatter with
// (gray-matter 4 calls its `safeLoad`). It ships no types and @types/js-yaml describes
// v4, so this declares only what src/dossier/yaml-readings.ts uses.
declare module 'js-yaml-3' {
  /** Where the loader is; `line` and the column (`position - lineStart`) count from 0. */
  interface LoaderState {
    line: number
    position: number
    lineStart: number
  }

  interface SafeLoadOptions {
    /** Called as each node is opened and closed; it does not change what is read. */
    listener?: (event: 'open' | 'close', state: LoaderState) => void
  }

  /** What js-yaml 3 throws: `reason` names the problem, `mark` where it is (0-based). */
  interface YAMLException extends Error {
    reason?: string
    mark?: { line: number; column: number }
  }

  interface JsYaml3 {
    /** DEFAULT_SAFE_SCHEMA: YAML 1.1 ints and floats, timestamps, binary, omap, pairs, set. */
    safeLoad(text: string, options?: SafeLoadOptions): unknown
    YAMLException: new (...args: never[]) => YAMLException
  }

  const yaml: JsYaml3
  export default yaml
}
