/**
 * End-to-end: the gate never hangs and never lies about GitHub. Faults at every route of the
 * download (artifact service, REST, blob storage) and of the posting (check runs, comments),
 * through the loopback fake while `dist/index.js` runs. Each run ends with its exit code and
 * `verdict`, the job summary written, no check run left `in_progress`, no duplicate, no token.
 */
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AWS, CASES, MARKER, ONPREM, PR, PR_EVENT, RUN_ID, SAME_RUN_INPUTS, commands, everythingWritten, expectGateFinished, onlyCheckRun, reportOf, widePair } from '../support/actionE2e.js'
import { FakeGitHub, type Fault } from '../support/githubServer.js'
import { runAction, runPostStep, TEST_TOKEN } from '../support/runAction.js'
import { zipFolder } from '../support/zip.js'

const DRIFT_PAIR = { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/right') }
const OTHER_RUN = 500
const OTHER_RUN_INPUTS = { ...SAME_RUN_INPUTS, 'left-run-id': String(OTHER_RUN), 'right-run-id': String(OTHER_RUN) }
const CHECK_RUNS = /\/check-runs$/
const CHECK_RUN = /\/check-runs\/\d+$/
const COMMENTS = /\/issues\/7\/comments$/
const TWIRP_LIST = /ListArtifacts$/
const TWIRP_URL = /GetSignedArtifactURL$/
const REST_LIST = /\/actions\/runs\/500\/artifacts$/
const REST_ZIP = /\/actions\/artifacts\/\d+\/zip$/
const BLOB = /^\/blob\/artifacts\/\d+\.zip$/
/** Keeps timeouts short so the suite stays fast. */
const FAST = { DUALRUN_API_TIMEOUT_MS: '300', DUALRUN_PROGRESS_INTERVAL_MS: '0' }

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

function addArtifacts(runId: number): void {
  server.artifacts.push({ id: 11, name: 'aws-run', runId, zip: zipFolder(AWS) })
  server.artifacts.push({ id: 12, name: 'onprem-run', runId, zip: zipFolder(ONPREM) })
}

function faults(list: Omit<Fault, 'method'>[], method: string): void {
  for (const f of list) server.faults.push({ method, ...f })
}

describe('acquisition faults (dist/index.js)', () => {
  it.each([
    ['5xx bursts', [{ path: TWIRP_LIST, status: 502, times: 2 }, { path: TWIRP_URL, status: 500, times: 2 }], [{ path: BLOB, status: 503, times: 3 }]],
    ['connection resets', [{ path: TWIRP_LIST, reset: true, times: 1 }, { path: TWIRP_URL, reset: true, times: 1 }], [{ path: BLOB, reset: true, times: 2 }]],
    ['bodies cut mid-stream, short or corrupted', [], [{ path: BLOB, cutAfter: 5_000, times: 1 }, { path: BLOB, short: true, times: 1 }, { path: BLOB, corrupt: true, times: 1 }]],
    ['a stalled body, then a good one', [], [{ path: BLOB, cutAfter: 5_000, stall: true, times: 1 }]]
  ])('rides out %s on this run’s artifacts and passes', async (_what, posts, gets) => {
    addArtifacts(RUN_ID)
    faults(posts, 'POST')
    faults(gets, 'GET')
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'pass', 0)
    expect(commands(run, 'warning')).toEqual([])
    expect(onlyCheckRun(server).conclusion).toBe('success')
    expect(server.faults.every((f) => f.times === 0)).toBe(true)
    expect(run.stdout).toMatch(/dualrun: (left|right) artifact (aws|onprem)-run: .*; retrying in \d+ ms/)
  })

  it('rides out 5xx, resets and a cut body on every REST step of another run’s artifacts', async () => {
    addArtifacts(OTHER_RUN)
    faults([{ path: REST_LIST, status: 502, times: 2 }, { path: REST_ZIP, status: 502, times: 1 }, { path: REST_ZIP, reset: true, times: 1 }, { path: BLOB, cutAfter: 1_000, times: 2 }], 'GET')
    const run = await runAction(server, { inputs: OTHER_RUN_INPUTS, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'pass', 0)
    expect(server.faults.every((f) => f.times === 0)).toBe(true)
    // The token goes to the API only, never to blob storage.
    expect(server.requestsTo('GET', BLOB).every((r) => r.authorization === undefined)).toBe(true)
  })

  it('downloads both sides at once and logs each size and its progress in bytes and percent', async () => {
    addArtifacts(RUN_ID)
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'pass', 0)
    // Both lookups are sent before either body is asked for.
    const downloads = server.requests.filter((r) => r.path.includes('twirp') || BLOB.test(r.path))
    expect(downloads.slice(0, 2).map((r) => r.path.split('/').at(-1))).toEqual(['ListArtifacts', 'ListArtifacts'])
    for (const [side, name, artifact] of [['left', 'aws-run', 0], ['right', 'onprem-run', 1]] as const) {
      const size = server.artifacts[artifact]!.zip.length.toLocaleString('en-US')
      expect(run.stdout).toContain(`dualrun: ${side} artifact ${name}: ${size} bytes`)
      expect(run.stdout).toMatch(new RegExp(`dualrun: ${side} artifact ${name}: [\\d,]+ bytes .* of ${size} bytes .*\\(\\d+%\\)`))
    }
  })

  it('ends a download that stalls past download-timeout as an error report naming the artifact and what stalled', async () => {
    addArtifacts(RUN_ID)
    server.faults.push({ method: 'GET', path: /^\/blob\/artifacts\/12\.zip$/, cutAfter: 1_000, stall: true, times: 99 })
    const run = await runAction(server, { inputs: { ...SAME_RUN_INPUTS, 'download-timeout': '1s' }, ...PR_EVENT, env: { DUALRUN_API_TIMEOUT_MS: '5000' } })

    expectGateFinished(run, server, 'error', 1)
    const size = server.artifacts[1]!.zip.length.toLocaleString('en-US')
    const message = reportOf(run).findings[0]!.message
    expect(message).toMatch(
      new RegExp(`^artifact onprem-run in this run \\(${RUN_ID}\\) of octo/repo did not download within 1s \\(download-timeout\\); it stalled receiving the zip from blob storage, at 1,000 bytes of ${size} bytes \\([\\d.]+ KiB\\) \\(0%\\)$`)
    )
    // Workflow commands escape % as %25.
    expect(commands(run, 'error')[0]).toBe(`dualrun: ${message}`.replace(/%/g, '%25'))
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(server.comments.get(PR)![0]!.body).toContain('did not download within 1s')
  })

  it('refuses a malformed download-timeout with one line naming the input', async () => {
    const run = await runAction(server, { inputs: { ...SAME_RUN_INPUTS, 'download-timeout': 'soon' }, ...PR_EVENT })

    expect(run.code).toBe(1)
    expect(commands(run, 'error')).toEqual(["dualrun: input download-timeout must be a number of seconds or a duration such as 90s, 10m or 1h; got 'soon'"])
    expect(run.outputs['verdict']).toBe('error')
  })
})

describe('posting faults (dist/index.js)', () => {
  it('adopts a check run and a comment whose create was answered after the timeout, sending neither twice', async () => {
    server.faults.push({ method: 'POST', path: CHECK_RUNS, lateMs: 700, times: 1 })
    server.faults.push({ method: 'POST', path: COMMENTS, lateMs: 700, times: 1 })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'fail', 7)
    expect([server.requestsTo('POST', CHECK_RUNS).length, server.requestsTo('POST', COMMENTS).length]).toEqual([1, 1])
    const check = onlyCheckRun(server)
    expect([check.conclusion, check.annotations.length, run.outputs['check-run-id']]).toEqual(['failure', 7, String(check.id)])
    expect(server.comments.get(PR)!.map((c) => String(c.id))).toEqual([run.outputs['comment-id']])
    expect(run.stdout).toContain('creating the check run failed (no answer within 300 ms); looking for what it may have made, then retrying in')
  })

  it('with comment: new, adopts the late comment of this run only, by its run marker', async () => {
    server.addComment(PR, `${MARKER}<!-- dualrun:run 899.1. -->\nan earlier run`)
    server.faults.push({ method: 'POST', path: COMMENTS, lateMs: 700, times: 1 })
    const run = await runAction(server, { inputs: { ...DRIFT_PAIR, comment: 'new' }, ...PR_EVENT, env: FAST })

    expectVerdictAndOne(run)
    const comments = server.comments.get(PR)!
    expect(comments).toHaveLength(2)
    expect(comments[1]!.body.startsWith(`${MARKER}<!-- dualrun:run ${RUN_ID}.1. -->\n### ❌ dualrun: FAIL`)).toBe(true)
    expect(run.outputs['comment-id']).toBe(String(comments[1]!.id))
  })

  it('completes with a short summary when GitHub refuses the summary (422)', async () => {
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, status: 422, times: 1, message: 'Invalid request.\n\nsummary exceeds a maximum bytesize of 65535' })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'fail', 7)
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title]).toEqual(['completed', 'failure', 'fail: 7 errors, 0 warnings'])
    expect(check.output?.summary).toContain('GitHub refused the full summary')
    expect(commands(run, 'warning')).toEqual([`dualrun: GitHub refused the summary of check run ${check.id} (HTTP 422: Invalid request.); completing it with a short summary`])
  })

  it('still sends the completion when an annotation batch fails', async () => {
    const pair = widePair(120, (i) => `renamed ${i}`)
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, status: 500, times: 4 })
    const run = await runAction(server, { inputs: { 'left-path': pair.left, 'right-path': pair.right, 'fail-on': 'never' }, ...PR_EVENT, env: FAST })

    expect(run.code).toBe(0)
    expect(run.outputs['verdict']).toBe('fail')
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.annotations.length]).toEqual(['completed', 'neutral', 0])
    expect(commands(run, 'warning')).toEqual([`dualrun could not add annotations to check run ${check.id} (HTTP 500: injected 500); 0 of 100 sent, completing it without the rest`])
  })

  it('says a primary rate limit is one and when it resets, without waiting for it', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3_600
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
    server.faults.push({ method: 'POST', path: COMMENTS, status: 403, times: 5, headers, message: 'API rate limit exceeded for installation ID 1.' })
    const run = await runAction(server, { inputs: DRIFT_PAIR, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'fail', 7)
    expect(server.requestsTo('POST', COMMENTS)).toHaveLength(1)
    const at = new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    expect(commands(run, 'warning')).toEqual([
      `dualrun could not write the pull request comment: HTTP 403: API rate limit exceeded for installation ID 1. (the API rate limit of the github-token is exhausted; it resets at ${at} (in 60 min))`
    ])
    expect(run.stdout).not.toContain('read-only')
  })

  it('completes the check run when the comparison fails unexpectedly', async () => {
    const run = await runAction(server, { inputs: { 'left-path': AWS, 'right-path': ONPREM, policy: '/nonexistent/policy.yml' }, ...PR_EVENT, env: FAST })

    expect(run.code).toBe(1)
    expect(run.outputs['verdict']).toBe('error')
    expect(run.summary).toContain('dualrun')
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })
})

/**
 * Sends the step `signal` once `ready` holds: SIGINT or SIGTERM as the runner does when the job is
 * cancelled, SIGKILL as a lost runner or an out-of-memory kill does (no handler runs).
 */
function signalWhen(signal: NodeJS.Signals, ready: () => boolean): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      if (!ready()) return
      clearInterval(poll)
      child.kill(signal)
    }, 20)
    child.on('close', () => clearInterval(poll))
  }
}

/** The step is under way: its check run created, a download begun. */
const underWay = (): boolean => server.checkRuns.size > 0 && server.requestsTo('GET', BLOB).length > 0

/** Runs the action on this run's artifacts with every download stalling, `signal` sent once it is under way. */
function runStalledThen(signal: NodeJS.Signals) {
  addArtifacts(RUN_ID)
  server.faults.push({ method: 'GET', path: BLOB, cutAfter: 1_000, stall: true, times: 99 })
  return runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: { DUALRUN_API_TIMEOUT_MS: '60000' }, whileRunning: signalWhen(signal, underWay) })
}

describe('cancellation (dist/index.js)', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130]
  ] as const)('completes its check run as cancelled on %s mid-download and exits %i', async (signal, code) => {
    const run = await runStalledThen(signal)

    expect(run.code).toBe(code)
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title]).toEqual(['completed', 'cancelled', 'cancelled before a result'])
    expect(check.output?.summary).toBe(`dualrun was cancelled (${signal}) before it finished; this commit has no result from this run.\n`)
    expect(run.stdout).toContain(`dualrun: cancelled (${signal}); completing the check run`)
    expect(server.requestsTo('PATCH', CHECK_RUN)).toHaveLength(1)
    expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
    // The completion was confirmed: the post step sends nothing.
    const requests = server.requests.length
    expect((await runPostStep(run)).code).toBe(0)
    expect(server.requests.length).toBe(requests)
  })

  it('exits with the signal’s code within its deadline when the completion gets no answer', async () => {
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, hang: true, times: 99 })
    const run = await runStalledThen('SIGTERM')

    // Without the deadline, the hung PATCH would hold the step for the 60 s API timeout and its retries.
    expect(run.code).toBe(143)
    expect(server.requestsTo('PATCH', CHECK_RUN)).toHaveLength(1)
    expect(onlyCheckRun(server).status).toBe('in_progress')

    // GitHub answers again by the end of the job: the post step completes the run the step left in progress.
    server.faults.length = 0
    const post = await runPostStep(run)
    expect(post.code).toBe(0)
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title]).toEqual(['completed', 'cancelled', 'ended before a result'])
    expect(post.stdout).toContain(`dualrun: the step left check run ${check.id} in progress; completed it as cancelled`)
    expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
  })
})

describe('the post step (dist/post.js)', () => {
  it('sends nothing after a step that completed its check run', async () => {
    addArtifacts(RUN_ID)
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: FAST })
    expectGateFinished(run, server, 'pass', 0)
    const requests = server.requests.length
    const post = await runPostStep(run)
    expect([post.code, server.requests.length, post.stdout.trim()]).toEqual([0, requests, ''])
    // The state handed to the post step names the run, never the token.
    expect(JSON.parse(run.state['check-run'] ?? '{}')).toMatchObject({ target: { owner: 'octo', repo: 'repo' }, id: onlyCheckRun(server).id })
    expect(JSON.stringify(run.state)).not.toContain(TEST_TOKEN)
  })

  it('completes as cancelled the check run of a step killed mid-download', async () => {
    const run = await runStalledThen('SIGKILL')
    expect(run.code).toBeNull()
    expect(onlyCheckRun(server).status).toBe('in_progress')

    server.faults.length = 0
    const post = await runPostStep(run)
    expect(post.code).toBe(0)
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'cancelled', output: { title: 'ended before a result' } })
    // Looked up by the id the step saved.
    expect(server.requestsTo('GET', CHECK_RUN)).toHaveLength(1)
  })

  it('finds the check run of a step killed before GitHub answered its create, by name and external_id', async () => {
    addArtifacts(RUN_ID)
    // Carried out at once, answered only after the step is gone.
    server.faults.push({ method: 'POST', path: CHECK_RUNS, lateMs: 60_000, times: 1 })
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT, env: { DUALRUN_API_TIMEOUT_MS: '60000' }, whileRunning: signalWhen('SIGKILL', () => server.checkRuns.size > 0) })
    expect(run.code).toBeNull()
    expect(JSON.parse(run.state['check-run'] ?? '{}')).not.toHaveProperty('id')

    const post = await runPostStep(run)
    expect(post.code).toBe(0)
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'cancelled' })
  })

  it('completes with the step’s conclusion a run whose completion GitHub kept refusing, and only warns when it cannot', async () => {
    const pair = { 'left-path': join(CASES, 'job-score/left'), 'right-path': join(CASES, 'job-score/right') }
    server.faults.push({ method: 'PATCH', path: CHECK_RUN, status: 503, times: 99 })
    const run = await runAction(server, { inputs: pair, ...PR_EVENT, env: FAST })
    expect([run.code, run.outputs['verdict'], onlyCheckRun(server).status]).toEqual([1, 'fail', 'in_progress'])

    // Still refused at the end of the job: a warning, and the job is not failed by it.
    const refused = await runPostStep(run)
    expect(refused.code).toBe(0)
    expect(refused.stdout).toMatch(/::warning::dualrun could not complete the check run the step left in progress: HTTP 503/)

    server.faults.length = 0
    const post = await runPostStep(run)
    expect(post.code).toBe(0)
    const check = onlyCheckRun(server)
    expect([check.status, check.conclusion, check.output?.title]).toEqual(['completed', 'failure', 'failure: the result is in the job summary'])
    expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
  })
})

/** The verdict of the drift pair survived and there is exactly one check run, completed. */
function expectVerdictAndOne(run: Awaited<ReturnType<typeof runAction>>): void {
  expect([run.code, run.outputs['verdict']]).toEqual([1, 'fail'])
  expect(onlyCheckRun(server).status).toBe('completed')
}

describe('a 3,000-finding drift with multi-byte job titles (dist/index.js)', () => {
  it('ends with a completed failure check run with annotations past the first 50, a comment and a summary within their limits', async () => {
    const titles = ['🚀 données 数据工程师 ', 'e\u0301\u0301 👩🏽‍💻 ', '東京 データ 🧑‍🔬 ']
    const pair = widePair(3_000, (i) => `${titles[i % 3]!.repeat(6)}${i}`)
    const run = await runAction(server, { inputs: { 'left-path': pair.left, 'right-path': pair.right }, ...PR_EVENT, env: FAST })

    expectGateFinished(run, server, 'fail', 3_006)
    const check = onlyCheckRun(server)
    expect([check.conclusion, check.annotations.length]).toEqual(['failure', 1_000])
    expect(Buffer.byteLength(check.output!.summary!, 'utf8')).toBeLessThanOrEqual(65_535)
    expect(check.output!.summary!).toContain('2,006 more findings are not annotated')
    expect(check.annotations[999]!.title).toContain('job-')
    const body = server.comments.get(PR)![0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/Showing [\d,]+ of 3,006 findings/)
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024)
    expect(readFileSync(run.outputs['markdown']!, 'utf8')).toContain('👩🏽‍💻')
    expect([run.outputs['errors'], run.outputs['warnings']]).toEqual(['3004', '2'])
  })
})
