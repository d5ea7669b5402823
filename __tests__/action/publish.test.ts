/** The Publisher with a typed fake of @actions/core and no GitHub client: files, outputs, artifact, job summary, failure. */
import { jest } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../src/action/context.js'
import { parseInputs, type Input } from '../../src/action/inputs.js'
import { Publisher, type ReportUploader } from '../../src/action/publish.js'
import { fakeCore } from '../support/fakeCore.js'
import { DRIFT_REPORT, PASS_REPORT } from '../support/reports.js'

const CONTEXT: RunContext = {
  eventName: 'pull_request',
  repo: { owner: 'octo', repo: 'repo' },
  runId: 900,
  runAttempt: 1,
  job: 'gate',
  serverUrl: 'https://github.com',
  fromFork: false,
  headSha: 'b'.repeat(40)
}

function setup(inputs: Partial<Record<Input, string>> = {}, upload?: ReportUploader) {
  const core = fakeCore()
  const folder = mkdtempSync(join(tmpdir(), 'dualrun-publish-'))
  const summaryFile = join(folder, 'summary.md')
  writeFileSync(summaryFile, '')
  const parsed = parseInputs((name) => ({ 'left-path': 'l', 'right-path': 'r', ...inputs })[name] ?? '', 'octo/repo')
  return { core, summaryFile, run: { context: CONTEXT, inputs: parsed, client: undefined, runnerTemp: folder, ...(upload && { upload }) } }
}

describe('Publisher', () => {
  it('writes the report files, sets the outputs, uploads the artifact and writes the job summary linking it', async () => {
    const upload = jest.fn<ReportUploader>(async () => 77)
    const s = setup({}, upload)
    const publisher = await Publisher.start(s)
    await publisher.publish(DRIFT_REPORT)

    expect(s.core.outputs).toMatchObject({ verdict: 'fail', findings: '3', errors: '2', warnings: '1' })
    for (const name of ['report', 'markdown']) expect(existsSync(s.core.outputs[name]!)).toBe(true)
    expect(JSON.parse(readFileSync(s.core.outputs['report']!, 'utf8')).verdict).toBe('fail')
    expect(upload).toHaveBeenCalledTimes(1)
    const [name, files] = upload.mock.calls[0]!
    expect([name, files.map((f) => f.split('/').pop())]).toEqual(['dualrun-report', ['dualrun-report.json', 'dualrun-report.md', 'dualrun-report.html']])
    expect(s.core.info).toHaveBeenCalledWith(`dualrun: fail (2 errors, 1 warnings); report: ${s.core.outputs['report']}`)
    const summary = readFileSync(s.summaryFile, 'utf8')
    expect(summary.startsWith('### ❌ dualrun: FAIL')).toBe(true)
    expect(summary).toContain('https://github.com/octo/repo/actions/runs/900/artifacts/77')
    // No client: no comment, no check run, and nothing to warn about.
    expect(s.core.warning).not.toHaveBeenCalled()
  })

  it('names the artifact by comment key, and turns a failed upload into a warning without stopping', async () => {
    const s = setup({ 'comment-key': 'eu' }, async () => {
      throw Object.assign(new Error('Forbidden'), { status: 403 })
    })
    const publisher = await Publisher.start(s)
    expect(publisher.reportName).toBe('dualrun-report-eu')
    await publisher.publish(PASS_REPORT)

    expect(s.core.warning.mock.calls.map(([m]) => String(m))).toEqual([expect.stringMatching(/^dualrun could not upload the report artifact: /)])
    expect(readFileSync(s.summaryFile, 'utf8').startsWith('### ✅ dualrun: PASS')).toBe(true)
    expect(s.core.outputs['verdict']).toBe('pass')
  })

  it('reports a failure before the run was set up: verdict error and why, in the job summary', async () => {
    const s = setup()
    await Publisher.detached(s.core, s.summaryFile).fail('dualrun: input fail-on must be one of error, warning, never; got <x>')

    expect(s.core.outputs).toEqual({ verdict: 'error' })
    expect(readFileSync(s.summaryFile, 'utf8')).toBe('### ⛔ dualrun could not compare\n\ndualrun: input fail-on must be one of error, warning, never; got &lt;x&gt;\n')
  })
})
