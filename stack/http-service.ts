import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Faults } from './faults.js'
import {
  attemptFromHeader,
  type RequestLog,
  type RequestLogEntry,
  type ServiceName,
} from './request-log.js'
import { ServiceError } from './service-error.js'

/** A request with its body read, as every stand-in service sees it. */
export interface IncomingCall {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  body: string
}

/** What a stand-in service plugs into the shared pipeline: log, faults, handle, answer. */
export interface ServiceDefinition {
  service: ServiceName
  faults: Faults
  log: RequestLog
  /** Names the operation (and any request fields worth logging) before faults apply; never throws. */
  identify(call: IncomingCall): { action: string; fields?: Partial<RequestLogEntry> }
  /** Handles the call; throws ServiceError for wire errors. May add fields to `entry`. */
  handle(call: IncomingCall, entry: RequestLogEntry): Reply | Promise<Reply>
  /** Renders an error the way the real service does (KMS JSON, STS XML, GitHub JSON). */
  errorReply(error: ServiceError): Reply
}

export interface RunningService {
  url: string
  close(): Promise<void>
}

/**
 * Listens on 127.0.0.1 with an ephemeral port. The definition is built once the
 * URL is known because some services put their own URL in what they answer
 * (the OIDC issuer, GitHub's Link headers).
 */
export async function startService(
  define: (url: string) => ServiceDefinition,
): Promise<RunningService> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  const definition = define(url)
  server.on('request', (request: IncomingMessage, response) => {
    answer(definition, url, request)
      .then((reply) => {
        if (reply === 'drop') request.socket.destroy()
        else response.writeHead(reply.status, reply.headers).end(reply.body)
      })
      // the client went away mid-answer: nothing left to tell it
      .catch(() => request.socket.destroy())
  })
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

async function answer(
  definition: ServiceDefinition,
  baseUrl: string,
  request: IncomingMessage,
): Promise<Reply | 'drop'> {
  const time = Date.now()
  const entry: RequestLogEntry = { time, service: definition.service, action: 'Unknown', status: 0 }
  const attempt = attemptFromHeader(request.headers['amz-sdk-request'])
  if (attempt !== undefined) entry.attempt = attempt
  let reply: Reply
  try {
    const call: IncomingCall = {
      method: request.method ?? 'GET',
      url: new URL(request.url ?? '/', baseUrl),
      headers: request.headers,
      body: await readBody(request),
    }
    const { action, fields } = definition.identify(call)
    Object.assign(entry, fields, { action })
    const outcome = await definition.faults.consult(action)
    if (outcome.kind === 'drop') {
      definition.log.add({ ...entry, errorCode: 'ConnectionDropped' })
      return 'drop'
    }
    if (outcome.kind === 'error') {
      throw new ServiceError(outcome.status, outcome.code, outcome.message)
    }
    reply = await definition.handle(call, entry)
  } catch (error) {
    const serviceError =
      error instanceof ServiceError
        ? error
        : new ServiceError(500, 'InternalFailure', `Stand-in stack bug: ${String(error)}`)
    entry.errorCode = serviceError.code
    reply = definition.errorReply(serviceError)
  }
  entry.status = reply.status
  definition.log.add(entry)
  return reply
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
