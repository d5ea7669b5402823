import { mkdtemp, readdir, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/errors.js'
import { describeHttpError } from './github.js'
import { httpStatus } from './retry.js'

/**
 * Workflow artifacts: downloading each side's run dir (from this run or another one, digest
 * verified) and uploading the full report. `@actions/artifact` is imported lazily, inside these
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
function downloadError(request: ArtifactRequest, error: unknown): UserError {
  const where = `artifact ${request.name} in ${describeSource(request)}`
  switch (httpStatus(error)) {
    case 410:
      return new UserError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`)
    case 401:
    case 403:
    case 404:
      return new UserError(`cannot read ${where}: ${describeHttpError(error)}; the github-token needs actions:read on ${request.repository.owner}/${request.repository.repo}`)
    default:
      return new UserError(`cannot download ${where}: ${describeHttpError(error)}`)
  }
}

/**
 * Downloads the artifact into a fresh folder under `runnerTemp`, verifying its digest, and returns
 * the run dir inside it (see {@link locateRunDir}).
 */
export async function downloadRunDir(request: ArtifactRequest, runnerTemp: string, side: 'left' | 'right', runDir: string | undefined): Promise<string> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const options = findOptions(request)
  const where = `artifact ${request.name} in ${describeSource(request)}`

  let artifact: { id: number; digest?: string }
  try {
    artifact = (await client.getArtifact(request.name, options)).artifact
  } catch (error) {
    if (!isNotFound(error)) throw downloadError(request, error)
    const names = await client.listArtifacts({ ...options, latest: true }).then(
      (list) => list.artifacts.map((a) => a.name).sort(),
      () => undefined
    )
    const there = names === undefined ? 'the artifact list could not be read' : names.length > 0 ? `artifacts there: ${names.join(', ')}` : 'that run has no artifacts'
    throw new UserError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`)
  }

  const folder = await mkdtemp(join(runnerTemp, `dualrun-${side}-`))
  let digestMismatch = false
  try {
    const result = await client.downloadArtifact(artifact.id, {
      path: folder,
      ...(artifact.digest && { expectedHash: artifact.digest }),
      ...(options && { findBy: options.findBy })
    })
    digestMismatch = result.digestMismatch === true
  } catch (error) {
    throw downloadError(request, error)
  }
  if (digestMismatch) throw new UserError(`${where} does not match its recorded digest ${artifact.digest ?? ''}; refusing to compare a corrupted download`)
  return locateRunDir(folder, runDir, where)
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
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new UserError(`run-dir '${runDir}' points outside ${where}`)
    if (!(await isDirectory(chosen))) throw new UserError(`run-dir '${runDir}' is not a folder in ${where}`)
    return chosen
  }
  const folders = await foldersWithMarker(root)
  if (folders.length === 1) return join(root, folders[0]!)
  if (folders.length === 0) throw new UserError(`${where} holds no ${RUN_DIR_MARKER}; set run-dir to the folder inside the artifact that is the run dir`)
  throw new UserError(`${where} holds ${folders.length} folders with ${RUN_DIR_MARKER} (${folders.join(', ')}); set run-dir to one of them`)
}

/** Uploads the report files as one workflow artifact and returns its id. */
export async function uploadReportArtifact(name: string, files: string[], rootDirectory: string): Promise<number | undefined> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory)
  return id
}
