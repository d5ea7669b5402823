/**
 * An error the user can cause and fix (bad argument, unreadable policy file, ...). Its message is
 * one line naming the file and the problem; edges print it without a stack trace and exit 2.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** The message of any thrown value, on one line. */
export function oneLine(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (a vm context, a worker) must read the same.
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  const text = typeof message === 'string' ? message : String(error)
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
