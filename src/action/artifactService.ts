import { HttpStatusError, sendForJson, send } from './http.js'
import { registerSecret } from './secrets.js'

/**
 * Where an artifact is and how to fetch it: the Actions results service (Twirp) for this run's
 * artifacts, the REST API for another run's. One request per call, bounded by a timeout; the
 * caller retries (see `artifacts.ts`). This replaces `@actions/artifact`'s download, whose
 * requests have no overall deadline and whose digest mismatch and `/zip` redirect are not retried.
 */

/** Which artifact, from where, with what credentials. */
export interface ArtifactLocation {
  name: string
  /** Another workflow run; absent for this run. */
  runId?: number
  repository: { owner: string; repo: string }
  token: string
}

/** An artifact as listed. */
export interface ArtifactInfo {
  id: number
  name: string
  /** Size of the zip in bytes. */
  size: number
  /** `sha256:<hex>`, when recorded. */
  digest?: string
  expired: boolean
}

/** How one request is bounded: its own timeout, and the artifact's deadline. */
export interface RequestBounds {
  timeoutMs: number
  deadline: AbortSignal
}

const TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService'
const USER_AGENT = 'dualrun'

/** The runner's credentials for the results service, from `ACTIONS_RUNTIME_TOKEN` (its `Actions.Results` scope names the backend ids) and `ACTIONS_RESULTS_URL`. */
function resultsAccess(env: NodeJS.ProcessEnv = process.env): { origin: string; token: string; runBackendId: string; jobBackendId: string } {
  const token = env['ACTIONS_RUNTIME_TOKEN']
  const url = env['ACTIONS_RESULTS_URL']
  if (!token || !url) throw new Error('ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: artifacts of this run can only be read by a step running on an Actions runner')
  let scopes = ''
  try {
    scopes = String((JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown }).scp ?? '')
  } catch {
    // an unreadable token has no scope
  }
  const results = scopes.split(' ').find((s) => s.startsWith('Actions.Results:'))
  const [, runBackendId, jobBackendId] = results?.split(':') ?? []
  if (!runBackendId || !jobBackendId) throw new Error('ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope; artifacts of this run cannot be read')
  return { origin: new URL(url).origin, token, runBackendId, jobBackendId }
}

async function twirp<T>(method: string, body: Record<string, unknown>, bounds: RequestBounds): Promise<T> {
  const access = resultsAccess()
  return sendForJson<T>(
    `${access.origin}/twirp/${TWIRP_SERVICE}/${method}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${access.token}`, 'user-agent': USER_AGENT },
      body: JSON.stringify({ workflow_run_backend_id: access.runBackendId, workflow_job_run_backend_id: access.jobBackendId, ...body })
    },
    bounds.timeoutMs,
    bounds.deadline
  )
}

function apiUrl(path: string): string {
  return `${(process.env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '')}${path}`
}

function restHeaders(token: string): Record<string, string> {
  return { authorization: `token ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': USER_AGENT }
}

interface TwirpArtifact {
  database_id: string
  name: string
  size: string
  digest?: string
}

interface RestArtifact {
  id: number
  name: string
  size_in_bytes: number
  digest?: string | null
  expired: boolean
}

/** The newest artifact, as `@actions/artifact` picks it when several share a name. */
function newest(list: ArtifactInfo[]): ArtifactInfo | undefined {
  return [...list].sort((a, b) => b.id - a.id)[0]
}

/** Artifacts of the location's run, filtered by name when `name` is given (one page of 100 for another run's: the names shown in a message). */
export async function listArtifacts(location: ArtifactLocation, name: string | undefined, bounds: RequestBounds): Promise<ArtifactInfo[]> {
  if (location.runId === undefined) {
    const { artifacts } = await twirp<{ artifacts?: TwirpArtifact[] }>('ListArtifacts', name === undefined ? {} : { name_filter: name }, bounds)
    return (artifacts ?? []).map((a) => ({ id: Number(a.database_id), name: a.name, size: Number(a.size), ...(a.digest && { digest: a.digest }), expired: false }))
  }
  const { owner, repo } = location.repository
  const query = new URLSearchParams({ per_page: '100', ...(name !== undefined && { name }) })
  const { artifacts } = await sendForJson<{ artifacts?: RestArtifact[] }>(
    apiUrl(`/repos/${owner}/${repo}/actions/runs/${location.runId}/artifacts?${query}`),
    { headers: restHeaders(location.token) },
    bounds.timeoutMs,
    bounds.deadline
  )
  return (artifacts ?? []).map((a) => ({ id: a.id, name: a.name, size: a.size_in_bytes, ...(a.digest && { digest: a.digest }), expired: a.expired }))
}

/** The artifact named `location.name` (the newest when several), or undefined when there is none. */
export async function findArtifact(location: ArtifactLocation, bounds: RequestBounds): Promise<ArtifactInfo | undefined> {
  return newest((await listArtifacts(location, location.name, bounds)).filter((a) => a.name === location.name))
}

/** Masks the signature-like query values of a signed URL in the log (it is never printed, but a library or proxy might echo it). */
function maskSignature(url: string): void {
  for (const [key, value] of new URL(url).searchParams) if (/sig|signature|token|credential/i.test(key)) registerSecret(value)
}

/**
 * A short-lived URL of the artifact's zip in blob storage: the results service's signed URL for
 * this run's artifact, the `Location` of the REST `/zip` redirect for another run's. The token
 * never goes to blob storage.
 */
export async function signedZipUrl(location: ArtifactLocation, artifact: ArtifactInfo, bounds: RequestBounds): Promise<string> {
  let url: string
  if (location.runId === undefined) {
    url = (await twirp<{ signed_url?: string }>('GetSignedArtifactURL', { name: artifact.name }, bounds)).signed_url ?? ''
  } else {
    const { owner, repo } = location.repository
    const response = await send(
      apiUrl(`/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`),
      { headers: restHeaders(location.token), redirect: 'manual', acceptRedirect: true },
      bounds.timeoutMs,
      bounds.deadline
    )
    await response.body?.cancel()
    url = response.headers.get('location') ?? ''
    if (!url) throw new HttpStatusError(response.status, `the /zip answer (HTTP ${response.status}) has no redirect`, response.headers)
  }
  if (!url) throw new Error('the results service answered without a signed URL')
  maskSignature(url)
  return url
}
