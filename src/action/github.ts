import type { getOctokit } from '@actions/github'
import { withRetry } from './retry.js'

/** The REST client of `@actions/github`. */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * A REST client for `token` whose every request (pagination included) is retried on 5xx and
 * secondary rate limits. `@actions/github` is imported here, lazily: it reads `GITHUB_API_URL`
 * when loaded, and the action needs no client in `left-path`/`right-path` mode without posting.
 */
export async function createGitHubClient(token: string, onRetry: (message: string) => void): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  const client = getOctokit(token)
  client.hook.wrap('request', (request, options) =>
    withRetry(
      async () => request(options),
      (error, delayMs) => onRetry(`${options.method} ${options.url} failed (${describeHttpError(error)}); retrying in ${delayMs} ms`)
    )
  )
  return client
}

/** A short, token-free description of an HTTP error: its status and GitHub's message. */
export function describeHttpError(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown } | null
  const status = typeof e?.status === 'number' ? `HTTP ${e.status}` : ''
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]!.slice(0, 200) : String(error)
  return [status, message].filter(Boolean).join(': ')
}
