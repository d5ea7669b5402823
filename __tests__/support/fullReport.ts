/**
 * A typed Report that fills every section the HTML report renders: inventory (`files`), causes,
 * the changes count, ranking statistics with points and added/removed ranks, findings carrying
 * change ids, and a policy with a top-k. Built from two job orders so that the points, the
 * statistics and the findings agree with each other; the order, counts and verdict come from the
 * core's own `buildReport`.
 */
import { finding } from '../../src/core/findingKinds.js'
import { buildReport } from '../../src/core/report.js'
import { SIGNALCRAFT_V1 } from '../../src/core/policy/preset.js'
import type { Cause, FileEntry, Finding, RankingStats, Report } from '../../src/core/model/types.js'
import { PRESENT_EVERYWHERE } from './reports.js'

/** The job title that tries to leave every context it is rendered in. */
export const HOSTILE_TITLE = '</script><img src=x onerror=alert(1)>'

const ARTIFACT = 'ranked_json:openai:cs'

/** Options of {@link fullReport}. */
export interface FullReportOptions {
  /** Jobs on the left side (default 40). */
  jobs?: number
  /** Top-k of the policy (default 5). */
  topK?: number
}

/** The shape of the model fields other branches add (counts.changes, policy.ranking); written without depending on them. */
function withExtras(report: Report, changes: number, topK: number): Report {
  const counts = { ...report.counts, changes }
  const policy = { ...report.policy, ranking: { topK } }
  return { ...report, counts, policy }
}

/**
 * The report: left order job-000..job-(n-1); on the right every 7th job moved two places down,
 * the last two removed, two new jobs appended; one score change, one title change to
 * {@link HOSTILE_TITLE}, a scoring-config contract difference and an integrity warning.
 */
export function fullReport(options: FullReportOptions = {}): Report {
  const n = options.jobs ?? 40
  const topK = options.topK ?? 5
  const id = (i: number): string => `job-${String(i).padStart(3, '0')}`
  const leftOrder = Array.from({ length: n }, (_, i) => id(i))
  const rightOrder = leftOrder.slice(0, n - 2)
  for (let i = 7; i + 2 < rightOrder.length; i += 7) {
    const [moved] = rightOrder.splice(i, 1)
    rightOrder.splice(i + 2, 0, moved as string)
  }
  rightOrder.push('job-new-a', 'job-new-b')
  const leftRank = new Map(leftOrder.map((j, i) => [j, i + 1]))
  const rightRank = new Map(rightOrder.map((j, i) => [j, i + 1]))

  const points: NonNullable<RankingStats['points']> = []
  const findings: Finding[] = []
  for (const job of leftOrder) {
    const l = leftRank.get(job) as number
    const r = rightRank.get(job)
    if (r === undefined) {
      findings.push(finding('job-removed', { artifact: ARTIFACT, job, field: 'rank', left: l, message: `${job} is only on the left`, change: 'removed-tail' }))
      continue
    }
    const moved = r !== l
    points.push({ job, left: l, right: r, moved })
    if (moved) findings.push(finding('job-moved', { artifact: ARTIFACT, job, field: 'rank', left: l, right: r, message: `${job} moved from ${l} to ${r}`, change: 'reorder' }))
  }
  const addedRanks: number[] = []
  for (const job of rightOrder) {
    if (leftRank.has(job)) continue
    const r = rightRank.get(job) as number
    addedRanks.push(r)
    findings.push(finding('job-added', { artifact: ARTIFACT, job, field: 'rank', right: r, message: `${job} is only on the right`, change: 'added-tail' }))
  }
  const removedRanks = leftOrder.filter((j) => !rightRank.has(j)).map((j) => leftRank.get(j) as number)
  findings.push(
    finding('job-score', { artifact: ARTIFACT, job: id(3), field: 'score', pointer: '/3/score', left: 35, right: 34, message: 'score differs', change: 'score-minus-one' }),
    finding('job-field', { artifact: ARTIFACT, job: id(3), field: 'title', pointer: '/3/title', left: 'Staff Engineer', right: HOSTILE_TITLE, message: `title differs: ${HOSTILE_TITLE}`, change: 'title' }),
    finding('contract', { artifact: 'run_summary', pointer: '/scoring_config/config_sha256', field: 'scoring_config', left: 'abc', right: 'abd', message: 'scoring config differs', change: 'scoring-config' }),
    finding('integrity', { artifact: 'ranked_csv:openai:cs', side: 'right', field: 'sha256', left: 'sha256:aa', right: 'sha256:bb', message: 'ranked CSV differs from its recorded sha256' })
  )

  const moves = points.filter((p) => p.moved).map((p) => ({ job: p.job, left: p.left, right: p.right, shift: p.right - p.left }))
  const ranking: RankingStats = {
    artifact: ARTIFACT,
    shared: points.length,
    added: addedRanks.length,
    removed: removedRanks.length,
    kendallTau: 0.94,
    topOverlap: { '10': 0.9, '50': 0.95 },
    maxShift: moves.slice(0, 3),
    points,
    pointsSampled: false,
    addedRanks,
    removedRanks
  }
  const causes: Cause[] = [
    {
      stage: 'scoring',
      title: 'scoring config differs',
      changes: ['scoring-config'],
      findings: 1,
      examples: [{ artifact: 'run_summary', field: 'scoring_config', left: 'abc', right: 'abd', explanation: 'the config sha256 differs' }],
      consequences: [
        {
          stage: 'ranking',
          title: `${moves.length} jobs moved`,
          changes: ['reorder', 'score-minus-one'],
          findings: moves.length + 1,
          examples: [{ artifact: ARTIFACT, job: id(3), field: 'score', left: 35, right: 34, explanation: '-1 on score' }]
        }
      ]
    },
    {
      stage: 'derived',
      title: 'a title differs',
      changes: ['title'],
      findings: 1,
      examples: [{ artifact: ARTIFACT, job: id(3), field: 'title', left: 'Staff Engineer', right: HOSTILE_TITLE, explanation: `now ${HOSTILE_TITLE}` }]
    },
    { stage: 'inputs', title: 'the job set differs at the tail', changes: ['added-tail', 'removed-tail'], findings: 4, examples: [] }
  ]
  const files: FileEntry[] = [
    { path: 'run_summary.v1.json', mode: 'contract', left: 'present', right: 'present', outcome: 'differs' },
    { path: 'openai/cs/openai_ranked_jobs.cs.json', mode: 'ranked', left: 'present', right: 'present', outcome: 'differs' },
    { path: 'openai/cs/openai_shortlist.cs.md', mode: 'content', left: 'present', right: 'present', outcome: 'same' },
    { path: 'logs/run.log', mode: 'ignored', reason: 'logs hold timestamps', left: 'present', right: 'present', outcome: 'ignored' },
    { path: `notes/${HOSTILE_TITLE}.txt`, mode: 'content', left: 'present', right: 'missing', outcome: 'one-side' }
  ]

  const base = buildReport({
    left: { label: 'aws', path: '/tmp/left', run_id: '2026-11-27T05:29:01Z' },
    right: { label: 'on-prem', path: '/tmp/right', run_id: '2026-11-27T05:29:05Z' },
    options: { allowRunIdDrift: true, schemas: 'builtin' },
    presence: PRESENT_EVERYWHERE,
    findings,
    policy: SIGNALCRAFT_V1,
    stats: [{ artifact: ARTIFACT, leftItems: n, rightItems: rightOrder.length, identicalBytes: false }],
    files
  })
  const changes = new Set(findings.flatMap((f) => (f.change === undefined ? [] : [f.change]))).size
  return withExtras({ ...base, causes, ranking: [ranking] }, changes, topK)
}
