import { mkdtemp, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { UnusableSideError } from '../core/model/errors.js'
import type { ReadLimits } from '../core/model/limits.js'
import { formatBytes } from '../core/model/byteSize.js'
import { setting } from '../core/model/options.js'
import { findArtifact, listArtifacts, signedZipUrl } from './artifactService.js'
import { DigestMismatchError, downloadBlob } from './blobDownload.js'
import { describeHttpError } from './github.js'
import { rateLimitHint } from './hints.js'
import { Input } from './inputs.js'
import { httpStatus, primaryRateLimitReset, withRetry, type RetryPolicy } from './retry.js'

/**
 * Workflow artifacts: downloading each side's run dir (from this run or another one, retried,
 * bounded by a deadline, digest verified, size-checked, extracted by {@link extractZip}) and
 * uploading the full report. `@actions/artifact` (upload only) is imported lazily: it is large
 * and unused in `left-path`/`right-path` mode.
 */

/** Which artifact to download, and from where. */
export interface ArtifactRequest {
  name: string
  /** Another workflow run; absent for this run. */
  runId?: number
  /** The repository of `runId` (this repository for the current run). */
  repository: { owner: string; repo: string }
  token: string
  /** The current run's id, for messages. */
  currentRunId: number
}

/** "run 900 of octo/repo" or "this run (123) of octo/repo", for every message about an artifact. */
export function describeSource(request: ArtifactRequest): string {
  const repo = `${request.repository.owner}/${request.repository.repo}`
  return request.runId === undefined ? `this run (${request.currentRunId}) of ${repo}` : `run ${request.runId} of ${repo}`
}

/** How one artifact's download is bounded and reported. */
export interface DownloadSettings {
  /** Overall deadline for the artifact, every attempt included, in milliseconds (the `download-timeout` input). */
  deadlineMs: number
  /** Longest wait for one answer, or between two chunks of the body. */
  requestTimeoutMs: number
  progressIntervalMs: number
  policy: RetryPolicy
  /** Hears the log lines: size, progress, retries. */
  log: (message: string) => void
}

/** The artifact's deadline passed; `stage` says what the download was doing then. */
class DeadlineError extends Error {
  override name = 'DeadlineError'
}

/** "10m", "90s" or "1m 30s": a deadline as the input would write it. */
function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return ms < 1000 ? `${ms}ms` : `${seconds}s`
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`
}

/** Turns a final download failure into one line naming the artifact, the run and the repository, with the hint that fits. */
function downloadError(request: ArtifactRequest, error: unknown, attempts: number): UnusableSideError {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  if (error instanceof DigestMismatchError) {
    return new UnusableSideError(`${where} does not match its recorded digest ${error.recorded} (${attempts} downloads gave ${error.received}); refusing to compare a corrupted download`)
  }
  const reset = primaryRateLimitReset(error)
  if (reset !== undefined) return new UnusableSideError(`cannot read ${where}: ${describeHttpError(error)}; ${rateLimitHint(reset)}`)
  switch (httpStatus(error)) {
    case 410:
      return new UnusableSideError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, 'missing')
    case 401:
    case 403:
    case 404:
      return new UnusableSideError(`cannot read ${where}: ${describeHttpError(error)}; the github-token needs actions: read on ${request.repository.owner}/${request.repository.repo}`)
    default:
      return new UnusableSideError(`cannot download ${where}: ${describeHttpError(error)}`)
  }
}

/**
 * Downloads the artifact's zip into `zipFile`: looks it up (refusing up front one larger than
 * `limits.maxTotalBytes`), then gets a signed URL and the body, digest verified. Every step is
 * retried on transient failures (5xx, reset, timeout, short body, digest mismatch) with backoff,
 * all within the artifact's deadline; the log shows the size and the progress.
 */
async function downloadZip(request: ArtifactRequest, zipFile: string, limits: ReadLimits, settings: DownloadSettings): Promise<void> {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  const deadline = new AbortController()
  let stage = 'looking the artifact up'
  const timer = setTimeout(() => deadline.abort(new DeadlineError(stage)), settings.deadlineMs)
  const bounds = { timeoutMs: settings.requestTimeoutMs, deadline: deadline.signal }
  const retried = <T>(what: string, call: () => Promise<T>): Promise<T> => {
    stage = what
    return withRetry(call, (error, delayMs) => settings.log(`${what} failed (${describeHttpError(error)}); retrying in ${delayMs} ms`), settings.policy, deadline.signal).then(
      (value) => {
        if (deadline.signal.aborted) throw deadline.signal.reason
        return value
      },
      (error: unknown) => {
        throw deadline.signal.aborted ? deadline.signal.reason : error
      }
    )
  }
  try {
    const artifact = await retried('looking the artifact up', () => findArtifact(request, bounds))
    if (artifact === undefined) {
      const names = await retried('listing the artifacts', () => listArtifacts(request, undefined, bounds)).then(
        (list) => [...new Set(list.map((a) => a.name))].sort(),
        () => undefined
      )
      const there = names === undefined ? 'the artifact list could not be read' : names.length > 0 ? `artifacts there: ${names.join(', ')}` : 'that run has no artifacts'
      throw new UnusableSideError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, 'missing')
    }
    if (artifact.expired) throw new UnusableSideError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, 'missing')
    if (artifact.size > limits.maxTotalBytes) throw tooLarge(where, artifact.size, limits)
    settings.log(`${formatBytes(artifact.size)} to download (zip, digest ${artifact.digest ?? 'not recorded'})`)
    const started = Date.now()
    await retried('downloading the zip', async () => {
      const url = await retried('getting the signed download URL', () => signedZipUrl(request, artifact, bounds))
      stage = 'downloading the zip'
      await downloadBlob({
        url,
        file: zipFile,
        size: artifact.size,
        ...(artifact.digest !== undefined && { digest: artifact.digest }),
        stallMs: settings.requestTimeoutMs,
        deadline: deadline.signal,
        progressIntervalMs: settings.progressIntervalMs,
        progress: (text) => settings.log(text),
        stage: (what) => (stage = what)
      })
    })
    settings.log(`downloaded ${formatBytes(artifact.size)} in ${((Date.now() - started) / 1000).toFixed(1)} s, digest verified`)
  } catch (error) {
    if (error instanceof UnusableSideError) throw error
    if (error instanceof DeadlineError) {
      throw new UnusableSideError(`${where} did not download within ${formatDuration(settings.deadlineMs)} (${Input.DownloadTimeout}); it stalled ${error.message}`)
    }
    throw downloadError(request, error, settings.policy.attempts)
  } finally {
    clearTimeout(timer)
  }
}

function tooLarge(where: string, size: number, limits: ReadLimits): UnusableSideError {
  return new UnusableSideError(
    `${where} is ${formatBytes(size)} zipped, over the ${Input.MaxArtifactSize} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${setting(Input.MaxArtifactSize)} to accept it)`
  )
}

/**
 * Downloads the artifact's zip into a fresh folder under `runnerTemp` (see {@link downloadZip})
 * and returns its path, with `cleanup` to remove it. The core extracts it and finds the run dir
 * inside. Every failure is an UnusableSideError naming the artifact, the run and the repository.
 */
export async function downloadArtifactZip(request: ArtifactRequest, runnerTemp: string, side: string, limits: ReadLimits, settings: DownloadSettings): Promise<{ zip: string; cleanup: () => Promise<void> }> {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side}-zip-`))
  const cleanup = (): Promise<void> => rm(zipFolder, { recursive: true, force: true })
  try {
    const zip = join(zipFolder, 'artifact.zip')
    await downloadZip(request, zip, limits, settings)
    const size = (await stat(zip)).size
    if (size > limits.maxTotalBytes) throw tooLarge(where, size, limits)
    return { zip, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** Uploads the report files as one workflow artifact and returns its id. */
export async function uploadReportArtifact(name: string, files: string[], rootDirectory: string): Promise<number | undefined> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory)
  return id
}
