/**
 * End-to-end: faults of GitHub's API, injected by the loopback fake while `dist/index.js` runs.
 * Whatever the fault, the verdict alone decides the exit code, the `verdict`, `findings` and
 * `report` outputs are set and the job summary is written; retryable faults end in success.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AWS, CASES, MARKER, ONPREM, PR, PR_EVENT, RUN_ID, commands, everythingWritten, expectVerdictSurvived, onlyCheckRun, reportOf } from '../support/actionE2e.js'
import { FakeGitHub } from '../support/githubServer.js'
import { runAction, TEST_TOKEN } from '../support/runAction.js'
import { zipFolder } from '../support/zip.js'

const PASS_PAIR = { 'left-path': AWS, 'right-path': ONPREM }
const DRIFT_PAIR = { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/right') }
const COMMENTS = /\/issues\/7\/comments$/
const CHECK_RUNS = /\/check-runs$/
const CHECK_RUN = /\/check-runs\/\d+$/

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

/** Lines the action logged about retrying a request. */
function retries(stdout: string): string[] {
  return stdout.split('\n').filter((line) => / retrying in \d+ ms$/.test(line))
}

describe('GitHub API faults (dist/index.js)', () => {
  it('rides out bursts of 500 and 502 on every kind of call, then succeeds', async () => {
    server.faults.push({ method: 'POST', path: CHECK_RUNS, status: 500, times: 2 })
    server.faults.push({ method: 'POST', path: CHECK_RUNS, status: 502, times: 1 })
    server.faults.push({ method: 'GET', path: COMMENTS, status: 502, times: 3 })
    server.faults.push({ method: 'POST', path: COMMENTS, status: 500, times: 1 })
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, status: 503, times: 2 })
    const run = await runAction(server, { inputs: PASS_PAIR, ...PR_EVENT })

    expectVerdictSurvived(run, 'pass', 0)
    expect(commands(run, 'warning')).toEqual([])
    expect(retries(run.stdout)).toHaveLength(9)
    expect([server.requestsTo('POST', CHECK_RUNS).length, server.requestsTo('GET', COMMENTS).length, server.requestsTo('POST', COMMENTS).length, server.requestsTo('PATCH', CHECK_RUN).length]).toEqual([4, 5, 2, 3])
    // Each create that got a 5xx looked for what it may have made before it was sent again (the comment: one more page of comments).
    expect(server.requestsTo('GET', /\/commits\/b+\/check-runs$/)).toHaveLength(3)
    expect(server.comments.get(PR)).toHaveLength(1)
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(run.outputs['comment-id']).toBe(String(server.comments.get(PR)![0]!.id))
  })

  it('gives up on a request that never answers, retrying it, without losing the verdict', async () => {
    server.faults.push({ method: 'GET', path: COMMENTS, status: 0, times: 1, hang: true })
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, status: 0, times: 4, hang: true })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT, env: { DUALRUN_API_TIMEOUT_MS: '300' } })

    expectVerdictSurvived(run, 'fail', 7)
    expect(retries(run.stdout).map((line) => line.replace(/retrying in \d+ ms/, 'retrying'))).toEqual([
      // The first page is requested by template, later ones by the URL of the link header (its query string never logged).
      `GET ${server.url}/repos/octo/repo/issues/7/comments?*** failed (no answer within 300 ms); retrying`,
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} failed (no answer within 300 ms); retrying',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} failed (no answer within 300 ms); retrying',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} failed (no answer within 300 ms); retrying'
    ])
    expect(server.comments.get(PR)).toHaveLength(1)
    // The completion never got an answer; the short one that follows completes the run.
    expect(commands(run, 'warning')).toEqual([`dualrun: could not complete check run ${run.outputs['check-run-id']} (no answer within 300 ms); completing it with a short summary`])
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(commands(run, 'error')).toEqual(['dualrun: verdict fail with 7 errors and 0 warnings (fail-on: error)'])
  })

  it('waits out a secondary rate limit with retry-after (capped), and gives up on one that persists', async () => {
    server.faults.push({ method: 'POST', path: COMMENTS, status: 403, times: 2, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit' })
    server.faults.push({ method: 'POST', path: CHECK_RUNS, status: 429, times: 10, headers: { 'retry-after': '2' } })
    const run = await runAction(server, { inputs: PASS_PAIR, ...PR_EVENT })

    expectVerdictSurvived(run, 'pass', 0)
    // DUALRUN_RETRY_BASE_MS=1 caps every wait at 60 ms, retry-after included.
    expect(retries(run.stdout)).toEqual([
      'creating the check run failed (HTTP 429: injected 429); retrying in 60 ms',
      'creating the check run failed (HTTP 429: injected 429); retrying in 60 ms',
      'creating the check run failed (HTTP 429: injected 429); retrying in 60 ms',
      'dualrun: creating the pull request comment failed (HTTP 403: You have exceeded a secondary rate limit); retrying in 60 ms',
      'dualrun: creating the pull request comment failed (HTTP 403: You have exceeded a secondary rate limit); retrying in 60 ms',
      'creating the completed check run failed (HTTP 429: injected 429); retrying in 60 ms',
      'creating the completed check run failed (HTTP 429: injected 429); retrying in 60 ms',
      'creating the completed check run failed (HTTP 429: injected 429); retrying in 60 ms'
    ])
    // Refused outright, so never looked for; tried once more at the end (4 more attempts), refused again.
    expect(server.requestsTo('GET', /\/check-runs$/)).toEqual([])
    expect(server.requestsTo('POST', CHECK_RUNS)).toHaveLength(8)
    expect(commands(run, 'warning')).toEqual(['dualrun could not create the check run: HTTP 429: injected 429', 'dualrun could not create the check run with the result: HTTP 429: injected 429'])
    expect(server.comments.get(PR)).toHaveLength(1)
    expect([run.outputs['check-run-id'], server.checkRuns.size]).toEqual([undefined, 0])
  })

  it('creates the check run completed with the result at the end when every create at the start got a 5xx', async () => {
    server.faults.push({ method: 'POST', path: CHECK_RUNS, status: 500, times: 4 })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT })

    expectVerdictSurvived(run, 'fail', 7)
    expect(commands(run, 'warning')).toEqual(['dualrun could not create the check run: HTTP 500: injected 500'])
    expect(run.stdout).toContain('dualrun: the check run could not be created at the start; creating it now with the result')
    // Five creates (four at the start, one at the end), each 5xx looked for before the next, and once more at the end.
    expect(server.requestsTo('POST', CHECK_RUNS)).toHaveLength(5)
    expect(server.requestsTo('GET', /\/commits\/b+\/check-runs$/)).toHaveLength(5)
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.annotations.length, check.output?.title, check.external_id]).toEqual(['completed', 'failure', 7, 'fail: 7 errors, 0 warnings', `dualrun:${RUN_ID}:1:`])
    expect([run.outputs['check-run-id'], run.outputs['check-run-url']]).toEqual([String(check.id), check.html_url])
  })

  it('creates a new comment when the sticky one is deleted between lookup and update', async () => {
    const marker = '<!-- dualrun:comment key=default -->\n'
    const old = server.addComment(PR, `${marker}old report`)
    server.interferences.push({ method: 'PATCH', path: new RegExp(`/issues/comments/${old.id}$`), run: () => server.deleteComment(old.id) })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT })

    expectVerdictSurvived(run, 'fail', 7)
    expect(server.requestsTo('PATCH', /\/issues\/comments\//)).toHaveLength(1)
    const comments = server.comments.get(PR)!
    expect(comments.map((c) => c.id)).toEqual([Number(run.outputs['comment-id'])])
    expect(comments[0]!.body.startsWith(`${marker}### ❌ dualrun: FAIL`)).toBe(true)
    expect(commands(run, 'warning')).toEqual([])
  })

  it('creates one completed check run in place of one deleted mid-update (404); the verdict still decides the step', async () => {
    server.interferences.push({ method: 'PATCH', path: CHECK_RUN, run: () => server.checkRuns.clear() })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT })

    expectVerdictSurvived(run, 'fail', 7)
    const replacement = onlyCheckRun(server)
    expect(commands(run, 'warning')).toEqual([`dualrun: check run 1000 cannot be updated (HTTP 404: Not Found); creating a completed one in its place`])
    expect([replacement.name, replacement.status, replacement.conclusion, replacement.annotations.length, replacement.external_id]).toEqual(['dualrun', 'completed', 'failure', 7, `dualrun:${RUN_ID}:1:`])
    expect([run.outputs['check-run-id'], run.outputs['check-run-url']]).toEqual([String(replacement.id), replacement.html_url])
    expect(commands(run, 'error')).toEqual(['dualrun: verdict fail with 7 errors and 0 warnings (fail-on: error)'])
    expect(server.comments.get(PR)).toHaveLength(1)
  })

  it('posts the report it made, with the error named, when it fails after the comparison (the runner’s output file is gone)', async () => {
    // GITHUB_OUTPUT lives in RUNNER_TEMP/_runner_file_commands: a step that cleans RUNNER_TEMP removes it, and @actions/core then throws on every output.
    const output = join(mkdtempSync(join(tmpdir(), 'dualrun-cleaned-')), '_runner_file_commands', 'set_output_1')
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT, env: { GITHUB_OUTPUT: output } })

    const error = `dualrun: internal error: Missing file at path: ${output}`
    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual([error])
    expect(new Set(commands(run, 'warning'))).toEqual(new Set([`dualrun could not set the step outputs: Missing file at path: ${output}`]))
    // Each surface: the banner naming the error (Markdown-escaped), then the report as made.
    const partial = new RegExp(`^> ⛔ \\*\\*dualrun failed after the comparison\\*\\*, so the step fails with verdict \`error\`: dualrun: internal error: Missing file at path: [^\\n]+set&#95;output&#95;1\\n>\\n> What follows is the report it made\\.\\n\\n### ❌ dualrun: FAIL — aws vs on-prem`)
    expect(run.summary).toMatch(partial)
    expect(server.comments.get(PR)!.map((c) => c.body.slice(MARKER.length))).toEqual([expect.stringMatching(partial)])
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title, check.annotations.length]).toEqual(['completed', 'failure', 'error: internal error after the comparison (fail: 7 errors, 0 warnings)', 7])
    expect(check.output?.summary).toMatch(partial)
    expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
  })

  it('reports an expired artifact as an error verdict with outputs and summary; fail-on never keeps the step green', async () => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: 500, zip: zipFolder(AWS), expired: true })
    server.artifacts.push({ id: 12, name: 'onprem-run', runId: 500, zip: zipFolder(ONPREM) })
    const inputs = { 'left-artifact': 'aws-run', 'right-artifact': 'onprem-run', 'left-run-id': '500', 'right-run-id': '500', 'fail-on': 'never' }
    const run = await runAction(server, { inputs, ...PR_EVENT })

    const message = 'artifact aws-run in run 500 of octo/repo has expired or was deleted (HTTP 410); re-run the job that uploads it'
    expect(run.code).toBe(0)
    expect([run.outputs['verdict'], run.outputs['findings']]).toEqual(['error', '1'])
    expect(reportOf(run)).toMatchObject({ verdict: 'error', findings: [{ kind: 'missing', artifact: 'run_dir', side: 'left', message }] })
    expect(run.summary.startsWith('### ⛔ dualrun: ERROR — aws vs on-prem')).toBe(true)
    expect(commands(run, 'error')).toEqual([`dualrun: ${message}`])
    expect(onlyCheckRun(server).conclusion).toBe('neutral')
  })
})
