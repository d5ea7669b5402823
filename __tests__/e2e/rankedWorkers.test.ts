/**
 * The ranked-file engines of the bundle: on every fixture case and the fixture pair, the worker
 * threads (`DUALRUN_RANKED_ENGINE=workers`), the ranked tasks inline and the plain path write the
 * same JSON report; a worker that dies becomes one finding per ranked artifact, never a hang.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/paths.js'

const CLI = join(REPO_ROOT, 'dist/cli.js')
const CASES = join(REPO_ROOT, 'fixtures/cases')
const PAIRS: [string, string, string][] = [
  ['fixture pair', join(REPO_ROOT, 'fixtures/runs/aws'), join(REPO_ROOT, 'fixtures/runs/onprem')],
  ...readdirSync(CASES)
    .filter((name) => statSync(join(CASES, name)).isDirectory())
    .map((name): [string, string, string] => [name, join(CASES, name, 'left'), join(CASES, name, 'right')])
]

function report(left: string, right: string, env: Record<string, string>, extra: string[] = []): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, 'compare', left, right, '--allow-run-id-drift', '--format', 'json', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000
  })
}

describe('ranked engines of dist/cli.js', () => {
  it.each(PAIRS)('%s: workers, inline and plain give the same report', (_name, left, right) => {
    const [workers, inline, plain] = ['workers', 'inline', 'plain'].map((engine) => report(left, right, { DUALRUN_RANKED_ENGINE: engine }))
    expect(plain?.stderr).toBe('')
    expect([workers?.status, workers?.stderr]).toEqual([plain?.status, ''])
    expect(JSON.parse(workers?.stdout ?? '')).toEqual(JSON.parse(plain?.stdout ?? ''))
    expect(JSON.parse(inline?.stdout ?? '')).toEqual(JSON.parse(plain?.stdout ?? ''))
  })

  // Ties may swap: the engines read primary scores (which strict ordering never does), from the task's columns or the rows.
  const tiesPolicy = join(mkdtempSync(join(tmpdir(), 'dualrun-ties-')), 'policy.yml')
  writeFileSync(tiesPolicy, 'name: ties\nordering: ties-may-swap\n')
  it.each(PAIRS.filter(([name]) => ['fixture pair', 'job-moved', 'kitchen-sink', 'csv-header', 'job-identity'].includes(name)))(
    '%s with ordering ties-may-swap: workers, inline and plain give the same report',
    (_name, left, right) => {
      const [workers, inline, plain] = ['workers', 'inline', 'plain'].map((engine) => report(left, right, { DUALRUN_RANKED_ENGINE: engine }, ['--policy', tiesPolicy]))
      expect([plain?.stderr, JSON.parse(plain?.stdout ?? '').policy.ordering]).toEqual(['', 'ties-may-swap'])
      expect(JSON.parse(workers?.stdout ?? '')).toEqual(JSON.parse(plain?.stdout ?? ''))
      expect(JSON.parse(inline?.stdout ?? '')).toEqual(JSON.parse(plain?.stdout ?? ''))
    }
  )

  it('reports a worker that dies as an error finding on each ranked artifact, and ends', () => {
    const [, left, right] = PAIRS[0] as [string, string, string]
    // A heap cap too small to start: each worker dies of it, as one would on a runner out of memory.
    const run = report(left, right, { DUALRUN_RANKED_ENGINE: 'workers', DUALRUN_WORKER_MAX_HEAP_MB: '1' })
    expect([run.status, run.stderr]).toEqual([2, ''])
    const parsed = JSON.parse(run.stdout) as { verdict: string; findings: { kind: string; artifact: string; message: string }[] }
    expect(parsed.verdict).toBe('error')
    const dead = parsed.findings.filter((f) => f.message.endsWith('could not be compared (internal error: ranked-file worker failed: Worker terminated due to reaching memory limit: JS heap out of memory)'))
    expect(dead.map((f) => [f.kind, f.artifact]).sort()).toEqual(
      ['ranked_csv', 'ranked_families_json', 'ranked_json'].flatMap((kind) => ['anthropic:tam', 'openai:cs'].map((t) => ['unreadable', `${kind}:${t}`])).sort()
    )
  })
})
