// Types for scripts/bundled-packages.js (plain JS so the build runs it without tsx).
export interface BundledPackage {
  /** e.g. `node_modules/@actions/github/node_modules/@actions/http-client` */
  folder: string
  name: string
  version: string
  manifest: { engines?: { node?: string }; license?: unknown; repository?: unknown }
}
export function sourceMapsIn(dir: string): string[]
export function bundledPackages(mapFiles: readonly string[], root: string): BundledPackage[]
export function entryHeading(pkg: Pick<BundledPackage, 'name' | 'version'>): string
export const ENTRY_RULE: string
