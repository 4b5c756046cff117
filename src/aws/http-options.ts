/**
 * Client settings shared by the STS and KMS clients. The SDK's own retries are off
 * (maxAttempts 1) because withRetry is the one retry policy; timeouts turn a stalled
 * connection into a retryable error instead of a hung step.
 */
export const AWS_HTTP_OPTIONS = {
  maxAttempts: 1,
  // throwOnRequestTimeout: without it, this smithy version only logs a warning when
  // requestTimeout passes and keeps waiting, so a stalled call would hang the step.
  requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
} as const
