// The bench's loopback GitHub (bench/githubLoopback.mjs), which `npm run bench` points the action
// bundle at: it answers the check-run and comment calls as GitHub does (ids, web addresses, 201 on
// create), refuses what GitHub refuses on this path, and keeps what it was sent for the bench to check.
import { join } from 'node:path'
import { REPO_ROOT } from '../support/paths.js'

interface Loopback {
  url: string
  checkRuns: Map<number, { id: number; html_url: string; status: string; conclusion?: string; annotations: number }>
  comments: Map<number, { id: number; html_url: string; body: string; user: { login: string } }[]>
  unrouted: string[]
  close: () => Promise<void>
}

let github: Loopback
const SHA = 'a'.repeat(40)

/** Sends one JSON request; resolves to its status and parsed body. */
async function send(method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> & { id?: number } }> {
  const res = await fetch(`${github.url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }) })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

beforeEach(async () => {
  const { startGitHubLoopback } = (await import(join(REPO_ROOT, 'bench/githubLoopback.mjs'))) as { startGitHubLoopback: (repo: { owner: string; repo: string }) => Promise<Loopback> }
  github = await startGitHubLoopback({ owner: 'o', repo: 'r' })
})
afterEach(() => github.close())

describe('bench/githubLoopback.mjs', () => {
  it('creates a check run, appends annotations, completes it and lists it by commit and name', async () => {
    const created = await send('POST', '/repos/o/r/check-runs', { name: 'dualrun', head_sha: SHA, external_id: 'x', status: 'in_progress' })
    expect([created.status, created.body['status'], created.body['html_url']]).toEqual([201, 'in_progress', `https://github.com/o/r/runs/${created.body.id}`])
    const annotation = { path: 'a.json', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }
    expect((await send('PATCH', `/repos/o/r/check-runs/${created.body.id}`, { output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).status).toBe(422)
    await send('PATCH', `/repos/o/r/check-runs/${created.body.id}`, { output: { title: 't', summary: 's', annotations: [annotation, annotation] } })
    const done = await send('PATCH', `/repos/o/r/check-runs/${created.body.id}`, { conclusion: 'failure', output: { title: 't', summary: 's' } })
    expect([done.status, done.body['status'], done.body['annotations']]).toEqual([200, 'completed', 2])
    const listed = await send('GET', `/repos/o/r/commits/${SHA}/check-runs?check_name=dualrun`)
    expect((listed.body['check_runs'] as { id: number }[]).map((r) => r.id)).toEqual([created.body.id])
    expect((await send('PATCH', '/repos/o/r/check-runs/1', { status: 'completed' })).status).toBe(404)
  })

  it('creates and edits a PR comment as the Actions bot, and refuses /user as for an installation token', async () => {
    expect((await send('GET', '/user')).status).toBe(403)
    const created = await send('POST', '/repos/o/r/issues/12/comments', { body: 'first' })
    expect([created.status, created.body['html_url']]).toEqual([201, `https://github.com/o/r/pull/12#issuecomment-${created.body.id}`])
    expect((await send('PATCH', `/repos/o/r/issues/comments/${created.body.id}`, { body: 'second' })).status).toBe(200)
    expect((await send('POST', '/repos/o/r/issues/12/comments', { body: 'x'.repeat(65_537) })).status).toBe(422)
    const listed = await send('GET', '/repos/o/r/issues/12/comments?per_page=100')
    expect(listed.body).toEqual([expect.objectContaining({ id: created.body.id, body: 'second', user: expect.objectContaining({ login: 'github-actions[bot]' }) })])
  })

  it('answers anything else 404 and notes it', async () => {
    expect((await send('GET', '/repos/o/r/pulls')).status).toBe(404)
    expect((await send('POST', '/repos/other/r/check-runs', { name: 'n' })).status).toBe(404)
    expect(github.unrouted).toEqual(['GET /repos/o/r/pulls', 'POST /repos/other/r/check-runs'])
  })
})
