import { RETRY_MAX_ATTEMPTS, RETRY_MAX_DELAY_FACTOR, retryBaseDelayMs } from './settings.js'

/** How often and how long to retry one API call or download step. */
export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

/** The policy in use: the settings, with the base delay taken from `DUALRUN_RETRY_BASE_MS` when set (tests keep it tiny). */
export function retryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const baseDelayMs = retryBaseDelayMs(env)
  return { attempts: RETRY_MAX_ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * RETRY_MAX_DELAY_FACTOR }
}

/** An API request that got no answer in time; retried like a 5xx. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
  }
}

/** A failure worth another attempt that is not an HTTP status: a reset connection, a body cut short, a digest mismatch, a stalled body. */
export class TransientError extends Error {
  override name = 'TransientError'
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

function headersOf(error: unknown): Record<string, string | number | undefined> {
  return (error as HttpErrorLike | null)?.response?.headers ?? {}
}

/**
 * When a primary rate limit (403 or 429 with `x-ratelimit-remaining: 0` and no `retry-after`)
 * resets, as a Date from `x-ratelimit-reset`; undefined for any other error.
 */
export function primaryRateLimitReset(error: unknown): Date | undefined {
  const status = httpStatus(error)
  const headers = headersOf(error)
  if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0' || headers['retry-after'] !== undefined) return undefined
  const reset = Number(headers['x-ratelimit-reset'])
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Number.NaN)
}

/**
 * How long to wait before retrying `error`, or undefined when it must not be retried.
 * Retried: timeouts, transient download failures, 5xx, 429, and 403 rate limits (a `retry-after`
 * header, an exhausted `x-ratelimit-remaining`, or GitHub's "secondary rate limit" message). A
 * `retry-after` is honoured up to the cap; a primary rate limit that resets later than the cap is not retried.
 */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy, now: number = Date.now()): number | undefined {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs)
  if (error instanceof RequestTimeoutError || error instanceof TransientError) return backoff
  const status = httpStatus(error)
  if (status === undefined) return undefined
  const e = error as HttpErrorLike
  const headers = headersOf(error)
  const reset = primaryRateLimitReset(error)
  if (reset !== undefined && !(reset.getTime() - now <= policy.maxDelayMs)) return undefined
  const retryAfter = Number(headers['retry-after'])
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0' || /secondary rate limit/i.test(e.message ?? '')))
  if (status < 500 && !rateLimited) return undefined
  const untilReset = reset !== undefined ? Math.max(0, reset.getTime() - now) : 0
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1000, backoff) : Math.max(untilReset, backoff)
  return Math.min(wanted, policy.maxDelayMs)
}

/** Waits `ms`, or less when `signal` aborts first (the caller's next step then sees the abort). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/**
 * Runs `call`, retrying retryable failures with exponential backoff; `onRetry` hears each retry
 * (for a log line). The last error is rethrown unchanged, as is any error once `signal` aborted.
 */
export async function withRetry<T>(call: () => Promise<T>, onRetry: (error: unknown, delayMs: number) => void, policy: RetryPolicy = retryPolicy(), signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const delay = attempt + 1 < policy.attempts && !signal?.aborted ? retryDelay(error, attempt, policy) : undefined
      if (delay === undefined) throw error
      onRetry(error, delay)
      await sleep(delay, signal)
    }
  }
}

/** True when `error` is worth trying again later (a timeout, a transient failure, 5xx, 429, a rate limit), however long that wait. */
export function isTransient(error: unknown): boolean {
  return retryDelay(error, 0, { attempts: 2, baseDelayMs: 0, maxDelayMs: Number.POSITIVE_INFINITY }) !== undefined
}

/** True when a failed create may still have been carried out by GitHub: it timed out, or the answer was a 5xx. */
export function mayHaveBeenApplied(error: unknown): boolean {
  const status = httpStatus(error)
  return error instanceof RequestTimeoutError || status === undefined || status >= 500
}

/**
 * Creates something exactly once. `create` is sent without automatic retries; when it fails in
 * a way GitHub may still have carried out (a timeout, a 5xx), `findCreated` looks for what it
 * made before anything is sent again, and what it finds is adopted. Requests refused outright
 * (429, rate limits) are retried directly. At most `policy.attempts` creates are sent.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  findCreated: () => Promise<T | undefined>,
  onRetry: (error: unknown, delayMs: number, looksFirst: boolean) => void,
  policy: RetryPolicy = retryPolicy()
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create()
    } catch (error) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error, attempt, policy) : undefined
      if (delay !== undefined) onRetry(error, delay, mayHaveBeenApplied(error))
      if (delay !== undefined) await sleep(delay)
      if (mayHaveBeenApplied(error)) {
        const found = await findCreated()
        if (found !== undefined) return found
      }
      if (delay === undefined) throw error
    }
  }
}
