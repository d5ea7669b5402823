/**
 * Every GitHub limit the action posts against, in one place, each in GitHub's own unit. Renderers
 * receive these as budgets (a size and how to measure it); they never import them, so they stay
 * pure functions of the report. Retry and timeout settings are in `settings.ts`.
 */

/** Largest issue/PR comment body GitHub accepts, in characters (a longer one is rejected with 422). */
export const COMMENT_BODY_MAX_CHARS = 65_536

/**
 * Largest check-run `output.summary` and `output.text`, in UTF-8 bytes: GitHub answers 422
 * "summary exceeds a maximum bytesize of 65535" (github/docs#35252), whatever the character count.
 */
export const CHECK_RUN_OUTPUT_MAX_BYTES = 65_535

/** Largest check-run `output.title`, in characters. */
export const CHECK_RUN_TITLE_MAX_CHARS = 255

/** Most annotations GitHub accepts in one check-run create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** Our own cap on annotations per check run (each 50 costs one API request); the rest are counted in the summary. */
export const ANNOTATIONS_MAX_TOTAL = 1_000

/** Largest annotation `message` and `raw_details`, in UTF-8 bytes (GitHub's REST reference: "The maximum size is 64 KB"). */
export const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024

/** Largest annotation `title`, in characters (the annotations object of the REST reference: 255 characters). */
export const ANNOTATION_TITLE_MAX_CHARS = 255

/** Largest job summary per step, in bytes: a larger one is dropped whole by the runner. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024

/** Comments fetched per page when looking for the sticky comment (GitHub's maximum page size). */
export const COMMENTS_PER_PAGE = 100

/** Check runs fetched per page when looking for one we may have created (GitHub's maximum page size). */
export const CHECK_RUNS_PER_PAGE = 100

/** UTF-8 size of `text`, the unit of every byte limit above. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
