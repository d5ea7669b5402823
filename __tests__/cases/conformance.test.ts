/**
 * Conformance on REAL run directories made by the upstream pipeline (../shared/upstream):
 * the real pair passes with run-id drift allowed, gives exactly one run_id finding without it,
 * upstream's own schemas give exactly the two known enum errors per side, and the m19c pair
 * (no v1 documents) gives `error` with its ranked outputs still compared.
 */
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { Finding } from '../../src/core/model/types.js'
import { captureIO, UPSTREAM, upstreamAvailable } from '../support/paths.js'

const available = upstreamAvailable('conformance')
const maybe = available ? describe : describe.skip
const LEFT = join(UPSTREAM, 'runs/left-aws-like')
const RIGHT = join(UPSTREAM, 'runs/right-onprem-like')

function brief(f: Finding): Partial<Finding> {
  const { kind, severity, artifact, side, pointer, field, left, right } = f
  return { kind, severity, artifact, side, pointer, field, left, right }
}

maybe('the real pair', () => {
  it('passes with run-id drift allowed, every artifact present and compared', async () => {
    const report = await compareRuns({ left: { path: LEFT, label: 'aws' }, right: { path: RIGHT, label: 'on-prem' }, allowRunIdDrift: true })
    expect(report.findings).toEqual([])
    expect(report.verdict).toBe('pass')
    expect(report.presence.map((row) => [row.artifact, row.left, row.right])).toEqual([
      ['run_summary', 'present', 'present'],
      ['run_health', 'present', 'present'],
      ['provider_availability', 'present', 'present'],
      ['ranked_json:openai:cs', 'present', 'present'],
      ['ranked_csv:openai:cs', 'present', 'present'],
      ['ranked_families_json:openai:cs', 'present', 'present']
    ])
    expect(report.stats.map((s) => [s.artifact, s.leftItems, s.identicalBytes])).toEqual([
      ['ranked_json:openai:cs', 19, true],
      ['ranked_csv:openai:cs', 19, true],
      ['ranked_families_json:openai:cs', 19, true]
    ])
    expect(report.left.run_id).toBe('2026-11-27T05:29:01Z')
    expect(report.right.run_id).toBe('2026-11-27T05:29:05Z')
  })

  it('gives exactly one run_id finding without drift allowed', async () => {
    const report = await compareRuns({ left: { path: LEFT, label: 'aws' }, right: { path: RIGHT, label: 'on-prem' }, allowRunIdDrift: false })
    expect(report.findings.map(brief)).toEqual([
      {
        kind: 'contract',
        severity: 'error',
        artifact: 'run_summary',
        side: undefined,
        pointer: '/run_id',
        field: 'run_id',
        left: '2026-11-27T05:29:01Z',
        right: '2026-11-27T05:29:05Z'
      }
    ])
    expect(report.verdict).toBe('fail')
  })

  it("shows exactly upstream's two artifact_key enum errors per side with upstream's own schemas", async () => {
    const report = await compareRuns({
      left: { path: LEFT, label: 'aws' },
      right: { path: RIGHT, label: 'on-prem' },
      allowRunIdDrift: true,
      schemasDir: join(UPSTREAM, 'schemas')
    })
    expect(report.findings.map((f) => [f.kind, f.side, f.artifact, f.pointer])).toEqual([
      ['schema', 'left', 'run_summary', '/primary_artifacts/4/artifact_key'],
      ['schema', 'left', 'run_summary', '/primary_artifacts/5/artifact_key'],
      ['schema', 'right', 'run_summary', '/primary_artifacts/4/artifact_key'],
      ['schema', 'right', 'run_summary', '/primary_artifacts/5/artifact_key']
    ])
    expect(report.verdict).toBe('fail')
  })

  it('works as a drop-in: upstream arguments, exit 0 and upstream PASS lines', async () => {
    const io = captureIO()
    const code = await runCli([LEFT, RIGHT, '--allow-run-id-drift', '--repo-root', '/nonexistent'], io)
    expect(code).toBe(0)
    expect(io.out().split('\n').slice(0, 4)).toEqual([
      'PASS: dual-run deterministic comparison matched',
      `left_run_dir=${LEFT}`,
      `right_run_dir=${RIGHT}`,
      'allow_run_id_drift=True'
    ])
    expect(io.err()).toBe('')
  })

  it('exits 1 with the upstream FAIL line without drift', async () => {
    const io = captureIO()
    expect(await runCli(['compare', LEFT, RIGHT, '--no-allow-run-id-drift'], io)).toBe(1)
    expect(io.out().split('\n')[0]).toBe('FAIL: dual-run deterministic comparison failed')
    expect(io.out()).toContain('run_id differs ("2026-11-27T05:29:01Z" != "2026-11-27T05:29:05Z")')
  })
})

maybe('the m19c published pair (no v1 documents)', () => {
  it('gives error for the missing documents and still compares the ranked outputs (582 jobs, no differences)', async () => {
    const report = await compareRuns({
      left: { path: join(UPSTREAM, 'm19c/primary'), label: 'primary' },
      right: { path: join(UPSTREAM, 'm19c/dr'), label: 'dr' },
      allowRunIdDrift: true
    })
    expect(report.verdict).toBe('error')
    expect(report.findings.map((f) => [f.kind, f.artifact, f.side])).toEqual([
      ['missing', 'run_summary', 'left'],
      ['missing', 'run_summary', 'right'],
      ['missing', 'run_health', 'left'],
      ['missing', 'run_health', 'right'],
      ['missing', 'provider_availability', 'left'],
      ['missing', 'provider_availability', 'right']
    ])
    expect(report.stats.map((s) => [s.artifact, s.leftItems, s.rightItems])).toEqual([
      ['ranked_json:openai:cs', 582, 582],
      ['ranked_csv:openai:cs', 582, 582],
      ['ranked_families_json:openai:cs', expect.any(Number), expect.any(Number)]
    ])
    const io = captureIO()
    expect(await runCli([join(UPSTREAM, 'm19c/primary'), join(UPSTREAM, 'm19c/dr'), '--allow-run-id-drift'], io)).toBe(2)
    expect(io.out()).toContain('verdict: error')
    // The CLI acquires the published layout (no run_summary) as a run dir, and the published preset passes it.
    const published = captureIO()
    expect(await runCli(['compare', join(UPSTREAM, 'm19c/primary'), join(UPSTREAM, 'm19c/dr'), '--policy', 'signalcraft-published'], published)).toBe(0)
    expect(published.out()).toMatch(/^PASS: dual-run deterministic comparison matched\n/)
    expect(published.out()).toContain('ranked: 3 file pairs (3 byte-identical), 1709 / 1709 items')
  })
})
