import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { UserError, oneLine } from '../core/model/errors.js'

/** What the action needs from the workflow run it is a step of. */
export interface RunContext {
  eventName: string
  /** The repository the workflow runs in. */
  repo: { owner: string; repo: string }
  runId: number
  /** `GITHUB_RUN_ATTEMPT`: 1, then 2 for the first re-run, and so on. */
  runAttempt: number
  /** `GITHUB_JOB`, the job's id in the workflow. */
  job: string
  serverUrl: string
  /** A `pull_request` event whose head repository is not the base repository: its token is read-only. */
  fromFork: boolean
  /** The commit the check run goes on: the PR head, the triggering run's head, or `GITHUB_SHA`. */
  headSha: string
  /** The PR the event is about, when the payload names one. */
  prNumber?: number
  /** For `workflow_run` from a fork: where to look the PR up by its head branch. */
  workflowRunHead?: { owner: string; branch: string; sha: string }
}

/** Events whose token is read-only when the pull request comes from a fork. */
const READ_ONLY_FORK_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } }
  workflow_run?: {
    head_sha?: string
    head_branch?: string
    head_repository?: { owner?: { login?: string } }
    pull_requests?: { number?: number }[]
  }
  issue?: { number?: number; pull_request?: unknown }
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch {
    return {}
  }
}

/** Reads the run context from the runner's environment (`GITHUB_*`) and the event payload. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  if (!owner || !repo) throw new UserError('GITHUB_REPOSITORY is not set; dualrun must run as a step of a GitHub Actions job')
  const payload = readPayload(env['GITHUB_EVENT_PATH'])
  const run = payload.workflow_run
  const prNumber = payload.pull_request?.number ?? run?.pull_requests?.[0]?.number
  const headSha = payload.pull_request?.head?.sha ?? run?.head_sha ?? env['GITHUB_SHA'] ?? ''
  const headOwner = run?.head_repository?.owner?.login
  const pr = payload.pull_request
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const headRepo = pr?.head?.repo?.full_name
  const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`
  return {
    eventName,
    repo: { owner, repo },
    runId: Number(env['GITHUB_RUN_ID'] ?? 0),
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1) || 1,
    job: env['GITHUB_JOB'] ?? '',
    serverUrl: (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    // A deleted fork leaves head.repo null: still not the base repository. pull_request_target runs with the base's token.
    fromFork: READ_ONLY_FORK_EVENTS.has(eventName) && pr !== undefined && (pr.head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase())),
    headSha,
    ...(prNumber !== undefined && { prNumber }),
    ...(run && headOwner && run.head_branch && run.head_sha && { workflowRunHead: { owner: headOwner, branch: run.head_branch, sha: run.head_sha } })
  }
}

/** True on GitHub Enterprise Server, where `@actions/artifact` cannot download (same rule as the library's). */
export function isGhes(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toUpperCase()
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

/**
 * The runner's temporary folder (`RUNNER_TEMP`, else the system's), created when it does not
 * exist yet (a self-hosted runner's cleanup may have removed it); a UserError when it cannot be.
 */
export async function runnerTempDir(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const folder = env['RUNNER_TEMP'] || tmpdir()
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    throw new UserError(`RUNNER_TEMP ${folder} does not exist and cannot be created (${oneLine(error)}); dualrun writes its downloads and reports there`)
  }
  return folder
}
