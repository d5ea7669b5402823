import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/model/errors.js'
import type { ReadLimits } from '../core/model/limits.js'
import { shorten } from '../render/format.js'
import { extractZip, REFUSED_ENTRIES_LISTED, ZipRefusedError, type ZipRefusal } from '../core/acquire/zip.js'
import { formatBytes } from '../core/model/byteSize.js'
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

/** The file that marks a run dir. */
export const RUN_DIR_MARKER = 'run_summary.v1.json'

/** Deepest folder searched for the run dir inside an extracted artifact. */
const RUN_DIR_SEARCH_DEPTH = 6

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

/** How an artifact problem is reported: the finding kind, and one message per finding (never an entry's content). */
export type ArtifactProblemKind = 'missing' | 'unreadable' | 'unsafe-path'

/** One side's artifact cannot be compared: `message` is the log line, each of `problems` becomes a finding. */
export class ArtifactError extends UserError {
  override name = 'ArtifactError'
  constructor(
    message: string,
    readonly kind: ArtifactProblemKind = 'unreadable',
    readonly problems: string[] = [message]
  ) {
    super(message)
  }
}

/** The input that raises each limit. */
const LIMIT_INPUT: Record<keyof ReadLimits, Input> = {
  maxFileBytes: Input.MaxFileSize,
  maxTotalBytes: Input.MaxArtifactSize,
  maxFiles: Input.MaxFiles
}

/** Bidi controls, shown as escapes in quoted names so a name reads as what it is. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** An entry name from an untrusted archive, quoted on one line: controls and Bidi escaped, shortened. */
export function quoteEntryName(name: string): string {
  return JSON.stringify(shorten(name, 160)).replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The refusal of `where`'s zip as one line naming the limit and the input that raises it, or each unsafe entry. */
function refusalError(where: string, refusal: ZipRefusal, limits: ReadLimits): ArtifactError {
  switch (refusal.reason) {
    case 'limit': {
      const input = LIMIT_INPUT[refusal.limit]
      const limit = limits[refusal.limit]
      const what =
        refusal.limit === 'maxFiles'
          ? `holds ${refusal.value.toLocaleString('en-US')} entries, over the ${input} limit of ${limit.toLocaleString('en-US')}`
          : refusal.limit === 'maxFileBytes'
            ? `holds entry ${quoteEntryName(refusal.entry ?? '')} of ${formatBytes(refusal.value)}, over the ${input} limit of ${formatBytes(limit)}`
            : `holds more than ${formatBytes(limit)} once extracted, over the ${input} limit`
      return new ArtifactError(`${where} ${what}; refused before extraction (raise ${input} to accept it)`)
    }
    case 'ratio':
      return new ArtifactError(
        `${where} holds entry ${quoteEntryName(refusal.entry)} that declares ${formatBytes(refusal.uncompressed)} from ${formatBytes(refusal.compressed)} compressed, more than deflate can produce (a zip bomb); refused before extraction`
      )
    case 'corrupt':
      return new ArtifactError(`${where} is not a zip that can be read safely (${refusal.detail}); refused`)
    case 'unsafe': {
      const listed = refusal.entries.slice(0, REFUSED_ENTRIES_LISTED)
      const more = refusal.entries.length - listed.length
      const names = listed.map((e) => quoteEntryName(e.name)).join(', ') + (more > 0 ? ` and ${more} more` : '')
      return new ArtifactError(
        `${where} holds ${refusal.entries.length} unsafe ${refusal.entries.length === 1 ? 'entry' : 'entries'} (${names}); refused: nothing of it was extracted`,
        'unsafe-path',
        [...listed.map((e) => `${where}: entry ${quoteEntryName(e.name)} ${e.problem}; the artifact was not extracted`), ...(more > 0 ? [`${where}: ${more} more unsafe entries`] : [])]
      )
    }
  }
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
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return ms < 1000 ? `${ms}ms` : `${seconds}s`
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`
}

/** Turns a final download failure into one line naming the artifact, the run and the repository, with the hint that fits. */
function downloadError(request: ArtifactRequest, error: unknown, attempts: number): ArtifactError {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  if (error instanceof DigestMismatchError) {
    return new ArtifactError(`${where} does not match its recorded digest ${error.recorded} (${attempts} downloads gave ${error.received}); refusing to compare a corrupted download`)
  }
  const reset = primaryRateLimitReset(error)
  if (reset !== undefined) return new ArtifactError(`cannot read ${where}: ${describeHttpError(error)}; ${rateLimitHint(reset)}`)
  switch (httpStatus(error)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, 'missing')
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error)}; the github-token needs actions: read on ${request.repository.owner}/${request.repository.repo}`)
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error)}`)
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
      throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, 'missing')
    }
    if (artifact.expired) throw new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, 'missing')
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
    if (error instanceof ArtifactError) throw error
    if (error instanceof DeadlineError) {
      throw new ArtifactError(`${where} did not download within ${formatDuration(settings.deadlineMs)} (${Input.DownloadTimeout}); it stalled ${error.message}`)
    }
    throw downloadError(request, error, settings.policy.attempts)
  } finally {
    clearTimeout(timer)
  }
}

function tooLarge(where: string, size: number, limits: ReadLimits): ArtifactError {
  return new ArtifactError(
    `${where} is ${formatBytes(size)} zipped, over the ${Input.MaxArtifactSize} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${Input.MaxArtifactSize} to accept it)`
  )
}

/**
 * Downloads the artifact's zip into a fresh folder under `runnerTemp` (see {@link downloadZip}),
 * extracts it with {@link extractZip} and returns the run dir inside it (see {@link locateRunDir}).
 * Every failure is an {@link ArtifactError} naming the artifact, the run and the repository.
 */
export async function downloadRunDir(request: ArtifactRequest, runnerTemp: string, side: 'left' | 'right', runDir: string | undefined, limits: ReadLimits, settings: DownloadSettings): Promise<string> {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side}-zip-`))
  try {
    const zip = join(zipFolder, 'artifact.zip')
    await downloadZip(request, zip, limits, settings)
    const size = (await stat(zip)).size
    if (size > limits.maxTotalBytes) throw tooLarge(where, size, limits)
    const folder = await mkdtemp(join(runnerTemp, `dualrun-${side}-`))
    try {
      await extractZip(zip, folder, limits)
    } catch (error) {
      await rm(folder, { recursive: true, force: true })
      if (error instanceof ZipRefusedError) throw refusalError(where, error.refusal, limits)
      throw error
    }
    return await locateRunDir(folder, runDir, where)
  } finally {
    await rm(zipFolder, { recursive: true, force: true })
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
}

/** Every folder (relative, `.` for the top) up to the search depth that holds the run-dir marker file. */
async function foldersWithMarker(root: string): Promise<string[]> {
  const found: string[] = []
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) found.push(relative(root, dir) || '.')
    if (depth >= RUN_DIR_SEARCH_DEPTH) return
    for (const e of entries) if (e.isDirectory()) await visit(join(dir, e.name), depth + 1)
  }
  await visit(root, 0)
  return found.sort()
}

/**
 * The run dir inside an extracted artifact: `runDir` when given (it must stay inside the artifact),
 * else the one folder holding `run_summary.v1.json`. Several or none is an error naming them.
 */
export async function locateRunDir(root: string, runDir: string | undefined, where: string): Promise<string> {
  if (runDir !== undefined) {
    const chosen = resolve(root, runDir)
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new ArtifactError(`run-dir '${runDir}' points outside ${where}`, 'unsafe-path')
    if (!(await isDirectory(chosen))) throw new ArtifactError(`run-dir '${runDir}' is not a folder in ${where}`, 'missing')
    return chosen
  }
  const folders = await foldersWithMarker(root)
  if (folders.length === 1) return join(root, folders[0]!)
  if (folders.length === 0) throw new ArtifactError(`${where} holds no ${RUN_DIR_MARKER}; set run-dir to the folder inside the artifact that is the run dir`, 'missing')
  throw new ArtifactError(`${where} holds ${folders.length} folders with ${RUN_DIR_MARKER} (${folders.join(', ')}); set run-dir to one of them`)
}

/** Uploads the report files as one workflow artifact and returns its id. */
export async function uploadReportArtifact(name: string, files: string[], rootDirectory: string): Promise<number | undefined> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory)
  return id
}
