import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/model/errors.js'
import type { ReadLimits } from '../core/model/limits.js'
import { shorten } from '../render/format.js'
import { extractZip, REFUSED_ENTRIES_LISTED, ZipRefusedError, type ZipRefusal } from '../core/acquire/zip.js'
import { formatBytes } from '../core/model/byteSize.js'
import { describeHttpError } from './github.js'
import { Input } from './inputs.js'
import { httpStatus } from './retry.js'

/**
 * Workflow artifacts: downloading each side's run dir (from this run or another one, digest
 * verified, size-checked, extracted by {@link extractZip} and never by the library's unchecked
 * extractor) and uploading the full report. `@actions/artifact` is imported lazily, inside these
 * functions: it is large and unused in `left-path`/`right-path` mode.
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

function findOptions(request: ArtifactRequest) {
  return request.runId === undefined
    ? undefined
    : {
        findBy: {
          token: request.token,
          workflowRunId: request.runId,
          repositoryOwner: request.repository.owner,
          repositoryName: request.repository.repo
        }
      }
}

function isNotFound(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'ArtifactNotFoundError'
}

/** Turns a library or HTTP error into one line naming the artifact, the run and the repository. */
function downloadError(request: ArtifactRequest, error: unknown): ArtifactError {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  switch (httpStatus(error)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, 'missing')
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error)}; the github-token needs actions:read on ${request.repository.owner}/${request.repository.repo}`)
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error)}`)
  }
}

/** The one file a raw (`skipDecompress`) download saved into the fresh folder `folder`. */
async function downloadedFile(folder: string, where: string): Promise<string> {
  const names = await readdir(folder)
  if (names.length !== 1) throw new ArtifactError(`${where}: the download left ${names.length} files instead of one zip`)
  return join(folder, names[0]!)
}

/**
 * Downloads the artifact's zip into a fresh folder under `runnerTemp` (refusing up front a zip
 * larger than `limits.maxTotalBytes`), verifies its digest, extracts it with {@link extractZip}
 * and returns the run dir inside it (see {@link locateRunDir}). Every failure is an
 * {@link ArtifactError} naming the artifact, the run and the repository.
 */
export async function downloadRunDir(request: ArtifactRequest, runnerTemp: string, side: 'left' | 'right', runDir: string | undefined, limits: ReadLimits): Promise<string> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const options = findOptions(request)
  const where = `artifact ${request.name} in ${describeSource(request)}`

  let artifact: { id: number; size: number; digest?: string }
  try {
    artifact = (await client.getArtifact(request.name, options)).artifact
  } catch (error) {
    if (!isNotFound(error)) throw downloadError(request, error)
    const names = await client.listArtifacts({ ...options, latest: true }).then(
      (list) => list.artifacts.map((a) => a.name).sort(),
      () => undefined
    )
    const there = names === undefined ? 'the artifact list could not be read' : names.length > 0 ? `artifacts there: ${names.join(', ')}` : 'that run has no artifacts'
    throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, 'missing')
  }
  const tooLarge = (size: number) =>
    new ArtifactError(`${where} is ${formatBytes(size)} zipped, over the ${Input.MaxArtifactSize} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${Input.MaxArtifactSize} to accept it)`)
  if (artifact.size > limits.maxTotalBytes) throw tooLarge(artifact.size)

  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side}-zip-`))
  try {
    let digestMismatch = false
    try {
      const result = await client.downloadArtifact(artifact.id, {
        path: zipFolder,
        skipDecompress: true,
        ...(artifact.digest && { expectedHash: artifact.digest }),
        ...(options && { findBy: options.findBy })
      })
      digestMismatch = result.digestMismatch === true
    } catch (error) {
      throw downloadError(request, error)
    }
    if (digestMismatch) throw new ArtifactError(`${where} does not match its recorded digest ${artifact.digest ?? ''}; refusing to compare a corrupted download`)
    const zip = await downloadedFile(zipFolder, where)
    const size = (await stat(zip)).size
    if (size > limits.maxTotalBytes) throw tooLarge(size)
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
