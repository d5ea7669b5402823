/** Size limits for reading run directories: each can be raised by a CLI flag or an action input. */
export interface ReadLimits {
  /** Largest single file read, in bytes. */
  maxFileBytes: number
  /** Largest total of bytes read from one run dir (or extracted from one artifact). */
  maxTotalBytes: number
  /** Most files in one run dir listing (or one artifact). */
  maxFiles: number
}

/** Defaults: room for 100k-job ranked files, far below what would exhaust a runner's memory. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxFiles: 10_000
}
