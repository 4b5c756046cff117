import type { TokenSource } from '../aws/web-identity-credentials.js'
import type { FirstToken } from './first-token.js'

/**
 * How long a token asked for ahead stays the one handed out. GitHub's OIDC tokens live
 * for minutes; a run that took longer than this to need it gets a fresh one.
 */
export const EARLY_TOKEN_MAX_AGE_MS = 60_000

export interface EarlyTokenOptions {
  /** The request the entry sent before the toolkit loaded (first-token.ts), if it did. */
  first?: FirstToken
  /** Masks a token in the job's logs; the toolkit masks the tokens it fetches itself. */
  mask?: (secret: string) => void
  now?: () => number
}

/**
 * A token source whose first token for `audience` is asked for now, so the request is on
 * the wire while the sign code and the AWS SDK load. The first call for that audience
 * gets that token (or its error, as if it had asked itself) while it is younger than
 * EARLY_TOKEN_MAX_AGE_MS; every other call asks `source`. A `first` request for the same
 * audience stands in for asking now; if it fails, `source` is asked at once instead, so
 * its retries and messages are the ones the run sees.
 */
export function tokenAskedEarly(
  source: TokenSource,
  audience: string,
  { first, mask = () => undefined, now = Date.now }: EarlyTokenOptions = {},
): TokenSource {
  const askedAt = now()
  let early: Promise<string> | undefined =
    first !== undefined && first.audience === audience
      ? first.token.then(
          (token) => (mask(token), token),
          () => source.token(audience),
        )
      : source.token(audience)
  // Nobody awaits it until the run needs a token; a failure then is that caller's to see.
  early.catch(() => undefined)
  return {
    token(wanted) {
      const pending = early
      early = undefined
      const usable =
        pending !== undefined && wanted === audience && now() - askedAt < EARLY_TOKEN_MAX_AGE_MS
      return usable ? pending : source.token(wanted)
    },
  }
}
