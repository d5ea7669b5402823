/**
 * Hand-built, typed Report fixtures for renderer and action unit tests. They go through the
 * core's own `buildReport`, so order, counts and verdict are derived exactly as in a real run.
 */
import { finding } from '../../src/core/findingKinds.js'
import { SIGNALCRAFT_V1 } from '../../src/core/policy/preset.js'
import { buildReport } from '../../src/core/report.js'
import { explain } from '../../src/core/explain/explain.js'
import { sortFindings } from '../../src/core/findingKinds.js'
import type { Finding, PresenceRow, Report } from '../../src/core/model/types.js'

/** The presence matrix of a run with one provider/profile, everything present on both sides. */
export const PRESENT_EVERYWHERE: PresenceRow[] = [
  { artifact: 'run_summary', path: 'run_summary.v1.json', left: 'present', right: 'present' },
  { artifact: 'run_health', path: 'run_health.v1.json', left: 'present', right: 'present' },
  { artifact: 'provider_availability', path: 'artifacts/provider_availability_v1.json', left: 'present', right: 'present' },
  { artifact: 'ranked_json:openai:cs', path: 'openai/cs/openai_ranked_jobs.cs.json', left: 'present', right: 'present' },
  { artifact: 'ranked_csv:openai:cs', path: 'openai/cs/openai_ranked_jobs.cs.csv', left: 'present', right: 'present' }
]

/** A report with the given findings and presence rows (labels `aws` / `on-prem`), explained as compareRuns explains. */
export function reportWith(findings: Finding[], presence: PresenceRow[] = PRESENT_EVERYWHERE): Report {
  // The explain stage runs as in compareRuns (no documents, no ranked matching): changes and causes are real.
  const explained = explain({ findings: sortFindings(findings), policy: SIGNALCRAFT_V1, documents: { left: {}, right: {} }, labels: { left: 'aws', right: 'on-prem' }, matchings: [] })
  return buildReport({
    left: { label: 'aws', path: '/tmp/left', run_id: '2026-11-27T05:29:01Z' },
    right: { label: 'on-prem', path: '/tmp/right', run_id: '2026-11-27T05:29:05Z' },
    options: { allowRunIdDrift: true, schemas: 'builtin' },
    presence,
    findings: explained.findings,
    policy: SIGNALCRAFT_V1,
    stats: [],
    causes: explained.causes,
    ranking: explained.ranking,
    // The inventory of such a run: the presence rows' files, compared and the same.
    files: presence.map((row) => ({
      path: row.path,
      mode: row.artifact.startsWith('ranked') ? ('ranked' as const) : ('contract' as const),
      left: row.left,
      right: row.right,
      outcome: row.left === 'present' && row.right === 'present' ? ('same' as const) : ('one-side' as const)
    }))
  })
}

/** A clean pass. */
export const PASS_REPORT: Report = reportWith([])

/** A drift: one contract difference, one job score, one warning. */
export const DRIFT_REPORT: Report = reportWith([
  finding('contract', { artifact: 'run_summary', pointer: '/scoring_config/sha256', field: 'scoring_config', left: 'abc', right: 'abd', message: 'scoring config differs' }),
  finding('job-score', { artifact: 'ranked_json:openai:cs', job: 'job-17', field: 'score', pointer: '/3/score', left: 0.91, right: 0.87, message: 'score of job-17 differs' }),
  finding('integrity', { artifact: 'ranked_csv:openai:cs', side: 'right', left: 'sha256:aa', right: 'sha256:bb', message: 'ranked CSV differs from its recorded sha256' })
])

/** A missing required artifact on the right side (verdict `error`). */
export const MISSING_REPORT: Report = reportWith(
  [finding('missing', { artifact: 'run_health', side: 'right', message: 'run_health.v1.json is missing' })],
  PRESENT_EVERYWHERE.map((row) => (row.artifact === 'run_health' ? { ...row, right: 'missing' } : row))
)

/** `count` job-field findings on one ranked artifact, each with distinct job ids and values. */
export function manyJobFindings(count: number, artifact: `ranked_json:${string}:${string}` = 'ranked_json:openai:cs', valueChars = 20): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding('job-field', {
      artifact,
      job: `job-${String(i).padStart(5, '0')}`,
      field: 'title',
      pointer: `/${i}/title`,
      left: `left ${'x'.repeat(valueChars)} ${i}`,
      right: `right ${'y'.repeat(valueChars)} ${i}`,
      message: `title of job-${i} differs`
    })
  )
}
