import { proxyAgents } from './proxy-agent.js'
import type { ProxyConfig } from './proxy-config.js'

const CONNECTION_TIMEOUT_MS = 5_000

/**
 * Client settings shared by the STS and KMS clients. The SDK's own retries are off
 * (maxAttempts 1) because withRetry is the one retry policy; timeouts turn a stalled
 * connection into a retryable error instead of a hung step. The SDK reads no proxy
 * variables itself: its agents are ours, which honour the proxy config.
 */
export function awsHttpOptions(network: ProxyConfig) {
  return {
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: 10_000,
      // throwOnRequestTimeout: without it, this smithy version only logs a warning when
      // requestTimeout passes and keeps waiting, so a stalled call would hang the step.
      throwOnRequestTimeout: true,
      ...proxyAgents(network, CONNECTION_TIMEOUT_MS),
    },
  }
}
