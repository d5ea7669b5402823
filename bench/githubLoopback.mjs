// The GitHub the bench's action runs talk to: a plain HTTP server on 127.0.0.1 answering the REST
// calls the action makes when it compares two folders for a pull_request event (its check run:
// create, list, update with annotations; its sticky PR comment: list, create, update; `GET /user`,
// refused as for an installation token). It keeps what it was sent, so the bench can tell that the
// action completed its check run and posted its comment. Anything else is answered 404 and noted in
// `unrouted`. The test suite's fake (__tests__/support/githubServer.ts) covers far more; this one is
// what `node bench/bench.mjs` needs without a TypeScript loader.
import { createServer } from 'node:http'

/** GitHub's limits that a wrong request would hit on this path. */
const MAX_ANNOTATIONS_PER_REQUEST = 50
const MAX_COMMENT_CHARS = 65_536
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

/**
 * Starts the loopback GitHub for repository `owner/repo` on a free port. Resolves to its `url`,
 * what it holds (`checkRuns` by id, each with its `annotations` count; `comments` by issue number;
 * `unrouted` requests) and `close()`.
 */
export async function startGitHubLoopback({ owner, repo }) {
  const state = { checkRuns: new Map(), comments: new Map(), unrouted: [] }
  let nextId = 4000
  let url = ''
  const web = (path) => `https://github.com/${owner}/${repo}/${path}`
  const prefix = `/repos/${owner}/${repo}`

  /** The answer to one request: [status, body]. */
  function answer(method, path, query, body) {
    if (method === 'GET' && path === '/user') return [403, { message: 'Resource not accessible by integration' }]
    const rest = path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : ''
    let m
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const list = state.comments.get(Number(m[1])) ?? []
      if (method === 'GET') return [200, list]
      if (method === 'POST') {
        if (String(body?.body ?? '').length > MAX_COMMENT_CHARS) return [422, { message: 'Validation Failed: body is too long' }]
        const id = nextId++
        const comment = { id, html_url: web(`pull/${m[1]}#issuecomment-${id}`), body: String(body?.body ?? ''), user: BOT, created_at: new Date().toISOString() }
        state.comments.set(Number(m[1]), [...list, comment])
        return [201, comment]
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = [...state.comments.values()].flat().find((c) => c.id === Number(m[1]))
      if (!comment) return [404, { message: 'Not Found' }]
      comment.body = String(body?.body ?? '')
      return [200, comment]
    }
    if ((m = /^\/commits\/([0-9a-f]{40})\/check-runs$/.exec(rest)) && method === 'GET') {
      const runs = [...state.checkRuns.values()].filter((r) => r.head_sha === m[1] && (!query.has('check_name') || r.name === query.get('check_name')))
      return [200, { total_count: runs.length, check_runs: runs }]
    }
    const checkRun = /^\/check-runs\/(\d+)$/.exec(rest)
    if ((rest === '/check-runs' && method === 'POST') || (checkRun && method === 'PATCH')) {
      if ((body?.output?.annotations?.length ?? 0) > MAX_ANNOTATIONS_PER_REQUEST) return [422, { message: 'Validation Failed: too many annotations' }]
      let run = checkRun && state.checkRuns.get(Number(checkRun[1]))
      if (checkRun && !run) return [404, { message: 'Not Found' }]
      if (!run) {
        const id = nextId++
        run = { id, html_url: web(`runs/${id}`), name: body?.name, head_sha: body?.head_sha, external_id: body?.external_id, status: 'queued', annotations: 0 }
        state.checkRuns.set(id, run)
      }
      if (body?.status) run.status = body.status
      if (body?.conclusion) Object.assign(run, { conclusion: body.conclusion, status: 'completed' })
      if (body?.output) run.output = { title: body.output.title, summary: body.output.summary }
      run.annotations += body?.output?.annotations?.length ?? 0
      return [checkRun ? 200 : 201, run]
    }
    state.unrouted.push(`${method} ${path}`)
    return [404, { message: 'Not Found' }]
  }

  const server = createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const text = Buffer.concat(chunks).toString('utf8')
    const where = new URL(req.url ?? '/', url)
    let status
    let body
    try {
      ;[status, body] = answer(req.method ?? 'GET', where.pathname, where.searchParams, text ? JSON.parse(text) : undefined)
    } catch (error) {
      ;[status, body] = [400, { message: `Problems parsing JSON: ${error.message}` }]
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(body))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    ...state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
