import type { RankedMatching } from '../compare/keyedList.js'
import type { ArtifactId, RankingStats } from '../model/types.js'

/** Most points (and added/removed ranks) kept per ranked list for pictures. */
export const MAX_POINTS = 2_000
/** Most rank moves listed in `maxShift`. */
export const MAX_SHIFTS = 10
/** The top-N overlaps reported. */
const TOP_N = [10, 50] as const

/**
 * Kendall's τ-b of paired values (ties handled, so tied ranks are neither concordant nor
 * discordant), in O(n log n) with Knight's algorithm: sort by (x, y), count the ties in x and in
 * (x, y), then count the discordant pairs as the inversions a merge sort of y removes, and the
 * ties in y. Null when fewer than 2 pairs or when either side is all ties.
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length
  if (n < 2) return null
  const order = Array.from({ length: n }, (_, i) => i)
  // Pairs usually come in left-rank order: already sorted, the (stable) sort would leave them as they are.
  if (!sortedByXY(x, y)) order.sort((a, b) => (x[a] as number) - (x[b] as number) || (y[a] as number) - (y[b] as number))
  const pairs = n * (n - 1) / 2
  let tiesX = 0
  let tiesXY = 0
  for (let i = 0, runX = 1, runXY = 1; i < n; i++) {
    const a = order[i] as number
    const b = order[i + 1]
    const sameX = b !== undefined && x[a] === x[b]
    const sameXY = sameX && y[a] === y[b as number]
    if (sameX) runX++
    else {
      tiesX += (runX * (runX - 1)) / 2
      runX = 1
    }
    if (sameXY) runXY++
    else {
      tiesXY += (runXY * (runXY - 1)) / 2
      runXY = 1
    }
  }
  const values = Float64Array.from(order, (i) => y[i] as number)
  const discordant = mergeSortInversions(values)
  let tiesY = 0
  for (let i = 0, run = 1; i < n; i++) {
    if (i + 1 < n && values[i] === values[i + 1]) run++
    else {
      tiesY += (run * (run - 1)) / 2
      run = 1
    }
  }
  const denominator = Math.sqrt((pairs - tiesX) * (pairs - tiesY))
  if (denominator === 0) return null
  return (pairs - tiesX - tiesY + tiesXY - 2 * discordant) / denominator
}

/** Whether the pairs are in (x, y) order already. */
function sortedByXY(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
  for (let i = 1; i < x.length; i++) {
    const dx = (x[i - 1] as number) - (x[i] as number)
    if (dx > 0 || (dx === 0 && (y[i - 1] as number) > (y[i] as number)) || Number.isNaN(dx)) return false
  }
  return true
}

/** Sorts `values` ascending in place (bottom-up merge sort) and returns how many pairs i < j had values[i] > values[j]. */
function mergeSortInversions(values: Float64Array): number {
  const n = values.length
  let from: Float64Array = values
  let to: Float64Array = new Float64Array(n)
  let inversions = 0
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n)
      const end = Math.min(start + 2 * width, n)
      let i = start
      let j = mid
      let k = start
      while (i < mid && j < end) {
        if ((from[j] as number) < (from[i] as number)) {
          inversions += mid - i
          to[k++] = from[j++] as number
        } else to[k++] = from[i++] as number
      }
      while (i < mid) to[k++] = from[i++] as number
      while (j < end) to[k++] = from[j++] as number
    }
    ;[from, to] = [to, from]
  }
  if (from !== values) values.set(from)
  return inversions
}

/** `count` indexes of `0..length-1`, evenly spaced and ascending (all of them when count >= length). */
function evenlySpaced(length: number, count: number): number[] {
  if (count >= length) return Array.from({ length }, (_, i) => i)
  if (count <= 0) return []
  if (count === 1) return [0]
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1)))
}

/** At most `max` values of a sorted list, evenly spaced (first and last kept). */
function sampled(values: readonly number[], max: number): number[] {
  return evenlySpaced(values.length, max).map((i) => values[i] as number)
}

/**
 * Indexes of the pairs drawn as points: all of them up to `max`; above it every moved pair
 * (itself evenly sampled if there are more than `max`) and evenly spaced unmoved ones, in pair order.
 */
function pointIndexes(matching: RankedMatching, max: number): number[] {
  const shared = matching.jobs.length
  if (shared <= max) return Array.from({ length: shared }, (_, i) => i)
  const moved: number[] = []
  const still: number[] = []
  for (let i = 0; i < shared; i++) (matching.moved[i] === 1 ? moved : still).push(i)
  const keptMoved = sampled(moved, max)
  const keptStill = sampled(still, max - keptMoved.length)
  return [...keptMoved, ...keptStill].sort((a, b) => a - b)
}

/** |left top N ∩ right top N| over the larger of the two top-N sets; 1 when both lists are empty. */
function topOverlap(matching: RankedMatching, n: number): number {
  const leftTop = Math.min(n, matching.jobs.length + matching.removedRanks.length)
  const rightTop = Math.min(n, matching.jobs.length + matching.addedRanks.length)
  const larger = Math.max(leftTop, rightTop)
  if (larger === 0) return 1
  // A list's top N are its first N rows, whose ranks may skip unusable entries: count by position.
  const leftCut = nthRank(matching.leftRanks, matching.removedRanks, n)
  const rightCut = nthRank(matching.rightRanks, matching.addedRanks, n)
  let both = 0
  for (let i = 0; i < matching.jobs.length; i++) if ((matching.leftRanks[i] as number) <= leftCut && (matching.rightRanks[i] as number) <= rightCut) both++
  return both / larger
}

/** The rank of a side's n-th row (its rows are the shared ranks plus those only on that side); Infinity when it has fewer. */
function nthRank(shared: Int32Array, only: readonly number[], n: number): number {
  if (shared.length + only.length < n) return Infinity
  // A typed array sorts numbers without a comparator call per step.
  const all = new Float64Array(shared.length + only.length)
  all.set(shared)
  all.set(only, shared.length)
  return all.sort()[n - 1] as number
}

/** The largest rank moves (|right - left|, largest first, then by left rank), at most `max`. */
function largestShifts(matching: RankedMatching, max: number): RankingStats['maxShift'] {
  const moves: number[] = []
  for (let i = 0; i < matching.jobs.length; i++) if (matching.leftRanks[i] !== matching.rightRanks[i]) moves.push(i)
  const size = (i: number): number => Math.abs((matching.rightRanks[i] as number) - (matching.leftRanks[i] as number))
  moves.sort((a, b) => size(b) - size(a) || (matching.leftRanks[a] as number) - (matching.leftRanks[b] as number))
  return moves.slice(0, max).map((i) => {
    const left = matching.leftRanks[i] as number
    const right = matching.rightRanks[i] as number
    return { job: matching.jobs[i] as string, left, right, shift: right - left }
  })
}

/** Ranking statistics of one ranked list from the comparer's identity matching. */
export function rankingStats(artifact: ArtifactId, matching: RankedMatching): RankingStats {
  const indexes = pointIndexes(matching, MAX_POINTS)
  return {
    artifact,
    shared: matching.jobs.length,
    added: matching.addedRanks.length,
    removed: matching.removedRanks.length,
    kendallTau: kendallTauB(matching.leftTies, matching.rightTies),
    topOverlap: { '10': topOverlap(matching, TOP_N[0]), '50': topOverlap(matching, TOP_N[1]) },
    maxShift: largestShifts(matching, MAX_SHIFTS),
    points: indexes.map((i) => ({
      job: matching.jobs[i] as string,
      left: matching.leftRanks[i] as number,
      right: matching.rightRanks[i] as number,
      moved: matching.moved[i] === 1
    })),
    pointsSampled: indexes.length < matching.jobs.length,
    addedRanks: sampled(matching.addedRanks, MAX_POINTS),
    removedRanks: sampled(matching.removedRanks, MAX_POINTS)
  }
}
