import { httpStatus, primaryRateLimitReset } from './retry.js'

/**
 * The hint after a failed GitHub call: what is true about the failure, never a guess. A primary
 * rate limit says so and when it resets; a 403 "Resource not accessible by integration" names
 * the permission the endpoint needs, or, on a pull request from a fork, that the token is
 * read-only there; a 404 says the thing is gone or invisible to the token.
 */

/** Permissions the action's endpoints need, as written in a workflow's `permissions:` block. */
export type Permission = 'checks: write' | 'pull-requests: write' | 'actions: read'

/** "the API rate limit is exhausted; it resets at 2026-11-27T06:00:00Z (in 12 min)". */
export function rateLimitHint(reset: Date, now: number = Date.now()): string {
  if (Number.isNaN(reset.getTime())) return 'the API rate limit of the github-token is exhausted'
  const minutes = Math.max(0, Math.ceil((reset.getTime() - now) / 60_000))
  return `the API rate limit of the github-token is exhausted; it resets at ${reset.toISOString().replace(/\.\d{3}Z$/, 'Z')} (in ${minutes} min)`
}

const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i

/** The hint for `error` from an endpoint that needs `permission`, as " (…)" to append, or '' when there is nothing true to add. */
export function failureHint(error: unknown, permission: Permission, fromFork: boolean): string {
  const reset = primaryRateLimitReset(error)
  if (reset !== undefined) return ` (${rateLimitHint(reset)})`
  const status = httpStatus(error)
  const message = String((error as { message?: unknown } | null)?.message ?? '')
  if (status === 403 && fromFork) return ' (the token is read-only on a pull request from a fork; see the workflow_run pattern in the README)'
  if (status === 403 && NOT_ACCESSIBLE.test(message)) return ` (the github-token lacks ${permission}; grant it in the job's permissions)`
  if (status === 404) return ' (it no longer exists, or the token cannot see it)'
  return ''
}
