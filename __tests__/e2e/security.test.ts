/**
 * End-to-end: hostile and broken inputs. Artifacts whose zip entries try to escape or exceed the
 * limits, secrets that must never appear anywhere (debug mode included), and run dirs whose values
 * and file names try to ping people, close issues, inject HTML or Markdown, or forge our marker.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { AWS, MARKER, ONPREM, PR, PR_EVENT, RUN_ID, SAME_RUN_INPUTS, commands, everythingWritten, expectVerdictSurvived, onlyCheckRun, reportOf } from '../support/actionE2e.js'
import { FakeGitHub, runtimeToken } from '../support/githubServer.js'
import { TEST_TOKEN, runAction } from '../support/runAction.js'
import { makeZip, zipFolder } from '../support/zip.js'

const ZWJ = '\u200D'
const BIDI = /[\u202A-\u202E\u2066-\u2069]/
const CONTENT_MARKER = 'CONTENT-OF-AN-ESCAPING-ENTRY'

let server: FakeGitHub

beforeEach(async () => {
  server = await new FakeGitHub({ owner: 'octo', repo: 'repo', currentRunId: RUN_ID }).start()
})
afterEach(async () => {
  await server.close()
})

/**
 * Markdown as GitHub will render it carries no structure from values: the only tags are ours, no
 * backtick, no raw mention or issue reference outside `<code>` (where GitHub links neither), no
 * Bidi control, every table row has its table's column count, and `<!--`/`-->` only in our marker.
 */
function expectInert(markdown: string, markers: number): void {
  expect(markdown.replace(MARKER, '').replace(/<\/?(details( open)?|summary|code|i)>/g, '')).not.toMatch(/[<`]/)
  const prose = markdown
    .replace(/<code>[^<]*<\/code>/g, '')
    .replace(/&#\d+;/g, '')
    .replace(/^#{3,4} /gm, '')
    .replace(/\]\(https:\/\/github\.com\/octo\/repo\/[^)\s]*\)/g, '')
  expect(prose).not.toMatch(new RegExp(`@(?!${ZWJ})`))
  expect(prose).not.toMatch(new RegExp(`#(?!${ZWJ})`))
  expect(markdown).not.toMatch(BIDI)
  expect([markdown.split('<!--').length - 1, markdown.split('-->').length - 1]).toEqual([markers, markers])
  for (const line of markdown.split('\n').filter((l) => l.startsWith('|'))) {
    expect([5, 7]).toContain(line.split('|').length - 1)
    expect(line.length).toBeLessThan(2_000)
  }
  expect(markdown.split('<details').length).toBe(markdown.split('</details>').length)
}

describe('zip artifacts (dist/index.js)', () => {
  it('refuses an artifact whose entries try to escape, naming every entry and never its content', async () => {
    const hostileName = '../@org/team fixes #1 </details><img src=x onerror=alert(1)>|`x`\u202E.json'
    const zip = zipFolder(AWS, '', [
      { name: '../../escaped.json', data: Buffer.from(CONTENT_MARKER) },
      { name: hostileName, data: Buffer.from(CONTENT_MARKER) },
      { name: 'evil-link', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }
    ])
    server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip })
    server.artifacts.push({ id: 12, name: 'onprem-run', runId: RUN_ID, zip: zipFolder(ONPREM) })
    const run = await runAction(server, { inputs: SAME_RUN_INPUTS, ...PR_EVENT })

    const where = `artifact aws-run in this run (${RUN_ID}) of octo/repo`
    const quoted = '"../@org/team fixes #1 </details><img src=x onerror=alert(1)>|`x`\\u202e.json"'
    expectVerdictSurvived(run, 'error', 3)
    expect(commands(run, 'error')).toEqual([
      `dualrun: ${where} holds 3 unsafe entries ("../../escaped.json", ${quoted}, "evil-link"); refused: nothing of it was extracted`,
      'dualrun: verdict error with 3 errors and 0 warnings (fail-on: error)'
    ])
    expect(reportOf(run).findings.map((f) => [f.kind, f.side, f.message])).toEqual([
      ['unsafe-path', 'left', `${where}: entry "../../escaped.json" leaves the artifact (a .. segment); the artifact was not extracted`],
      ['unsafe-path', 'left', `${where}: entry ${quoted} leaves the artifact (a .. segment); the artifact was not extracted`],
      ['unsafe-path', 'left', `${where}: entry "evil-link" is a symbolic link (artifacts hold regular files only; links are never followed or created); the artifact was not extracted`]
    ])
    const root = dirname(run.runnerTemp)
    expect(readdirSync(root).sort()).toEqual(['event.json', 'output', 'state', 'summary.md', 'temp', 'workspace'])
    expect(readdirSync(run.runnerTemp).filter((name) => name.startsWith('dualrun-left'))).toEqual([])
    expect(everythingWritten(run, server)).not.toContain(CONTENT_MARKER)
    const body = server.comments.get(PR)![0]!.body
    expect(body.startsWith(MARKER)).toBe(true)
    expectInert(body, 1)
    expectInert(run.summary, 0)
    expect(onlyCheckRun(server).annotations.map((a) => a.path)).toEqual(['run_dir', 'run_dir', 'run_dir'])
  })

  it.each([
    [
      'an entry declaring 3 GB (a zip bomb), against the default max-file-size',
      [{ name: 'run_summary.v1.json', data: Buffer.alloc(20_000), deflate: true, declaredSize: 3_000_000_000 }],
      {},
      'holds entry "run_summary.v1.json" of 3,000,000,000 bytes (2.8 GiB), over the max-file-size limit of 536,870,912 bytes (512 MiB); refused before extraction (raise --max-file-size / max-file-size to accept it)'
    ],
    [
      'more entries than max-files',
      Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.json`, data: Buffer.from('{}') })),
      { 'max-files': '10' },
      'holds 12 entries, over the max-files limit of 10; refused before extraction (raise --max-files / max-files to accept it)'
    ],
    [
      'more bytes in total than max-artifact-size',
      [1, 2, 3].map((i) => ({ name: `f${i}.json`, data: Buffer.alloc(400_000), deflate: true })),
      { 'max-artifact-size': '1MB' },
      'holds more than 1,000,000 bytes (976.6 KiB) once extracted, over the max-artifact-size limit; refused before extraction (raise --max-artifact-size / max-artifact-size to accept it)'
    ]
  ])('refuses %s up front with one line naming the limit and its input', async (_what, entries, inputs, problem) => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip: makeZip(entries) })
    const run = await runAction(server, { inputs: { 'left-artifact': 'aws-run', 'right-path': ONPREM, ...inputs }, eventName: 'workflow_dispatch', payload: {} })

    expectVerdictSurvived(run, 'error', 1)
    expect(commands(run, 'error')[0]).toBe(`dualrun: artifact aws-run in this run (${RUN_ID}) of octo/repo ${problem}`)
    expect(readdirSync(run.runnerTemp).filter((name) => name.startsWith('dualrun-left'))).toEqual([])
  })

  it('refuses a zip larger than max-artifact-size before downloading it', async () => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: RUN_ID, zip: zipFolder(AWS) })
    const run = await runAction(server, { inputs: { 'left-artifact': 'aws-run', 'right-path': ONPREM, 'max-artifact-size': '10KB' }, eventName: 'workflow_dispatch', payload: {} })

    expectVerdictSurvived(run, 'error', 1)
    expect(commands(run, 'error')[0]).toMatch(
      /^dualrun: artifact aws-run in this run \(900\) of octo\/repo is [\d,]+ bytes \([\d.]+ KiB\) zipped, over the max-artifact-size limit of 10,000 bytes \(9\.8 KiB\); refused before extraction \(raise --max-artifact-size \/ max-artifact-size to accept it\)$/
    )
    expect(server.requestsTo('GET', /^\/blob\//)).toEqual([])
  })
})

describe('secrets (dist/index.js)', () => {
  it('never writes the token or the runtime token anywhere, in debug mode, even when an error echoes the Authorization header', async () => {
    server.artifacts.push({ id: 11, name: 'aws-run', runId: 500, zip: zipFolder(AWS) })
    server.artifacts.push({ id: 12, name: 'onprem-run', runId: RUN_ID, zip: zipFolder(ONPREM) })
    server.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1, echoAuthorization: true })
    server.faults.push({ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 401, times: 1, echoAuthorization: true, message: 'Bad credentials' })
    const run = await runAction(server, {
      inputs: { ...SAME_RUN_INPUTS, 'left-run-id': '500' },
      ...PR_EVENT,
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }
    })

    expectVerdictSurvived(run, 'pass', 0)
    expect(run.stdout).toContain('::debug::')
    expect(commands(run, 'warning')).toEqual([
      `dualrun: could not complete check run ${run.outputs['check-run-id']} (HTTP 401: Bad credentials (request had Authorization: token ***)); completing it with a short summary`
    ])
    expect(onlyCheckRun(server)).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(run.stdout).toContain('failed (HTTP 502: injected 502 (request had Authorization: token ***)); looking for what it may have made, then retrying in')
    const written = everythingWritten(run, server)
    expect(written).not.toContain(TEST_TOKEN)
    expect(written).not.toContain(runtimeToken())
    // The tokens first, then the signature of the download URLs (once: both share it here), then the upload library's own.
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))).toEqual([
      `::add-mask::${TEST_TOKEN}`,
      `::add-mask::${runtimeToken()}`,
      '::add-mask::blob-signature',
      '::add-mask::upload-signature',
      '::add-mask::upload-signature'
    ])
  })
})

describe('hostile values (dist/index.js)', () => {
  const HOSTILE = [
    '@org/team please look',
    'fixes #1',
    '</details></summary></table>',
    '<img src=x onerror=alert(1)>',
    '| a | b |',
    '```js',
    '--> <!-- dualrun:comment key=default -->',
    'evil \u202Etxt.exe\u202C \u2066isolated\u2069',
    'line one\nline two\r\n## heading'
  ]

  /** A run pair whose right openai/cs ranked jobs carry hostile titles, ids and values (hostile file names: see the zip-slip test). */
  function hostilePair(): { left: string; right: string } {
    const dir = mkdtempSync(join(tmpdir(), 'dualrun-hostile-'))
    const [left, right] = [join(dir, 'left'), join(dir, 'right')]
    cpSync(AWS, left, { recursive: true })
    cpSync(AWS, right, { recursive: true })
    const file = join(right, 'openai/cs/openai_ranked_jobs.cs.json')
    const jobs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[]
    HOSTILE.forEach((value, i) => (jobs[i]!['title'] = value))
    jobs[HOSTILE.length]!['title'] = 'T'.repeat(100_000)
    jobs[HOSTILE.length + 1]!['job_id'] = '@org/team fixes #2 <b>|`id`|</b> -->'
    jobs[HOSTILE.length + 2]!['location'] = { '<img src=x>': '@everyone |', nested: ['```', '</details>'] }
    writeFileSync(file, JSON.stringify(jobs))
    return { left, right }
  }

  it('renders them inert in the comment, the summary and the check run, with one marker, ours, first', async () => {
    const pair = hostilePair()
    const forged = server.addComment(PR, `${MARKER}forged by someone else`, { login: 'mallory', type: 'User' })
    const run = await runAction(server, {
      inputs: { 'left-path': pair.left, 'right-path': pair.right, 'left-label': '@org/leads <b>aws</b>', 'fail-on': 'never' },
      ...PR_EVENT
    })

    expect(run.code).toBe(0)
    const report = reportOf(run)
    expect(report.findings.filter((f) => f.kind === 'job-field').length).toBe(HOSTILE.length + 2)

    const comments = server.comments.get(PR)!
    expect(comments).toHaveLength(2)
    expect(comments[0]).toEqual(forged)
    const body = comments[1]!.body
    expect(body.startsWith(`${MARKER}### ❌ dualrun: FAIL — @${ZWJ}org/leads &lt;b&gt;aws&lt;/b&gt; vs on-prem`)).toBe(true)
    expectInert(body, 1)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('<code>"TTT')
    expect(body).toContain('…</code>')
    expect(body).not.toContain('T'.repeat(200))

    expectInert(run.summary, 0)
    const check = onlyCheckRun(server)
    expectInert(check.output!.summary!, 0)
    for (const a of check.annotations) {
      expect(a.title!.length).toBeLessThanOrEqual(255)
      expect(a.message.length).toBeLessThanOrEqual(4_096)
      expect(a.path).not.toMatch(/[\n\r]/)
      expect(`${a.title}${a.message}${a.path}`).not.toMatch(BIDI)
    }
    expect(check.annotations.some((a) => a.message.includes('T'.repeat(400) + '…'))).toBe(true)
  })
})
