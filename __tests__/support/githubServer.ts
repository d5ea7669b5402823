/**
 * A loopback HTTP server speaking the parts of GitHub's REST API and of the Actions results
 * (Twirp) artifact service that the action uses, with GitHub's limits. The real `@actions/github`
 * and `@actions/artifact` clients inside `dist/index.js` talk to it, so e2e tests see real requests.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** GitHub's limits, as the real API enforces them, each in its own unit (deliberately not imported from the action). */
const GITHUB = { commentChars: 65_536, checkOutputBytes: 65_535, annotationsPerRequest: 50, annotationMessageBytes: 65_536, annotationTitleChars: 255 }

const utf8 = (text: string | undefined): number => Buffer.byteLength(text ?? '', 'utf8')

/** The Twirp service path prefix of the artifact service. */
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** A comment as stored by the fake. */
export interface FakeComment {
  id: number
  html_url: string
  body: string
  user: { login: string; type: string }
}

/** A check run as stored by the fake, with every annotation it received. */
export interface FakeCheckRun {
  id: number
  html_url: string
  name: string
  head_sha: string
  external_id?: string
  status: string
  conclusion?: string
  output?: { title?: string; summary?: string; text?: string }
  annotations: { path: string; annotation_level: string; title?: string; message: string }[]
}

/** A workflow artifact the fake serves. */
export interface FakeArtifact {
  id: number
  name: string
  runId: number
  zip: Buffer
  /** `sha256:<hex>`; defaults to the zip's real digest. */
  digest?: string
  expired?: boolean
}

/** A report artifact the action uploaded. */
export interface FakeUpload {
  name: string
  bytes: Buffer
  finalized: boolean
}

/** One request as received. */
export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  authorization: string | undefined
  body: unknown
}

/**
 * A failure to inject into the next `times` requests matching method and path:
 * - `status` (with `headers` and `message`): that error answer instead of the real one;
 * - `hang`: no answer at all (the connection is held open until the client gives up);
 * - `reset`: the connection is destroyed without an answer;
 * - `lateMs`: the request is carried out, but answered only after that delay (after the client's timeout);
 * - `cutAfter` (blob downloads): headers announce the whole zip, the body stops after that many
 *   bytes and the connection is closed (`stall`: held open instead, sending nothing more);
 * - `short` (blob downloads): headers and body both say one byte less than the artifact's size;
 * - `corrupt` (blob downloads): the whole body, one byte changed (the digest no longer matches).
 * `echoAuthorization` puts the request's Authorization header into the error message, as a misbehaving proxy might.
 */
export interface Fault {
  method: string
  path: RegExp
  status?: number
  times: number
  headers?: Record<string, string>
  message?: string
  hang?: boolean
  reset?: boolean
  lateMs?: number
  cutAfter?: number
  stall?: boolean
  short?: boolean
  corrupt?: boolean
  echoAuthorization?: boolean
}

/** Something that happens to the fake's state just before the next request matching method and path is handled (e.g. a comment deleted by someone else). */
export interface Interference {
  method: string
  path: RegExp
  run: () => void
}

/** Options of the fake. */
export interface FakeGitHubOptions {
  owner: string
  repo: string
  /** The workflow run the runtime token belongs to (same-run artifacts are of this run). */
  currentRunId: number
  /** Every write is refused with 403, as for a read-only token on a fork PR. */
  readOnly?: boolean
  /** Login `GET /user` answers with; unset, it answers 403 as for an installation token. */
  tokenUser?: string
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' }

/** Backend ids carried in the runtime token's `Actions.Results` scope. */
export const BACKEND_IDS = { run: 'b1f7c7a0-run-backend', job: 'c2e8d8b1-job-backend' }

/** A runtime token (unsigned JWT) whose `scp` claim names the backend ids, as the runner's does. */
export function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${BACKEND_IDS.run}:${BACKEND_IDS.job}`, exp: 4_102_444_800 })}.c2ln`
}

/** `sha256:<hex>` of some bytes, as artifacts record their digest. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** The fake GitHub. Start it, point the action's env at `url`, then assert on its state and `requests`. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments = new Map<number, FakeComment[]>()
  readonly checkRuns = new Map<number, FakeCheckRun>()
  readonly artifacts: FakeArtifact[] = []
  readonly uploads: FakeUpload[] = []
  readonly pulls: { number: number; head: { sha: string; ref: string; label: string } }[] = []
  readonly faults: Fault[] = []
  readonly interferences: Interference[] = []
  private nextId = 1000
  private server: Server | undefined
  private readonly lateAnswers = new Set<NodeJS.Timeout>()
  url = ''

  constructor(readonly options: FakeGitHubOptions) {}

  /** Listens on a free loopback port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.json(res, 500, { message: String(error) }))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** Stops listening. */
  async close(): Promise<void> {
    // Answers still due (lateMs) are never sent: their client is gone with the test.
    for (const late of this.lateAnswers) clearTimeout(late)
    this.lateAnswers.clear()
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** Adds a comment as if someone had written it; returns it. */
  addComment(issue: number, body: string, user = BOT): FakeComment {
    const id = this.nextId++
    const { owner, repo } = this.options
    const comment = { id, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`, body, user }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  /** Deletes a comment, as its author or a moderator would. */
  deleteComment(id: number): void {
    for (const [issue, list] of this.comments) this.comments.set(issue, list.filter((c) => c.id !== id))
  }

  /** Requests whose method and path match. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path))
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  private forbidden(res: ServerResponse): void {
    this.json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const raw = await this.readBody(req)
    const isJson = (req.headers['content-type'] ?? '').includes('json')
    const body: unknown = isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined
    const method = req.method ?? 'GET'
    this.requests.push({ method, path: url.pathname, query: url.searchParams, authorization: req.headers.authorization, body })

    const interference = this.interferences.findIndex((i) => i.method === method && i.path.test(url.pathname))
    if (interference >= 0) this.interferences.splice(interference, 1)[0]!.run()
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname))
    if (fault) fault.times--
    if (fault?.hang) return
    if (fault?.reset) {
      req.socket.destroy()
      return
    }
    if (fault?.status !== undefined) {
      const message = `${fault.message ?? `injected ${fault.status}`}${fault.echoAuthorization ? ` (request had Authorization: ${req.headers.authorization ?? ''})` : ''}`
      return this.json(res, fault.status, { message }, fault.headers)
    }
    if (fault?.lateMs !== undefined) {
      // Carried out now, answered after the client gave up: what GitHub does with a slow create.
      const real = res.end.bind(res)
      const delay = fault.lateMs
      res.end = ((...args: Parameters<typeof res.end>) => {
        const late = setTimeout(() => {
          this.lateAnswers.delete(late)
          real(...args)
        }, delay)
        this.lateAnswers.add(late)
        return res
      }) as typeof res.end
    }
    return this.route(method, url, body, raw, res, fault)
  }

  private route(method: string, url: URL, body: unknown, raw: Buffer, res: ServerResponse, fault: Fault | undefined): void {
    if (url.pathname.startsWith(TWIRP)) return this.twirp(url.pathname.slice(TWIRP.length), body as Record<string, unknown>, res)
    if (url.pathname.startsWith('/blob/')) return this.blob(url, res, fault)
    if (url.pathname.startsWith('/upload/')) return this.upload(url, raw, res)
    return this.rest(method, url, body as Record<string, unknown> | undefined, res)
  }

  private rest(method: string, url: URL, body: Record<string, unknown> | undefined, res: ServerResponse): void {
    const { owner, repo } = this.options
    const path = url.pathname
    const repoPrefix = `/repos/${owner}/${repo}`
    let m: RegExpExecArray | null
    if (method === 'GET' && path === '/user') {
      return this.options.tokenUser ? this.json(res, 200, { login: this.options.tokenUser, type: 'User' }) : this.forbidden(res)
    }
    if (!path.startsWith(`/repos/${owner}/${repo}/`)) return this.json(res, 404, { message: 'Not Found' })
    const rest = path.slice(repoPrefix.length)

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        const all = this.comments.get(issue) ?? []
        const pages = Math.max(1, Math.ceil(all.length / perPage))
        const headers: Record<string, string> = {}
        if (page < pages) headers['link'] = `<${this.url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${path}?per_page=${perPage}&page=${pages}>; rel="last"`
        return this.json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
      }
      if (method === 'POST') {
        if (this.options.readOnly) return this.forbidden(res)
        const text = String(body?.['body'] ?? '')
        if (text.length > GITHUB.commentChars) return this.json(res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] })
        return this.json(res, 201, this.addComment(issue, text))
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1])
      const entry = [...this.comments.entries()].find(([, list]) => list.some((c) => c.id === id))
      if (!entry) return this.json(res, 404, { message: 'Not Found' })
      if (this.options.readOnly) return this.forbidden(res)
      const [issue, list] = entry
      if (method === 'DELETE') {
        this.comments.set(issue, list.filter((c) => c.id !== id))
        res.writeHead(204).end()
        return
      }
      if (method === 'PATCH') {
        const text = String(body?.['body'] ?? '')
        if (text.length > GITHUB.commentChars) return this.json(res, 422, { message: 'Validation Failed' })
        const comment = list.find((c) => c.id === id)!
        comment.body = text
        return this.json(res, 200, comment)
      }
    }
    if (method === 'GET' && rest === '/pulls') {
      const head = url.searchParams.get('head')
      return this.json(res, 200, this.pulls.filter((p) => head === null || p.head.label === head))
    }
    if (rest === '/check-runs' && method === 'POST') {
      if (this.options.readOnly) return this.forbidden(res)
      const invalid = this.invalidOutput(body)
      if (invalid) return this.json(res, 422, { message: invalid })
      const id = this.nextId++
      const run: FakeCheckRun = {
        id,
        html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
        name: String(body?.['name']),
        head_sha: String(body?.['head_sha']),
        ...(typeof body?.['external_id'] === 'string' && { external_id: body['external_id'] }),
        status: String(body?.['status'] ?? 'queued'),
        annotations: []
      }
      this.checkRuns.set(run.id, run)
      this.applyCheckRunUpdate(run, body)
      return this.json(res, 201, run)
    }
    if ((m = /^\/commits\/([0-9a-f]+)\/check-runs$/.exec(rest)) && method === 'GET') {
      const name = url.searchParams.get('check_name')
      const runs = [...this.checkRuns.values()].filter((r) => r.head_sha === m![1] && (name === null || r.name === name))
      return this.json(res, 200, { total_count: runs.length, check_runs: runs })
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'GET') {
      const run = this.checkRuns.get(Number(m[1]))
      return run ? this.json(res, 200, run) : this.json(res, 404, { message: 'Not Found' })
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = this.checkRuns.get(Number(m[1]))
      if (!run) return this.json(res, 404, { message: 'Not Found' })
      if (this.options.readOnly) return this.forbidden(res)
      const invalid = this.invalidOutput(body)
      if (invalid) return this.json(res, 422, { message: invalid })
      this.applyCheckRunUpdate(run, body)
      return this.json(res, 200, run)
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && method === 'GET') {
      const runId = Number(m[1])
      const name = url.searchParams.get('name')
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const all = this.artifacts.filter((a) => a.runId === runId && (name === null || a.name === name))
      return this.json(res, 200, {
        total_count: all.length,
        artifacts: all.slice((page - 1) * perPage, page * perPage).map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: a.expired === true,
          created_at: '2026-11-27T05:30:00Z',
          digest: a.digest ?? sha256Digest(a.zip),
          workflow_run: { id: a.runId }
        }))
      })
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]))
      if (!artifact) return this.json(res, 404, { message: 'Not Found' })
      if (artifact.expired) return this.json(res, 410, { message: 'Artifact has expired' })
      res.writeHead(302, { location: `${this.url}/blob/artifacts/${artifact.id}.zip?sig=blob-signature` }).end()
      return
    }
    this.json(res, 404, { message: `fake GitHub has no route for ${method} ${path}` })
  }

  /** Why GitHub would refuse a check run's output (422), each limit in GitHub's unit; undefined when it is accepted. */
  private invalidOutput(body: Record<string, unknown> | undefined): string | undefined {
    const output = body?.['output'] as { title?: string; summary?: string; text?: string; annotations?: FakeCheckRun['annotations'] & { raw_details?: string }[] } | undefined
    if (!output) return undefined
    if ((output.annotations?.length ?? 0) > GITHUB.annotationsPerRequest) return 'Validation Failed: only 50 annotations are allowed per request'
    if (utf8(output.summary) > GITHUB.checkOutputBytes) return `Invalid request.\n\nsummary exceeds a maximum bytesize of ${GITHUB.checkOutputBytes}`
    if (utf8(output.text) > GITHUB.checkOutputBytes) return `Invalid request.\n\ntext exceeds a maximum bytesize of ${GITHUB.checkOutputBytes}`
    for (const a of output.annotations ?? []) {
      if (utf8(a.message) > GITHUB.annotationMessageBytes || utf8((a as { raw_details?: string }).raw_details) > GITHUB.annotationMessageBytes) return 'Validation Failed: annotation message exceeds 64 KB'
      if ((a.title ?? '').length > GITHUB.annotationTitleChars) return 'Validation Failed: annotation title is too long (maximum is 255 characters)'
    }
    return undefined
  }

  private applyCheckRunUpdate(run: FakeCheckRun, body: Record<string, unknown> | undefined): void {
    const output = body?.['output'] as { title?: string; summary?: string; text?: string; annotations?: FakeCheckRun['annotations'] } | undefined
    if (output) {
      run.output = { title: output.title, summary: output.summary, text: output.text }
      run.annotations.push(...(output.annotations ?? []))
    }
    if (typeof body?.['status'] === 'string') run.status = body['status']
    if (typeof body?.['conclusion'] === 'string') {
      run.conclusion = body['conclusion']
      run.status = 'completed'
    }
  }

  private blob(url: URL, res: ServerResponse, fault: Fault | undefined): void {
    const m = /^\/blob\/artifacts\/(\d+)\.zip$/.exec(url.pathname)
    const artifact = m ? this.artifacts.find((a) => a.id === Number(m[1])) : undefined
    if (!artifact) {
      res.writeHead(404).end()
      return
    }
    let zip = fault?.short ? artifact.zip.subarray(0, artifact.zip.length - 1) : artifact.zip
    if (fault?.corrupt) {
      zip = Buffer.from(zip)
      zip[zip.length >> 1] = zip[zip.length >> 1]! ^ 0xff
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) })
    if (fault?.cutAfter === undefined) {
      res.end(zip)
      return
    }
    res.write(zip.subarray(0, fault.cutAfter))
    if (!fault.stall) setTimeout(() => res.socket?.destroy(), 20)
  }

  private upload(url: URL, raw: Buffer, res: ServerResponse): void {
    // Azure block blob protocol as used by @azure/storage-blob: blocks, then the block list (or one single put).
    const name = decodeURIComponent(url.pathname.slice('/upload/'.length))
    let upload = this.uploads.find((u) => u.name === name && !u.finalized)
    if (!upload) this.uploads.push((upload = { name, bytes: Buffer.alloc(0), finalized: false }))
    if (url.searchParams.get('comp') !== 'blocklist') upload.bytes = Buffer.concat([upload.bytes, raw])
    res.writeHead(201, {
      etag: '"0x8D"',
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': 'fake',
      'x-ms-version': '2024-08-04',
      'x-ms-request-server-encrypted': 'true',
      'content-md5': createHash('md5').update(raw).digest('base64')
    })
    res.end()
  }

  private twirp(method: string, body: Record<string, unknown>, res: ServerResponse): void {
    if (body['workflow_run_backend_id'] !== BACKEND_IDS.run || body['workflow_job_run_backend_id'] !== BACKEND_IDS.job) {
      return this.json(res, 401, { code: 'unauthenticated', msg: 'backend ids do not match the runtime token' })
    }
    const current = this.artifacts.filter((a) => a.runId === this.options.currentRunId)
    const monolith = (a: FakeArtifact) => ({
      workflow_run_backend_id: BACKEND_IDS.run,
      workflow_job_run_backend_id: BACKEND_IDS.job,
      database_id: String(a.id),
      name: a.name,
      size: String(a.zip.length),
      created_at: '2026-11-27T05:30:00Z',
      digest: a.digest ?? sha256Digest(a.zip)
    })
    switch (method) {
      case 'ListArtifacts': {
        const name = body['name_filter']
        const id = body['id_filter']
        const found = current.filter((a) => !a.expired && (name === undefined || a.name === name) && (id === undefined || String(a.id) === String(id)))
        return this.json(res, 200, { artifacts: found.map(monolith) })
      }
      case 'GetSignedArtifactURL': {
        const artifact = current.find((a) => a.name === body['name'])
        if (!artifact) return this.json(res, 404, { code: 'not_found', msg: 'artifact not found' })
        return this.json(res, 200, { signed_url: `${this.url}/blob/artifacts/${artifact.id}.zip?sig=blob-signature` })
      }
      case 'CreateArtifact':
        return this.json(res, 200, { ok: true, signed_upload_url: `${this.url}/upload/${encodeURIComponent(String(body['name']))}?sig=upload-signature` })
      case 'FinalizeArtifact': {
        const upload = this.uploads.find((u) => u.name === body['name'] && !u.finalized)
        if (!upload) return this.json(res, 404, { code: 'not_found', msg: 'nothing uploaded' })
        upload.finalized = true
        const id = this.nextId++
        this.artifacts.push({ id, name: upload.name, runId: this.options.currentRunId, zip: upload.bytes })
        return this.json(res, 200, { ok: true, artifact_id: String(id) })
      }
      default:
        return this.json(res, 404, { code: 'bad_route', msg: `no method ${method}` })
    }
  }
}
