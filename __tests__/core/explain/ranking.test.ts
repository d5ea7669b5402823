/** Ranking statistics against hand-computed values: Kendall's τ-b (with ties), overlaps, moves, sampling, and lists of 0 and 1 job. */
import fc from 'fast-check'
import { compareRankedJobs } from '../../../src/core/compare/rankedJobs.js'
import { kendallTauB, MAX_POINTS, rankingStats } from '../../../src/core/explain/ranking.js'
import type { JsonValue } from '../../../src/core/model/types.js'
import { context, job } from '../../support/rankedFixtures.js'

const ARTIFACT = 'ranked_json:openai:cs' as const

/** τ-b by its definition, pair by pair (O(n²)): the reference for the O(n log n) version. */
function bruteTauB(x: number[], y: number[]): number | null {
  let concordant = 0
  let discordant = 0
  let tiesX = 0
  let tiesY = 0
  const n = x.length
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!)
      const dy = Math.sign(y[i]! - y[j]!)
      if (dx === 0 && dy === 0) continue
      if (dx === 0) tiesX++
      else if (dy === 0) tiesY++
      else if (dx === dy) concordant++
      else discordant++
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY))
  return n < 2 || denominator === 0 ? null : (concordant - discordant) / denominator
}

/** The statistics of two job lists, through the real comparer's identity matching. */
function statsOf(left: JsonValue[], right: JsonValue[], ordering: 'strict' | 'ties-may-swap' = 'strict') {
  const { matching } = compareRankedJobs(ARTIFACT, left, right, context({ ordering }))
  return rankingStats(ARTIFACT, matching!)
}

const ids = (...names: string[]) => names.map((name, i) => job(name, 100 - i))

describe('kendallTauB', () => {
  it('matches hand-computed values', () => {
    // 5 concordant pairs, 1 discordant: (5 - 1) / 6
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 12)
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1)
    expect(kendallTauB([1, 2, 3], [1, 2, 3])).toBe(1)
  })
  it('handles ties (τ-b): x = [1,1,2,3], y = [1,2,2,3] gives 4 / √(5·5) = 0.8', () => {
    // pairs: (1,2) tied in x, (2,3) tied in y, the other 4 concordant; n0 = 6, n1 = n2 = 1
    expect(kendallTauB([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(0.8, 12)
    // a pair tied on both sides counts in neither denominator term
    expect(kendallTauB([1, 1, 2], [1, 1, 2])).toBe(1)
  })
  it('is null for fewer than 2 pairs or when one side is all ties', () => {
    expect(kendallTauB([], [])).toBeNull()
    expect(kendallTauB([1], [1])).toBeNull()
    expect(kendallTauB([1, 1], [1, 2])).toBeNull()
  })
  it('equals the pair-by-pair definition on random data with ties', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 40 }), (pairs) => {
        const x = pairs.map((p) => p[0])
        const y = pairs.map((p) => p[1])
        const expected = bruteTauB(x, y)
        const actual = kendallTauB(x, y)
        if (expected === null) expect(actual).toBeNull()
        else expect(actual).toBeCloseTo(expected, 10)
      }),
      { numRuns: 300 }
    )
  })
})

describe('rankingStats', () => {
  it('counts shared, added and removed jobs; τ over shared; overlaps; the largest moves', () => {
    // left A B C D E, right B A C X E: D removed (rank 4), X added (rank 4), A and B swapped
    const stats = statsOf(ids('A', 'B', 'C', 'D', 'E'), ids('B', 'A', 'C', 'X', 'E'))
    expect(stats).toMatchObject({ artifact: ARTIFACT, shared: 4, added: 1, removed: 1, addedRanks: [4], removedRanks: [4], pointsSampled: false })
    // shared pairs (1,2) (2,1) (3,3) (5,5): 5 concordant, 1 discordant
    expect(stats.kendallTau).toBeCloseTo(4 / 6, 12)
    // 4 of the 5 jobs in either top 10 are in both
    expect(stats.topOverlap).toEqual({ '10': 0.8, '50': 0.8 })
    expect(stats.maxShift).toEqual([
      { job: 'A', left: 1, right: 2, shift: 1 },
      { job: 'B', left: 2, right: 1, shift: -1 }
    ])
    // A is the one reported as moved (the comparer's longest increasing subsequence keeps B)
    expect(stats.points).toEqual([
      { job: 'A', left: 1, right: 2, moved: true },
      { job: 'B', left: 2, right: 1, moved: false },
      { job: 'C', left: 3, right: 3, moved: false },
      { job: 'E', left: 5, right: 5, moved: false }
    ])
  })
  it('limits the top-N overlap to the first N: a change at rank 11 does not touch the top 10', () => {
    const names = Array.from({ length: 12 }, (_, i) => `J${i}`)
    const right = [...names.slice(0, 10), 'NEW', ...names.slice(11)]
    const stats = statsOf(ids(...names), ids(...right))
    expect(stats.topOverlap['10']).toBe(1)
    expect(stats.topOverlap['50']).toBeCloseTo(11 / 12, 12)
  })
  it('handles lists of 0 and 1 job', () => {
    expect(statsOf([], [])).toEqual({
      artifact: ARTIFACT,
      shared: 0,
      added: 0,
      removed: 0,
      kendallTau: null,
      topOverlap: { '10': 1, '50': 1 },
      maxShift: [],
      points: [],
      pointsSampled: false,
      addedRanks: [],
      removedRanks: []
    })
    expect(statsOf(ids('A'), ids('A'))).toMatchObject({ shared: 1, kendallTau: null, topOverlap: { '10': 1, '50': 1 }, maxShift: [] })
    expect(statsOf(ids('A'), [])).toMatchObject({ shared: 0, removed: 1, kendallTau: null, topOverlap: { '10': 0, '50': 0 }, removedRanks: [1] })
    expect(statsOf([], ids('B'))).toMatchObject({ shared: 0, added: 1, topOverlap: { '10': 0, '50': 0 }, addedRanks: [1] })
  })
  it('treats a run of equal scores as ties under ties-may-swap (τ-b), and as ranks under strict', () => {
    const left = [job('A', 10), job('B', 10), job('C', 5)]
    const right = [job('B', 10), job('A', 10), job('C', 5)]
    expect(statsOf(left, right, 'strict').kendallTau).toBeCloseTo(1 / 3, 12)
    // A and B share rank 1 on both sides: that pair is tied, the other two are concordant
    expect(statsOf(left, right, 'ties-may-swap').kendallTau).toBe(1)
  })
  it(`samples points to ${MAX_POINTS}, keeping every moved job, and added/removed ranks evenly`, () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `J${i}`)
    const right = [...names]
    // 30 jobs moved far: each of J0, J100, ... J2900 goes to the end
    const moved = names.filter((_, i) => i % 100 === 0 && i < 3_000)
    const kept = right.filter((name) => !moved.includes(name))
    const extra = Array.from({ length: 3_000 }, (_, i) => `NEW${i}`)
    const stats = statsOf(ids(...names), ids(...kept, ...moved, ...extra))
    expect(stats.shared).toBe(5_000)
    expect(stats.pointsSampled).toBe(true)
    expect(stats.points).toHaveLength(MAX_POINTS)
    expect(stats.points!.filter((p) => p.moved).map((p) => p.job)).toEqual(moved)
    expect(stats.points!.map((p) => p.left)).toEqual([...stats.points!.map((p) => p.left)].sort((a, b) => a - b))
    expect(stats.added).toBe(3_000)
    expect(stats.addedRanks).toHaveLength(MAX_POINTS)
    expect(stats.addedRanks![0]).toBe(5_001)
    expect(stats.addedRanks![MAX_POINTS - 1]).toBe(8_000)
    expect(stats.maxShift[0]).toEqual({ job: 'J0', left: 1, right: 4_971, shift: 4_970 })
  })
})
