/**
 * How long the action waits and how often it retries: its own settings (GitHub's limits are in
 * `limits.ts`). Each timeout has an environment override so the test suite stays fast.
 */

/** Attempts for one API call or download step that keeps failing with a transient error. */
export const RETRY_MAX_ATTEMPTS = 4

/** First backoff delay in milliseconds; doubles per attempt. `DUALRUN_RETRY_BASE_MS` overrides it (tests). */
export const RETRY_BASE_DELAY_MS = 1_000

/** Longest single wait, as a multiple of the base delay (also caps a server's `retry-after`). */
export const RETRY_MAX_DELAY_FACTOR = 60

/**
 * Longest wait for one API request's answer, and for the next bytes of a download body, before it
 * is abandoned and retried. `DUALRUN_API_TIMEOUT_MS` overrides it (tests).
 */
export const API_TIMEOUT_MS = 30_000

/** Shortest interval between two progress lines of one download. `DUALRUN_PROGRESS_INTERVAL_MS` overrides it (tests). */
export const PROGRESS_INTERVAL_MS = 5_000

/** A positive number of milliseconds from `env[name]`, else `fallback`. */
function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number, allowZero = false): number {
  const raw = env[name]
  const value = Number(raw)
  return raw && Number.isFinite(value) && (value > 0 || (allowZero && value === 0)) ? value : fallback
}

/** Milliseconds one API request (or a download's silence) may take: {@link API_TIMEOUT_MS}, or `DUALRUN_API_TIMEOUT_MS`. */
export function apiTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return envMs(env, 'DUALRUN_API_TIMEOUT_MS', API_TIMEOUT_MS)
}

/** The first backoff delay: {@link RETRY_BASE_DELAY_MS}, or `DUALRUN_RETRY_BASE_MS` (0 allowed). */
export function retryBaseDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  return envMs(env, 'DUALRUN_RETRY_BASE_MS', RETRY_BASE_DELAY_MS, true)
}

/** Shortest interval between progress lines: {@link PROGRESS_INTERVAL_MS}, or `DUALRUN_PROGRESS_INTERVAL_MS`. */
export function progressIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  return envMs(env, 'DUALRUN_PROGRESS_INTERVAL_MS', PROGRESS_INTERVAL_MS, true)
}
