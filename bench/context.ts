import type { DefaultStack } from '../stack/index.js'
import type { BenchOptions } from './options.js'
import type { TempDirs } from './temp-dirs.js'

/** What every benchmark gets: the options, the one running stack, and the temp dirs. */
export interface BenchContext {
  options: BenchOptions
  stack: DefaultStack
  temp: TempDirs
  /** a line on stderr so a long run shows where it is */
  progress(message: string): void
}
