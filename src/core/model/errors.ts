/**
 * An error the user can cause and fix (bad argument, unreadable policy file, ...). Its message is
 * one line naming the file and the problem; edges print it without a stack trace and exit 2.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** The message of any thrown value, on one line. */
export function oneLine(error: unknown): string {
  return messageOf(error).replace(/\s*\n\s*/g, ' ').trim()
}

/** The first line of a thrown value's message: whatever follows could be a stack. */
export function firstLine(error: unknown): string {
  return oneLine((messageOf(error).split('\n', 1)[0] ?? '').trim())
}

/** A thrown value's message. Not `instanceof Error`: errors from another realm (a vm context, a worker) must read the same. */
function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : String(error)
}

/** How a side that cannot be used is reported: the finding kind, and one message per finding. */
export type UnusableKind = 'missing' | 'unreadable' | 'unsafe-path'

/**
 * A side whose run dir cannot be acquired (a folder or zip that is not there, an archive refused
 * as unsafe or over a limit, an artifact that cannot be downloaded, no run dir or several inside
 * it). Acquirers throw it; `compareSides` turns it into an `error` report whose findings are
 * `problems`. `message` is the one line the edges log.
 */
export class UnusableSideError extends UserError {
  override name = 'UnusableSideError'
  constructor(
    message: string,
    readonly kind: UnusableKind = 'unreadable',
    readonly problems: string[] = [message]
  ) {
    super(message)
  }
}
