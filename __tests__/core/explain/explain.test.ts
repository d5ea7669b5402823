/** The explain stage's use of ranking statistics made earlier (while the jobs task still ran) from the very matching it is given. */
import { compareRankedJobs } from '../../../src/core/compare/rankedJobs.js'
import { explain } from '../../../src/core/explain/explain.js'
import { rankingStats } from '../../../src/core/explain/ranking.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import { context, job } from '../../support/rankedFixtures.js'

const JOBS = 'ranked_json:openai:cs' as const
const OTHER = 'ranked_json:openai:ds' as const

describe('explain: ranking statistics', () => {
  const { matching } = compareRankedJobs(JOBS, [job('a', 90), job('b', 80), job('c', 70)], [job('b', 90), job('a', 80), job('c', 70)], context())
  const base = { findings: [], policy: SIGNALCRAFT_V1, documents: { left: {}, right: {} }, labels: { left: 'aws', right: 'on-prem' } }

  it('takes the statistics given with a matching and makes the others, in the matchings order', () => {
    const early = rankingStats(JOBS, matching!)
    const { ranking } = explain({ ...base, matchings: [{ artifact: JOBS, matching: matching!, ranking: early }, { artifact: OTHER, matching: matching! }] })
    expect(ranking).toHaveLength(2)
    expect(ranking[0]).toBe(early)
    expect(ranking[1]).toEqual(rankingStats(OTHER, matching!))
    expect(ranking[1]?.artifact).toBe(OTHER)
  })

  it('gives the same statistics whether they were made earlier or here', () => {
    const made = explain({ ...base, matchings: [{ artifact: JOBS, matching: matching! }] }).ranking
    const given = explain({ ...base, matchings: [{ artifact: JOBS, matching: matching!, ranking: rankingStats(JOBS, matching!) }] }).ranking
    expect(given).toEqual(made)
    expect(made[0]?.kendallTau).toBeLessThan(1)
  })
})
