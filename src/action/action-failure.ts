import { CodedError } from '../errors.js'

/** A run that finished its work but must fail the step (per-file failures, BLOCK verdicts). */
export class ActionFailure extends CodedError<
  'files-failed' | 'no-files' | 'too-many-files' | 'verdict' | 'no-oidc-token' | 'no-base'
> {}
