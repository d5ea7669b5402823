/**
 * Every GitHub limit the action posts against, in one place. Renderers receive these as budgets;
 * they never import them, so they stay pure functions of the report.
 */

/** Largest issue/PR comment body GitHub accepts, in characters (a longer one is rejected with 422). */
export const COMMENT_BODY_MAX_CHARS = 65_536

/** Largest check-run `output.summary` (and `output.text`, which dualrun does not send), in characters. */
export const CHECK_RUN_SUMMARY_MAX_CHARS = 65_535

/** Largest check-run `output.title`, in characters. */
export const CHECK_RUN_TITLE_MAX_CHARS = 255

/** Most annotations GitHub accepts in one check-run create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** Our own cap on annotations per check run (each 50 costs one API request); the rest are counted in the summary. */
export const ANNOTATIONS_MAX_TOTAL = 1_000

/** Largest annotation `message` and `raw_details`, in characters (GitHub allows 64 KB; we keep them readable). */
export const ANNOTATION_MESSAGE_MAX_CHARS = 4_096

/** Largest annotation `title`, in characters. */
export const ANNOTATION_TITLE_MAX_CHARS = 255

/** Largest job summary per step, in bytes: a larger one is dropped whole by the runner. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024

/** Comments fetched per page when looking for the sticky comment (GitHub's maximum page size). */
export const COMMENTS_PER_PAGE = 100

/** Attempts for one API call that keeps failing with a retryable status (5xx, secondary rate limit). */
export const RETRY_MAX_ATTEMPTS = 4

/** First backoff delay in milliseconds; doubles per attempt. `DUALRUN_RETRY_BASE_MS` overrides it (tests). */
export const RETRY_BASE_DELAY_MS = 1_000

/** Longest single wait, as a multiple of the base delay (also caps a server's `retry-after`). */
export const RETRY_MAX_DELAY_FACTOR = 60

/** Longest wait for one API request before it is abandoned and retried. `DUALRUN_API_TIMEOUT_MS` overrides it (tests). */
export const API_TIMEOUT_MS = 30_000
