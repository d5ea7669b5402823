/** Causes: the recognised patterns, inputs with their consequences, pipeline order, and nothing dropped. */
import { explainCauses, type CauseContext } from '../../../src/core/explain/causes.js'
import { groupChanges } from '../../../src/core/explain/changes.js'
import { finding, sortFindings } from '../../../src/core/findingKinds.js'
import type { Cause, Finding, RankingStats } from '../../../src/core/model/types.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'

const CTX: CauseContext = { documents: { left: {}, right: {} }, labels: { left: 'aws', right: 'onprem' }, ranking: [] }

function causesOf(findings: Finding[], ctx: CauseContext = CTX): Cause[] {
  return explainCauses(groupChanges(sortFindings(findings), SIGNALCRAFT_V1).changes, ctx)
}

/** Every change id in a cause tree, consequences included. */
function allChanges(causes: readonly Cause[]): string[] {
  return causes.flatMap((c) => [...c.changes, ...allChanges(c.consequences ?? [])])
}

const score = (job: string, rank: number, left: number, right: number, artifact: `ranked_json:${string}:${string}` | `ranked_csv:${string}:${string}` = 'ranked_json:openai:cs'): Finding =>
  finding('job-score', { artifact, job, field: 'score', pointer: `/${rank - 1}/score`, left, right, message: `${job} score` })
const moved = (job: string, left: number, right: number): Finding =>
  finding('job-moved', { artifact: 'ranked_json:openai:cs', job, field: 'rank', pointer: `/${left - 1}`, left, right, message: `${job} moved` })
const removed = (job: string, rank: number, artifact: `ranked_json:${string}:${string}` = 'ranked_json:anthropic:tam'): Finding =>
  finding('job-removed', { artifact, job, field: 'rank', pointer: `/${rank - 1}`, left: rank, message: `${job} removed` })

describe('recognised patterns', () => {
  it('the same delta on many jobs is one cause, across files, with both values in its examples', () => {
    const findings = ['A', 'B', 'C', 'D'].flatMap((job, i) => [score(job, i + 1, 10 - i, 11 - i), score(job, i + 1, 10 - i, 11 - i, 'ranked_csv:openai:cs')])
    const [cause] = causesOf(findings)
    expect(cause).toMatchObject({ stage: 'scoring', title: '+1 on score for 4 jobs in openai/cs', findings: 8 })
    expect(cause!.changes).toEqual(['score:openai:cs:A', 'score:openai:cs:B', 'score:openai:cs:C', 'score:openai:cs:D'])
    expect(cause!.examples).toHaveLength(3)
    expect(cause!.examples[0]).toEqual({
      artifact: 'ranked_json:openai:cs',
      job: 'A',
      field: 'score',
      pointer: '/0/score',
      left: 10,
      right: 11,
      explanation: 'job A: score 10 → 11 in ranked_json, ranked_csv (2 findings)'
    })
  })

  it('different deltas are not one pattern: the jobs are grouped as re-scored, never dropped', () => {
    const causes = causesOf([score('A', 1, 10, 11), score('B', 2, 9, 12), score('C', 3, 8, 6)])
    expect(causes.map((c) => [c.title, c.changes.length])).toEqual([['3 jobs re-scored in openai/cs', 3]])
  })

  it('one block of jobs moved together is one cause; a lone move is its own', () => {
    const causes = causesOf([moved('A', 10, 30), moved('B', 11, 31), moved('C', 12, 32), moved('Z', 40, 2)])
    expect(causes.map((c) => [c.stage, c.title, c.changes.length])).toEqual([
      ['ranking', '3 jobs at ranks 10–12 moved together by +20 (to 30–32) in openai/cs', 3],
      ['ranking', '1 job moved in openai/cs', 1]
    ])
  })

  it("a provider's jobs all removed is one cause naming the provider", () => {
    const stats = (artifact: RankingStats['artifact'], shared: number, removedCount: number): RankingStats => ({
      artifact,
      shared,
      added: 0,
      removed: removedCount,
      kendallTau: null,
      topOverlap: { '10': 0, '50': 0 },
      maxShift: []
    })
    const ctx = { ...CTX, ranking: [stats('ranked_json:anthropic:tam', 0, 3), stats('ranked_json:openai:cs', 10, 1)] }
    const causes = causesOf([removed('A', 1), removed('B', 2), removed('C', 3), removed('Q', 4, 'ranked_json:openai:cs')], ctx)
    expect(causes.map((c) => c.title)).toEqual(['all 3 jobs of provider anthropic removed (none on onprem) in anthropic/tam', '1 job removed in openai/cs'])
  })
})

describe('inputs and their consequences', () => {
  const scoringConfig = finding('contract', {
    artifact: 'run_summary',
    pointer: '/scoring_config/config_sha256',
    field: 'scoring_config.config_sha256',
    left: 'aa',
    right: 'bb',
    message: 'scoring config (config_sha256) differs'
  })
  const documents = {
    left: { run_summary: { scoring_config: { provider: 'openai', profile: 'cs' } }, provider_availability: { providers: [{ provider_id: 'anthropic' }] } },
    right: { run_summary: { scoring_config: { provider: 'openai', profile: 'cs' } }, provider_availability: { providers: [{ provider_id: 'anthropic' }] } }
  }

  it('a scoring config that differs lists the re-scored jobs of its list as consequences', () => {
    const rescored = ['A', 'B', 'C'].map((job, i) => score(job, i + 1, 5, 6))
    const causes = causesOf([scoringConfig, ...rescored, score('X', 1, 1, 2, 'ranked_csv:other:p')], { ...CTX, documents })
    expect(causes[0]).toMatchObject({ stage: 'inputs', title: 'scoring config differs (openai/cs)', changes: ['contract:run_summary/scoring_config/config_sha256'], findings: 1 })
    expect(causes[0]!.examples[0]).toMatchObject({ left: 'aa', right: 'bb', explanation: 'run_summary /scoring_config/config_sha256: "aa" → "bb"' })
    expect(causes[0]!.consequences!.map((c) => c.title)).toEqual(['+1 on score for 3 jobs in openai/cs'])
    // another list's change is not a consequence of that config
    expect(causes[1]!.title).toBe('+1 on score for 1 job in other/p')
  })

  it('a snapshot set that differs reaches every list; a provider unavailable on one side claims its own lists first', () => {
    const snapshot = finding('contract', { artifact: 'run_summary', pointer: '/snapshot_manifest/sha256', field: 'snapshot_manifest.sha256', left: 'x', right: 'y', message: 'snapshot' })
    const unavailable = finding('document', { artifact: 'provider_availability', pointer: '/providers/0/availability', left: 'available', right: 'unavailable', message: 'availability' })
    const causes = causesOf([snapshot, unavailable, removed('A', 1), score('B', 1, 1, 2), score('C', 2, 3, 4)], { ...CTX, documents })
    expect(causes.map((c) => [c.stage, c.title, (c.consequences ?? []).map((x) => x.title)])).toEqual([
      ['inputs', 'snapshot set differs', ['+1 on score for 2 jobs in openai/cs']],
      ['inputs', 'provider anthropic unavailable on onprem', ['1 job removed in anthropic/tam']]
    ])
  })

  it('orders causes by pipeline stage and explains every change exactly once', () => {
    const findings: Finding[] = [
      finding('integrity', { artifact: 'ranked_json:openai:cs', side: 'right', field: 'sha256', message: 'sha' }),
      finding('family', { artifact: 'ranked_families_json:openai:cs', job: 'F', field: 'title', pointer: '/0/title', left: 'a', right: 'b', message: 'f' }),
      moved('A', 1, 5),
      score('B', 2, 1, 3),
      scoringConfig,
      finding('missing', { artifact: 'run_health', side: 'right', message: 'run_health missing' }),
      finding('contract', { artifact: 'run_summary', pointer: '/run_id', field: 'run_id', left: 'a', right: 'b', message: 'run_id differs' })
    ]
    const causes = causesOf(findings)
    expect(causes.map((c) => c.stage)).toEqual(['run-status', 'inputs', 'metadata', 'metadata'])
    // without documents naming a list, the scoring config reaches every list downstream
    expect(causes[1]!.consequences!.map((c) => c.stage)).toEqual(['scoring', 'ranking', 'derived'])
    const ids = allChanges(causes)
    expect(ids.sort()).toEqual([...new Set(groupChanges(sortFindings(findings), SIGNALCRAFT_V1).changes.map((c) => c.id))].sort())
  })
})
