import { RequestTimeoutError, TransientError } from './retry.js'

/**
 * Plain HTTP for the download steps (artifact lookup, signed URL, `/zip` redirect): one request
 * with a timeout, its failures shaped for {@link retryDelay} (an HTTP status, a timeout, or a
 * transient network error) and for `describeHttpError` (status and the service's first message line).
 */

/** An HTTP answer that is not a success, with its status and headers (as Octokit's `RequestError` has them). */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError'
  readonly response: { headers: Record<string, string> }
  constructor(
    readonly status: number,
    message: string,
    headers: Headers
  ) {
    super(message)
    this.response = { headers: Object.fromEntries(headers.entries()) }
  }
}

/** The one-line message of an error answer: GitHub's `message`, Twirp's `msg`, or the status text. */
async function answerMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { message?: unknown; msg?: unknown }
    const message = typeof body.message === 'string' ? body.message : typeof body.msg === 'string' ? body.msg : ''
    if (message) return message.split('\n')[0]!.slice(0, 200)
  } catch {
    // not JSON
  }
  return response.statusText || `HTTP ${response.status}`
}

/** Why a request failed before an answer: the network error's code, or its message. */
export function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
  if (typeof cause?.code === 'string') return cause.code
  if (typeof cause?.message === 'string') return cause.message
  return error instanceof Error ? error.message : String(error)
}

/**
 * Sends one request, abandoned after `timeoutMs` or when `deadline` aborts (then its reason is
 * thrown). A network failure becomes a {@link TransientError}, a non-2xx answer (3xx included
 * when `redirect` is `manual` and `acceptRedirect` is false) an {@link HttpStatusError}.
 */
export async function send(url: string, init: RequestInit & { acceptRedirect?: boolean }, timeoutMs: number, deadline: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.any([timeout, deadline]) })
  } catch (error) {
    if (deadline.aborted) throw deadline.reason
    if (timeout.aborted) throw new RequestTimeoutError(timeoutMs)
    throw new TransientError(`connection failed (${networkCause(error)})`)
  }
  const redirected = init.acceptRedirect === true && response.status >= 300 && response.status < 400
  if (!response.ok && !redirected) throw new HttpStatusError(response.status, await answerMessage(response), response.headers)
  return response
}

/** {@link send}, then the answer's JSON body (a body cut short is transient). */
export async function sendForJson<T>(url: string, init: RequestInit, timeoutMs: number, deadline: AbortSignal): Promise<T> {
  const response = await send(url, init, timeoutMs, deadline)
  try {
    return (await response.json()) as T
  } catch (error) {
    if (deadline.aborted) throw deadline.reason
    throw new TransientError(`the answer could not be read (${networkCause(error)})`)
  }
}
