/**
 * Shared pieces of the action's end-to-end suites: the fixture runs, the PR event, and readers of
 * what one run left behind (workflow commands, outputs, report, summary, what the fake received).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeGitHub } from './githubServer.js'
import { REPO_ROOT } from './paths.js'
import type { ActionRun } from './runAction.js'

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
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), report, markdown, sent].join('\n')
}
