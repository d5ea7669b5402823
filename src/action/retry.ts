import { RETRY_BASE_DELAY_MS, RETRY_MAX_ATTEMPTS, RETRY_MAX_DELAY_FACTOR } from './limits.js'

/** How often and how long to retry one API call. */
export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

/** The policy in use: the limits, with the base delay taken from `DUALRUN_RETRY_BASE_MS` when set (tests keep it tiny). */
export function retryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const override = Number(env['DUALRUN_RETRY_BASE_MS'])
  const baseDelayMs = Number.isFinite(override) && override >= 0 && env['DUALRUN_RETRY_BASE_MS'] !== '' ? override : RETRY_BASE_DELAY_MS
  return { attempts: RETRY_MAX_ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * RETRY_MAX_DELAY_FACTOR }
}

/** An API request that got no answer in time; retried like a 5xx. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
  }
}

/** The parts of an Octokit `RequestError` the retry decision reads. */
interface HttpErrorLike {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpErrorLike | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * How long to wait before retrying `error`, or undefined when it must not be retried.
 * Retried: timeouts, 5xx, 429, and 403 secondary rate limits (a `retry-after` header, an exhausted
 * `x-ratelimit-remaining`, or GitHub's "secondary rate limit" message). A `retry-after` is honoured up to the cap.
 */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs)
  if (error instanceof RequestTimeoutError) return backoff
  const status = httpStatus(error)
  if (status === undefined) return undefined
  const e = error as HttpErrorLike
  const headers = e.response?.headers ?? {}
  const retryAfter = Number(headers['retry-after'])
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0' || /secondary rate limit/i.test(e.message ?? '')))
  if (status < 500 && !rateLimited) return undefined
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1000, backoff) : backoff
  return Math.min(wanted, policy.maxDelayMs)
}

/**
 * Runs `call`, retrying retryable failures with exponential backoff; `onRetry` hears each retry
 * (for a log line). The last error is rethrown unchanged.
 */
export async function withRetry<T>(call: () => Promise<T>, onRetry: (error: unknown, delayMs: number) => void, policy: RetryPolicy = retryPolicy()): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error, attempt, policy) : undefined
      if (delay === undefined) throw error
      onRetry(error, delay)
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}
