import { createHash } from 'node:crypto'
import { CodedError } from '../errors.js'

/** One slice of a matrix run: `index` of `count`, both 1-based as `shard: I/N` writes them. */
export interface Shard {
  index: number
  count: number
}

/** GitHub runs at most 256 jobs per matrix; more shards could never all run. */
export const MAX_SHARDS = 256

export class ShardError extends CodedError<'invalid'> {}

/**
 * Parse `I/N`. Empty means the whole run (`1/1`). Anything else that is not two
 * decimal integers with 1 <= I <= N <= 256 is refused, so a matrix typo such as
 * `0/4` or `5/4` cannot silently sign nothing or everything.
 */
export function parseShard(text: string): Shard {
  const value = text.trim()
  if (value === '') return { index: 1, count: 1 }
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ShardError(
      'invalid',
      `\`shard\` "${value}" is not I/N with 1 <= I <= N <= ${MAX_SHARDS}; write it as \`\${{ matrix.shard }}/N\` with shard: [1, 2, ..., N] in the matrix.`,
    )
  }
  return { index, count }
}

/**
 * The slice (1-based) a workspace-relative path belongs to. It depends on the path
 * alone (SHA-256 of its UTF-8 bytes, the first 48 bits modulo N), never on which
 * other files exist, so adding or removing a file elsewhere in the tree moves no
 * other file between shards, and every job of a matrix computes the same split
 * without talking to the others.
 */
export function shardOf(relativePath: string, count: number): number {
  if (count === 1) return 1
  const hash = createHash('sha256').update(relativePath, 'utf8').digest()
  return (hash.readUIntBE(0, 6) % count) + 1
}

export function inShard(relativePath: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(relativePath, shard.count) === shard.index
}

export function describeShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`
}
