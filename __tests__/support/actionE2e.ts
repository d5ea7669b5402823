/**
 * Shared pieces of the action's end-to-end suites: the fixture runs, the PR event, and readers of
 * what one run left behind (workflow commands, outputs, report, summary, what the fake received).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FakeGitHub } from './githubServer.js'
import { REPO_ROOT } from './paths.js'
import { TEST_TOKEN, type ActionRun } from './runAction.js'

export const AWS = join(REPO_ROOT, 'fixtures/runs/aws')
export const ONPREM = join(REPO_ROOT, 'fixtures/runs/onprem')
export const CASES = join(REPO_ROOT, 'fixtures/cases')
/** The workflow run the action runs in. */
export const RUN_ID = 900
export const PR = 7
export const HEAD_SHA = 'b'.repeat(40)
export const PR_EVENT = { eventName: 'pull_request', payload: { pull_request: { number: PR, head: { sha: HEAD_SHA } } } }
export const MARKER = '<!-- dualrun:comment key=default -->\n'
export const SAME_RUN_INPUTS = { 'left-artifact': 'aws-run', 'right-artifact': 'onprem-run' }

/** Every line the action logged with a workflow command of `kind` (`error`, `warning`). */
export function commands(run: ActionRun, kind: string): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}::`))
    .map((line) => line.slice(kind.length + 4))
}

/** The JSON report the `report` output points at. */
export function reportOf(run: ActionRun): { verdict: string; findings: { kind: string; artifact: string; side?: string; message: string }[] } {
  return JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as ReturnType<typeof reportOf>
}

/** The single check run the fake holds. */
export function onlyCheckRun(server: FakeGitHub) {
  const runs = [...server.checkRuns.values()]
  expect(runs).toHaveLength(1)
  return runs[0]!
}

/**
 * What a fault never changes: the exit code follows the verdict (0 for `pass`), the `verdict`,
 * `findings` and `report` outputs are set, and the job summary is written.
 */
export function expectVerdictSurvived(run: ActionRun, verdict: 'pass' | 'fail' | 'error', findings: number): void {
  expect(run.code).toBe(verdict === 'pass' ? 0 : 1)
  expect([run.outputs['verdict'], run.outputs['findings']]).toEqual([verdict, String(findings)])
  expect(existsSync(run.outputs['report']!)).toBe(true)
  expect(reportOf(run).verdict).toBe(verdict)
  expect(run.summary.startsWith(`### ${{ pass: '✅', fail: '❌', error: '⛔' }[verdict]} dualrun: ${verdict.toUpperCase()}`)).toBe(true)
}

/** Every byte the action wrote or sent, except the Authorization headers and the `::add-mask::` commands the runner consumes. */
export function everythingWritten(run: ActionRun, server: FakeGitHub): string {
  const report = run.outputs['report'] && existsSync(run.outputs['report']) ? readFileSync(run.outputs['report'], 'utf8') : ''
  const markdown = report ? readFileSync(run.outputs['report']!.replace(/\.json$/, '.md'), 'utf8') : ''
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const sent = server.requests.map((r) => `${r.method} ${r.path}?${r.query.toString()} ${JSON.stringify(r.body)}`).join('\n')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.state), report, markdown, sent].join('\n')
}

/**
 * What the gate guarantees whatever the faults: {@link expectVerdictSurvived}, no check run left
 * `in_progress`, at most one check run and one comment per run, and the token nowhere.
 */
export function expectGateFinished(run: ActionRun, server: FakeGitHub, verdict: 'pass' | 'fail' | 'error', findings: number): void {
  expectVerdictSurvived(run, verdict, findings)
  const checks = [...server.checkRuns.values()]
  expect(checks.filter((c) => c.status !== 'completed')).toEqual([])
  expect(checks.length).toBeLessThanOrEqual(1)
  for (const list of server.comments.values()) expect(list.filter((c) => c.body.startsWith(MARKER)).length).toBeLessThanOrEqual(1)
  expect(everythingWritten(run, server)).not.toContain(TEST_TOKEN)
}

/**
 * A run pair whose openai/cs ranked JSON holds `jobs` jobs, every title different on the right
 * (`title(i)` there, `title i` on the left): a drift of about `jobs` findings. Only the ranked JSON
 * is rewritten, so each side also disagrees with itself (its CSV and families still list the
 * fixture's jobs: `inconsistent` findings).
 */
export function widePair(jobs: number, title: (i: number) => string): { left: string; right: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dualrun-wide-'))
  const file = 'openai/cs/openai_ranked_jobs.cs.json'
  const [left, right] = [join(dir, 'left'), join(dir, 'right')]
  for (const side of [left, right]) {
    cpSync(AWS, side, { recursive: true })
    const [base] = JSON.parse(readFileSync(join(side, file), 'utf8')) as object[]
    const list = Array.from({ length: jobs }, (_, i) => ({ ...base, job_id: `job-${i}`, title: side === left ? `title ${i}` : title(i) }))
    writeFileSync(join(side, file), JSON.stringify(list))
  }
  return { left, right }
}
