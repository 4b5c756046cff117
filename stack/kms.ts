import { randomUUID } from 'node:crypto'
import { REGION } from './aws-account.js'
import type { Faults } from './faults.js'
import { startService, type IncomingCall, type Reply, type RunningService } from './http-service.js'
import type { Iam } from './iam.js'
import { isKmsOperation, KMS_OPERATIONS, type KmsQuirks } from './kms-operations.js'
import type { KmsKeys } from './kms-keys.js'
import type { RequestLog, RequestLogEntry } from './request-log.js'
import { ServiceError } from './service-error.js'
import { verifySigV4 } from './sigv4.js'

const TARGET_PREFIX = 'TrentService.'
const CONTENT_TYPE = 'application/x-amz-json-1.1'

export interface KmsDeps {
  keys: KmsKeys
  iam: Iam
  faults: Faults
  log: RequestLog
  quirks: KmsQuirks
}

/** KMS over the JSON 1.1 protocol; every call must carry a SigV4 signature by a stack credential. */
export function startKms(deps: KmsDeps): Promise<RunningService> {
  return startService(() => ({
    service: 'kms',
    faults: deps.faults,
    log: deps.log,
    identify: (call) => ({ action: operationOf(call), fields: logFieldsOf(call.body) }),
    handle: (call, entry) => {
      const caller = verifySigV4(call, {
        service: 'kms',
        region: REGION,
        lookup: (accessKeyId) => deps.iam.credential(accessKeyId),
      })
      entry.accessKeyId = caller.accessKeyId
      entry.principal = caller.principal
      if (caller.roleSessionName !== undefined) entry.roleSessionName = caller.roleSessionName
      const operation = operationOf(call)
      if (!isKmsOperation(operation)) {
        throw new ServiceError(400, 'UnknownOperationException', `Unknown operation ${operation}`)
      }
      const request = jsonObjectOf(call.body)
      if (request === undefined) {
        throw new ServiceError(
          400,
          'SerializationException',
          'Start of structure or map found where not expected.',
        )
      }
      const { keys, iam, quirks } = deps
      const result = KMS_OPERATIONS[operation](request, { keys, iam, quirks, caller, entry })
      return jsonReply(200, result)
    },
    errorReply: (error) => jsonReply(error.status, { __type: error.code, message: error.message }),
  }))
}

function operationOf(call: IncomingCall): string {
  const target = call.headers['x-amz-target']
  return typeof target === 'string' && target.startsWith(TARGET_PREFIX)
    ? target.slice(TARGET_PREFIX.length)
    : 'Unknown'
}

/** Request fields worth logging, read before signature checks so rejected calls show them too. */
function logFieldsOf(body: Buffer): Partial<RequestLogEntry> {
  const request = jsonObjectOf(body) ?? {}
  const fields: Partial<RequestLogEntry> = {}
  if (typeof request.KeyId === 'string') fields.keyId = request.KeyId
  if (typeof request.MessageType === 'string') fields.messageType = request.MessageType
  if (typeof request.SigningAlgorithm === 'string')
    fields.signingAlgorithm = request.SigningAlgorithm
  if (typeof request.DryRun === 'boolean') fields.dryRun = request.DryRun
  return fields
}

function jsonObjectOf(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.length === 0 ? '{}' : body.toString())
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function jsonReply(status: number, body: object): Reply {
  return {
    status,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(body),
  }
}
