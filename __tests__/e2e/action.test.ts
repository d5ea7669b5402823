/**
 * End-to-end: the committed bundle `dist/index.js` runs as a child process with a runner-like
 * environment against the loopback fake GitHub; the real `@actions/github` and `@actions/artifact`
 * clients do the HTTP. Assertions are on the exit code, the outputs file, the job summary and
 * what the fake received.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractZip } from '../../src/core/acquire/zip.js'
import { DEFAULT_LIMITS } from '../../src/core/model/limits.js'
import {
  AWS,
  CASES,
  HEAD_SHA,
  MARKER,
  ONPREM,
  PR,
  PR_EVENT,
  RUN_ID,
  SAME_RUN_INPUTS,
  commands,
  everythingWritten,
  expectVerdictSurvived,
  onlyCheckRun as theCheckRun,
  reportOf,
  widePair as widePairWith
} from '../support/actionE2e.js'
import { FakeGitHub, sha256Digest } from '../support/githubServer.js'
import { TEST_TOKEN, runAction, type ActionRun } from '../support/runAction.js'
import { makeZip, zipFolder } from '../support/zip.js'

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

/** The two fixture runs as artifacts of `runId`: aws at the archive's top, on-prem nested (as an upload of a parent folder would be). */
function addFixtureArtifacts(runId = RUN_ID): void {
  server.artifacts.push({ id: 11, name: 'aws-run', runId, zip: zipFolder(AWS) })
  server.artifacts.push({ id: 12, name: 'onprem-run', runId, zip: zipFolder(ONPREM, 'state/runs/20261127T052905Z/') })
}

/** A run pair whose openai/cs ranked JSON holds `jobs` jobs, every title different on the right (`titleChars` long). */
function widePair(jobs: number, titleChars: number): { left: string; right: string } {
  return widePairWith(jobs, (i) => `${'T'.repeat(titleChars)} ${i}`)
}

function comments(): { id: number; body: string }[] {
  return server.comments.get(PR) ?? []
}

function onlyCheckRun() {
  return theCheckRun(server)
}

/** The token appears nowhere the action writes (it is only in the Authorization header). */
function expectTokenNowhere(run: ActionRun): void {
  expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
  expect(server.requests.filter((r) => r.path.startsWith('/repos/')).every((r) => r.authorization === `token ${TEST_TOKEN}`)).toBe(true)
}

/** The job whose scores differ in the job-score case (the third ranked job). */
function jobScoreCaseJob(): string {
  const jobs = JSON.parse(readFileSync(join(CASES, 'job-score/left/openai/cs/openai_ranked_jobs.cs.json'), 'utf8')) as { job_id: string }[]
  return jobs[2]!.job_id
}

describe('dualrun action (dist/index.js)', () => {
  it('passes on the fixture pair downloaded from this run, posting comment, check run, summary and report artifact', async () => {
    addFixtureArtifacts()
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT })

    expect(run.code).toBe(0)
    expect(commands(run, 'error')).toEqual([])
    expect(commands(run, 'warning')).toEqual([])
    const check = onlyCheckRun()
    const [comment] = comments()
    expect(run.outputs).toEqual({
      verdict: 'pass',
      findings: '0',
      errors: '0',
      warnings: '0',
      report: run.outputs['report'],
      markdown: run.outputs['report']!.replace(/\.json$/, '.md'),
      'comment-id': String(comment!.id),
      'comment-url': `https://github.com/octo/repo/pull/${PR}#issuecomment-${comment!.id}`,
      'check-run-id': String(check.id),
      'check-run-url': `https://github.com/octo/repo/runs/${check.id}`
    })
    expect(readFileSync(run.outputs['markdown']!, 'utf8').startsWith('### ✅ dualrun: PASS')).toBe(true)
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as { verdict: string; findings: unknown[]; left: { label: string } }
    expect([report.verdict, report.findings, report.left.label]).toEqual(['pass', [], 'aws'])

    expect(comments()).toHaveLength(1)
    expect(comment!.body.startsWith(`${MARKER}### ✅ dualrun: PASS — aws vs on-prem\n`)).toBe(true)
    expect(comment!.body).toContain(`[dualrun-report](https://github.com/octo/repo/actions/runs/${RUN_ID}#artifacts)`)
    expect([check.name, check.head_sha, check.status, check.conclusion, check.annotations]).toEqual(['dualrun', HEAD_SHA, 'completed', 'success', []])
    expect(check.output?.title).toBe('pass: 0 errors, 0 warnings')

    const upload = server.uploads.find((u) => u.name === 'dualrun-report')
    expect(upload?.finalized).toBe(true)
    const unpacked = mkdtempSync(join(tmpdir(), 'dualrun-upload-'))
    writeFileSync(join(unpacked, 'upload.zip'), upload!.bytes)
    await extractZip(join(unpacked, 'upload.zip'), join(unpacked, 'files'), DEFAULT_LIMITS)
    expect(readFileSync(join(unpacked, 'files/dualrun-report.html'), 'utf8')).toContain('<h1>dualrun: PASS — aws vs on-prem</h1>')
    const htmlLine = 'Pictures of where every job went: open <code>dualrun-report.html</code> from it in a browser.'
    expect([comment!.body.includes(htmlLine), run.summary.includes(htmlLine)]).toEqual([true, true])
    const artifactId = server.artifacts.find((a) => a.name === 'dualrun-report')!.id
    expect(run.summary.startsWith('### ✅ dualrun: PASS — aws vs on-prem\n')).toBe(true)
    expect(run.summary).toContain(`Full report: [dualrun-report](https://github.com/octo/repo/actions/runs/${RUN_ID}/artifacts/${artifactId}).`)
    expect(check.output?.summary).toContain(`/artifacts/${artifactId})`)
    expectTokenNowhere(run)
  })

  it('fails on drift from folders on disk, after setting the outputs, with every finding annotated', async () => {
    const run = await runAction(server, {
      inputs: { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/right'), 'right-label': 'onprem' },
      ...PR_EVENT
    })

    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual(['dualrun: verdict fail with 7 errors and 0 warnings (fail-on: error)'])
    expect([run.outputs['verdict'], run.outputs['findings']]).toEqual(['fail', '7'])
    const check = onlyCheckRun()
    expect(check.conclusion).toBe('failure')
    const job = jobScoreCaseJob()
    const csv = 'openai/cs/openai_ranked_jobs.cs.csv'
    const families = 'openai/cs/openai_ranked_families.cs.json'
    const json = 'openai/cs/openai_ranked_jobs.cs.json'
    expect(check.annotations.map((a) => [a.path, a.annotation_level, a.title])).toEqual([
      [json, 'failure', `job-score: ranked_json:openai:cs job ${job} final_score /2/final_score`],
      [json, 'failure', `job-score: ranked_json:openai:cs job ${job} score /2/score`],
      [csv, 'failure', `job-score: ranked_csv:openai:cs job ${job} final_score /2/final_score`],
      [csv, 'failure', `job-score: ranked_csv:openai:cs job ${job} score /2/score`],
      [families, 'failure', `family: ranked_families_json:openai:cs job ${job} family_variants /6/family_variants/0/score`],
      [families, 'failure', `family: ranked_families_json:openai:cs job ${job} final_score /6/final_score`],
      [families, 'failure', `family: ranked_families_json:openai:cs job ${job} score /6/score`]
    ])
    const body = comments()[0]!.body
    expect(body).toContain('| aws | onprem |')
    expect(body).toContain(`| ❌ job-score | job <code>${job}</code> · field <code>score</code>`)
    // The answer leads: one change (7 findings) and its cause, before any table.
    expect(body).toContain('**1 change (7 findings: 7 errors)**')
    expect(body.indexOf('**Causes**')).toBeLessThan(body.indexOf('| finding |'))
    expect(body).toContain('| <code>24</code> | <code>26</code> |')
    expect(server.requestsTo('POST', /twirp.*ListArtifacts/)).toEqual([])
  })

  it('names the artifact, the run, the repository and what is there when an artifact is missing, as an error report', async () => {
    addFixtureArtifacts()
    const run = await runAction(server, { inputs: { 'left-artifact': 'aws-run', 'right-artifact': 'onprem' }, ...PR_EVENT })

    const message = `artifact onprem not found in this run (${RUN_ID}) of octo/repo; artifacts there: aws-run, onprem-run`
    expectVerdictSurvived(run, 'error', 1)
    expect(commands(run, 'error')).toEqual([`dualrun: ${message}`, 'dualrun: verdict error with 1 errors and 0 warnings (fail-on: error)'])
    expect(reportOf(run).findings).toEqual([{ kind: 'missing', severity: 'error', artifact: 'run_dir', rule: 'missing/not-found', side: 'right', message, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }])
    expect(run.summary).toContain(`| ❌ missing | on-prem · ${message} | — | — |`)
    expect(run.summary).not.toContain('#### Required artifacts')
    const check = onlyCheckRun()
    expect([check.conclusion, check.output?.title, check.annotations.map((a) => [a.path, a.title])]).toEqual([
      'failure',
      'error: 1 errors, 0 warnings',
      [['run_dir', 'missing: run_dir on-prem only']]
    ])
    expect(comments()[0]!.body.startsWith(`${MARKER}### ⛔ dualrun: ERROR — aws vs on-prem`)).toBe(true)
  })

  it('sends more than 50 annotations in requests of at most 50', async () => {
    const pair = widePair(120, 5)
    const run = await runAction(server, { inputs: { 'left-path': pair.left, 'right-path': pair.right, 'fail-on': 'never' }, ...PR_EVENT })

    expect(run.code).toBe(0)
    // 120 changed titles, 2 integrity warnings, and on each side the CSV and families no longer match the new ranked JSON (4 inconsistent).
    expect(run.outputs['findings']).toBe('126')
    const updates = server.requestsTo('PATCH', /check-runs\/\d+$/).map((r) => (r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length)
    expect(updates).toEqual([50, 50, 26])
    const check = onlyCheckRun()
    expect(check.annotations).toHaveLength(126)
    expect(check.conclusion).toBe('neutral')
  })

  it('keeps an oversize comment under 65,536 characters with the verdict, the causes, the matrix line and the first findings', async () => {
    const pair = widePair(400, 3_000)
    const run = await runAction(server, { inputs: { 'left-path': pair.left, 'right-path': pair.right }, ...PR_EVENT })

    expect(run.code).toBe(1)
    expect(commands(run, 'warning')).toEqual([])
    const body = comments()[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.length).toBeGreaterThan(60_000)
    expect(body.startsWith(`${MARKER}### ❌ dualrun: FAIL`)).toBe(true)
    expect(body).toContain('All 9 required artifacts present on both sides.')
    expect(body).toContain('**Causes**, most important first:')
    expect(body).toMatch(/Showing \d+ of 406 findings; the full report/)
    expect(body).toMatch(/_…and \d+ more findings for this artifact in the full report\._/)
    expect(onlyCheckRun().output!.summary!.length).toBeLessThanOrEqual(65_535)
    expect(onlyCheckRun().annotations).toHaveLength(406)
  })

  it('degrades to warnings with a read-only token on a pull request from a fork, saying so: the verdict alone decides the step', async () => {
    await server.close()
    server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID, readOnly: true }).start()
    addFixtureArtifacts()
    const fork = { pull_request: { number: PR, head: { sha: HEAD_SHA, repo: { full_name: 'forker/repo' } }, base: { repo: { full_name: 'octo/repo' } } } }
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, eventName: 'pull_request', payload: fork })

    expect(run.code).toBe(0)
    expect(commands(run, 'warning').map((w) => w.split(':')[0])).toEqual(['dualrun could not create the check run', 'dualrun could not write the pull request comment'])
    expect(commands(run, 'warning')[1]).toContain('HTTP 403: Resource not accessible by integration - https://docs.github.com/rest (the token is read-only on a pull request from a fork')
    expect([run.outputs['verdict'], run.outputs['findings'], run.outputs['comment-id'], run.outputs['check-run-id']]).toEqual(['pass', '0', undefined, undefined])
    expect(run.summary.startsWith('### ✅ dualrun: PASS')).toBe(true)
    expect(server.uploads.map((u) => u.finalized)).toEqual([true])
  })

  it('names the missing permission of each endpoint when the token lacks it outside a fork', async () => {
    await server.close()
    server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID, readOnly: true }).start()
    const sameRepo = { pull_request: { number: PR, head: { sha: HEAD_SHA, repo: { full_name: 'octo/repo' } }, base: { repo: { full_name: 'octo/repo' } } } }
    const run = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': ONPREM }, eventName: 'pull_request', payload: sameRepo })

    expectVerdictSurvived(run, 'pass', 0)
    const hint = ' - https://docs.github.com/rest'
    expect(commands(run, 'warning')).toEqual([
      `dualrun could not create the check run: HTTP 403: Resource not accessible by integration${hint} (the github-token lacks checks: write; grant it in the job's permissions)`,
      `dualrun could not write the pull request comment: HTTP 403: Resource not accessible by integration${hint} (the github-token lacks pull-requests: write; grant it in the job's permissions)`
    ])
    expect(run.stdout).not.toContain('fork')
  })

  it('retries a 502 and a secondary rate limit, then succeeds', async () => {
    addFixtureArtifacts()
    server.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1 })
    server.faults.push({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 403, times: 1, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit' })
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT })

    expect(run.code).toBe(0)
    expect(commands(run, 'warning')).toEqual([])
    expect(server.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(2)
    expect(server.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(2)
    expect(comments()).toHaveLength(1)
    expect(onlyCheckRun().conclusion).toBe('success')
    expect(run.stdout).toMatch(/creating the pull request comment failed \(HTTP 502: injected 502\); looking for what it may have made, then retrying in \d+ ms/)
  })

  it('updates the same sticky comment on a re-run, found on a later page, ignoring look-alikes', async () => {
    for (let i = 0; i < 130; i++) server.addComment(PR, `chatter ${i}`, { login: 'alice', type: 'User' })
    server.addComment(PR, `${MARKER}forged by someone else`, { login: 'mallory', type: 'User' })
    server.addComment(PR, `<!-- dualrun:comment key=other -->\nanother gate`)
    const drift = { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/right') }
    const first = await runAction(server, { inputs: drift, ...PR_EVENT })
    const id = first.outputs['comment-id']
    expect(comments()).toHaveLength(133)
    expect(comments().at(-1)).toMatchObject({ id: Number(id), user: { login: 'github-actions[bot]' } })

    const pass = { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/left') }
    const second = await runAction(server, { inputs: pass, ...PR_EVENT })
    expect(second.outputs['comment-id']).toBe(id)
    expect(comments()).toHaveLength(133)
    expect(comments().at(-1)!.body.startsWith(`${MARKER}### ✅ dualrun: PASS`)).toBe(true)
    expect(comments()[130]!.body).toBe(`${MARKER}forged by someone else`)
    expect(server.requestsTo('GET', /\/issues\/7\/comments$/).map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '1', '2'])
    expect(server.requestsTo('PATCH', /\/issues\/comments\//)).toHaveLength(1)

    const third = await runAction(server, { inputs: pass, ...PR_EVENT })
    expect(third.stdout).toContain(`comment ${id} unchanged`)
    expect(server.requestsTo('PATCH', /\/issues\/comments\//)).toHaveLength(1)
  })

  it('creates a new comment when the sticky one was deleted between lookup and update', async () => {
    const old = server.addComment(PR, `${MARKER}old`)
    server.faults.push({ method: 'PATCH', path: new RegExp(`/issues/comments/${old.id}$`), status: 404, times: 1 })
    const run = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': ONPREM }, ...PR_EVENT })

    expect(run.code).toBe(0)
    expect(run.outputs['comment-id']).not.toBe(String(old.id))
    expect(comments().map((c) => c.id)).toEqual([old.id, Number(run.outputs['comment-id'])])
  })

  it('downloads from another workflow run (workflow_run from a fork), finding the PR by its head', async () => {
    addFixtureArtifacts(500)
    server.pulls.push({ number: PR, head: { sha: HEAD_SHA, ref: 'feature', label: 'forker:feature' } })
    const run = await runAction(server, {
      inputs: { ...SAME_RUN_INPUTS, 'left-run-id': '500', 'right-run-id': '500' },
      eventName: 'workflow_run',
      payload: { workflow_run: { id: 500, head_sha: HEAD_SHA, head_branch: 'feature', head_repository: { owner: { login: 'forker' } }, pull_requests: [] } }
    })

    expect(run.code).toBe(0)
    expect(run.outputs['verdict']).toBe('pass')
    expect(server.requestsTo('GET', /\/actions\/artifacts\/1[12]\/zip$/)).toHaveLength(2)
    expect(server.requestsTo('GET', /\/blob\/artifacts\/1[12]\.zip$/)).toHaveLength(2)
    expect(server.requestsTo('POST', /GetSignedArtifactURL$/)).toEqual([])
    expect(comments()).toHaveLength(1)
    expect(onlyCheckRun().head_sha).toBe(HEAD_SHA)
    expectTokenNowhere(run)
  })

  it('names artifact, run and repository for an expired artifact of another run', async () => {
    addFixtureArtifacts(500)
    server.artifacts[0]!.expired = true
    const run = await runAction(server, { inputs: { ...SAME_RUN_INPUTS, 'left-run-id': '500', 'right-run-id': '500' }, eventName: 'push', payload: {} })

    const message = 'artifact aws-run in run 500 of octo/repo has expired or was deleted (HTTP 410); re-run the job that uploads it'
    expectVerdictSurvived(run, 'error', 1)
    expect(commands(run, 'error')).toEqual([`dualrun: ${message}`, 'dualrun: verdict error with 1 errors and 0 warnings (fail-on: error)'])
    expect(reportOf(run).findings).toEqual([{ kind: 'missing', severity: 'error', artifact: 'run_dir', rule: 'missing/not-found', side: 'left', message, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) }])
  })

  it('refuses a download whose digest does not match', async () => {
    addFixtureArtifacts()
    server.artifacts[1]!.digest = `sha256:${'0'.repeat(64)}`
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, eventName: 'workflow_dispatch', payload: {} })

    expectVerdictSurvived(run, 'error', 1)
    expect(server.requestsTo('GET', /\/blob\/artifacts\/12\.zip$/)).toHaveLength(4)
    expect(commands(run, 'error')).toEqual([
      `dualrun: artifact onprem-run in this run (${RUN_ID}) of octo/repo does not match its recorded digest sha256:${'0'.repeat(64)} (4 downloads gave ${sha256Digest(server.artifacts[1]!.zip)}); refusing to compare a corrupted download`,
      'dualrun: verdict error with 1 errors and 0 warnings (fail-on: error)'
    ])
  })

  it('says which folders hold a run dir when an artifact has several', async () => {
    const zip = makeZip([
      { name: 'a/run_summary.v1.json', data: Buffer.from('{}') },
      { name: 'b/run_summary.v1.json', data: Buffer.from('{}') }
    ])
    server.artifacts.push({ id: 21, name: 'two', runId: RUN_ID, zip })
    const run = await runAction(server, { inputs: { 'left-artifact': 'two', 'right-path': ONPREM }, eventName: 'workflow_dispatch', payload: {} })

    expect(commands(run, 'error')).toEqual([
      `dualrun: artifact two in this run (${RUN_ID}) of octo/repo holds 2 run dirs (a, b); set --left-run-dir / left-run-dir to one of them, or to latest for the newest created_at_utc`,
      'dualrun: verdict error with 1 errors and 0 warnings (fail-on: error)'
    ])
    expect(reportOf(run).findings.map((f) => [f.kind, f.side])).toEqual([['unreadable', 'left']])
  })

  it('points to left-path/right-path on GitHub Enterprise Server', async () => {
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: { GITHUB_SERVER_URL: 'https://ghes.example.com' } })

    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual([
      'dualrun: artifact download is not available on GitHub Enterprise Server (https://ghes.example.com); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead'
    ])
    expect(server.requests.filter((r) => r.path.includes('twirp'))).toEqual([])
  })

  it('lists the valid values of a closed choice', async () => {
    const run = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': ONPREM, 'fail-on': 'sometimes' }, ...PR_EVENT })

    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual(["dualrun: input fail-on must be one of error, warning, never; got 'sometimes'"])
    expect(run.outputs).toEqual({ verdict: 'error' })
  })
})
