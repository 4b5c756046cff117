export type ServiceName = 'oidc' | 'sts' | 'kms' | 'github'

/** One request as a stand-in service saw it, including the rejected and the dropped. */
export interface RequestLogEntry {
  /** epoch milliseconds when the request arrived */
  time: number
  service: ServiceName
  /** e.g. 'Sign', 'GetPublicKey', 'AssumeRoleWithWebIdentity', 'GetIdToken', 'ListPullRequestFiles' */
  action: string
  /** HTTP status answered; 0 when a fault dropped the connection */
  status: number
  /** wire error code; 'ConnectionDropped' when a fault dropped the connection */
  errorCode?: string
  /** KMS: the KeyId as sent */
  keyId?: string
  /** KMS: the resolved key ARN */
  keyArn?: string
  messageType?: string
  signingAlgorithm?: string
  dryRun?: boolean
  /** KMS: assumed-role session ARN or IAM user ARN; STS: the session ARN issued */
  principal?: string
  roleSessionName?: string
  accessKeyId?: string
  /** STS: the inline session policy (`Policy` parameter) as sent */
  sessionPolicy?: string
  /** OIDC and STS: the token audience */
  audience?: string
  /** the SDK's `amz-sdk-request: attempt=N; max=M` header, when present */
  attempt?: number
}

/** Every request to every service, in the order the answers went out. */
export class RequestLog {
  readonly entries: RequestLogEntry[] = []

  add(entry: RequestLogEntry): void {
    this.entries.push(entry)
  }

  clear(): void {
    this.entries.length = 0
  }

  /** Entries whose fields equal every field given in `filter`. */
  count(filter: Partial<RequestLogEntry>): number {
    const wanted = Object.entries(filter) as Array<[keyof RequestLogEntry, unknown]>
    return this.entries.filter((entry) => wanted.every(([field, value]) => entry[field] === value))
      .length
  }
}

/** Reads N from the AWS SDK retry header `amz-sdk-request: attempt=N; max=M`. */
export function attemptFromHeader(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header
  const match = value === undefined ? null : /(?:^|;)\s*attempt=(\d+)/.exec(value)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
