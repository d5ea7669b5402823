import type { getOctokit } from '@actions/github'
import { RequestTimeoutError, retryPolicy, withRetry } from './retry.js'
import { redact } from './secrets.js'
import { apiTimeoutMs } from './settings.js'

/** The REST client of `@actions/github`. */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Request option that sends a request once, without the client's retries (still with its
 * timeout): creates go through `createOnce`, which looks for what a failed attempt made before
 * sending again.
 */
export const SEND_ONCE = { request: { dualrunSendOnce: true } } as const

/**
 * A REST client for `token` whose every request (pagination included) is given up after
 * {@link apiTimeoutMs} and retried on timeouts, 5xx and rate limits (except one marked {@link SEND_ONCE}). `@actions/github`
 * is imported here, lazily: it reads `GITHUB_API_URL` when loaded, and the action needs no client
 * in `left-path`/`right-path` mode without posting.
 */
export async function createGitHubClient(token: string, onRetry: (message: string) => void): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  const client = getOctokit(token)
  const timeoutMs = apiTimeoutMs()
  client.hook.wrap('request', (request, options) => {
    const sendOnce = (options.request as { dualrunSendOnce?: boolean } | undefined)?.dualrunSendOnce === true
    return withRetry(
      async () => {
        const signal = AbortSignal.timeout(timeoutMs)
        // The hook's `request` is bound to `options`: a per-attempt signal must be set on it, not passed.
        options.request = { ...options.request, signal }
        try {
          return await request(options)
        } catch (error) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error
        }
      },
      (error, delayMs) => onRetry(redact(`${options.method} ${options.url} failed (${describeHttpError(error)}); retrying in ${delayMs} ms`)),
      sendOnce ? { ...retryPolicy(), attempts: 1 } : retryPolicy()
    )
  })
  return client
}

/**
 * A short, secret-free description of an HTTP error: its status and the first line of GitHub's
 * message, with registered secrets, credential-shaped strings and URL query strings removed (an
 * error's message or a proxy's answer may echo a header or a signed URL).
 */
export function describeHttpError(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown } | null
  const status = typeof e?.status === 'number' ? `HTTP ${e.status}` : ''
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(error)
  return redact([status, message.slice(0, 300)].filter(Boolean).join(': ')).slice(0, 240)
}

/** The log line of a create about to be retried: whether what it may have made is looked for first. */
export function createRetryLine(what: string, error: unknown, delayMs: number, looksFirst: boolean): string {
  return redact(`${what} failed (${describeHttpError(error)}); ${looksFirst ? 'looking for what it may have made, then ' : ''}retrying in ${delayMs} ms`)
}
