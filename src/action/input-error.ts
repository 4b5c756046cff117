import { CodedError } from '../errors.js'

/** A bad `with:` value: the message names the input and says what would be valid. */
export class InputError extends CodedError<'missing' | 'invalid'> {}
