/**
 * An error a stand-in service answers with. `code` is the wire error code the real
 * service would send (KMS `__type`, STS `<Code>`), so SDK error classes line up.
 */
export class ServiceError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
    this.name = 'ServiceError'
  }
}
