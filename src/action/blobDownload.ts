import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { formatBytes } from '../core/model/byteSize.js'
import { HttpStatusError, networkCause } from './http.js'
import { TransientError } from './retry.js'

/** A download whose bytes do not match the artifact's recorded digest; retried, then reported as corrupted. */
export class DigestMismatchError extends TransientError {
  override name = 'DigestMismatchError'
  constructor(
    readonly recorded: string,
    readonly received: string
  ) {
    super(`the zip's digest ${received} is not the recorded ${recorded}`)
  }
}

/** What one body download expects and how it is bounded and reported. */
export interface BlobDownload {
  url: string
  file: string
  /** The artifact's zip size as listed, in bytes. */
  size: number
  digest?: string
  /** Longest silence (no headers, then no bytes) before the attempt is abandoned. */
  stallMs: number
  deadline: AbortSignal
  progressIntervalMs: number
  /** Hears progress lines, at most one per interval. */
  progress: (message: string) => void
  /** Hears what the download is doing now, for the message when the deadline ends it. */
  stage: (what: string) => void
}

/** "1.2 MiB of 4.0 MiB (30%)", or bytes alone when the size is unknown. */
function progressText(received: number, total: number): string {
  const percent = total > 0 ? ` (${Math.min(100, Math.floor((received / total) * 100))}%)` : ''
  return `${formatBytes(received)} of ${formatBytes(total)}${percent}`
}

/**
 * Downloads the zip body at `url` into `file` once: bytes are hashed as they arrive, the attempt is
 * abandoned after `stallMs` without a byte, and a body shorter than announced or listed, a reset
 * connection or a digest mismatch is a {@link TransientError} for the caller to retry. When the
 * deadline aborts, its reason is thrown.
 */
export async function downloadBlob(d: BlobDownload): Promise<void> {
  const stall = new AbortController()
  let timer = setTimeout(() => stall.abort(), d.stallMs)
  const keepAlive = () => {
    clearTimeout(timer)
    timer = setTimeout(() => stall.abort(), d.stallMs)
  }
  let received = 0
  const failure = (error: unknown, during: string): unknown => {
    if (d.deadline.aborted) return d.deadline.reason
    if (stall.signal.aborted) return new TransientError(`no data for ${d.stallMs} ms ${during}, at ${progressText(received, d.size)}`)
    if (error instanceof HttpStatusError || error instanceof TransientError) return error
    return new TransientError(`connection lost ${during} at ${progressText(received, d.size)} (${networkCause(error)})`)
  }
  const out = createWriteStream(d.file)
  const closed = once(out, 'close')
  try {
    d.stage('waiting for blob storage to answer')
    let response: Response
    try {
      response = await fetch(d.url, { signal: AbortSignal.any([stall.signal, d.deadline]) })
    } catch (error) {
      throw failure(error, 'waiting for blob storage to answer')
    }
    if (!response.ok || !response.body) throw new HttpStatusError(response.status, `blob storage answered HTTP ${response.status}`, response.headers)
    keepAlive()
    const announced = Number(response.headers.get('content-length') ?? Number.NaN)
    const hash = createHash('sha256')
    let lastReport = Date.now()
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        keepAlive()
        received += chunk.length
        hash.update(chunk)
        if (!out.write(chunk)) await once(out, 'drain')
        d.stage(`receiving the zip from blob storage, at ${progressText(received, d.size)}`)
        if (Date.now() - lastReport >= d.progressIntervalMs) {
          lastReport = Date.now()
          d.progress(progressText(received, d.size))
        }
      }
    } catch (error) {
      throw failure(error, 'receiving the zip')
    }
    const expected = Number.isFinite(announced) ? announced : d.size
    if (received !== expected || (d.size > 0 && received !== d.size)) {
      throw new TransientError(`the zip ended after ${formatBytes(received)} instead of ${formatBytes(Number.isFinite(announced) ? announced : d.size)}`)
    }
    const digest = `sha256:${hash.digest('hex')}`
    if (d.digest !== undefined && d.digest.toLowerCase().replace(/^sha256:/, '') !== digest.slice('sha256:'.length)) throw new DigestMismatchError(d.digest, digest)
  } finally {
    clearTimeout(timer)
    out.end()
    await closed
  }
}
