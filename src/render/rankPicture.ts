import type { RankingStats } from '../core/model/types.js'
import { htmlText } from './htmlSafe.js'
import { thousands } from './format.js'

/**
 * The rank-shift picture of one ranked list, as inline SVG: rank on the left side (x) against
 * rank on the right side (y, rank 1 at the top), one point per shared job, moved jobs highlighted,
 * added jobs as ticks in a strip left of the plot (at their right rank), removed jobs in a strip
 * below it (at their left rank), the diagonal where unmoved jobs sit, and the top-k band shaded.
 * It draws only from `ranking.points`, `addedRanks` and `removedRanks`; above `maxPoints` it
 * draws a deterministic sample (moved jobs first) and says so.
 */

/** Options of {@link rankPicture}. */
export interface RankPictureOptions {
  /** Most points drawn; above it the points are sampled. */
  maxPoints: number
  /** Ranks 1..topK form the band marked on both axes. */
  topK: number
  /** Number of ranks on the axes (at least every rank in the points); the longer list's length. */
  ranks: number
  leftLabel: string
  rightLabel: string
}

/** The SVG and what it shows. */
export interface RankPicture {
  svg: string
  /** Points drawn (one `circle.pt` each). */
  drawn: number
  /** Sentences about sampling, for the caption; empty when everything is drawn. */
  notes: string[]
}

type Point = NonNullable<RankingStats['points']>[number]

const WIDTH = 480
const HEIGHT = 440
const PLOT = { x: 70, y: 24, size: 340 }
const STRIP = 16

const coordinate = (n: number): string => n.toFixed(1)

/** Every k-th item of `items` so that at most `max` remain (all when they fit). */
function stride<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items]
  const step = items.length / max
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T)
}

/** At most `max` points: moved ones first (up to all of `max`), the rest an even stride over the unmoved. */
export function samplePoints(points: readonly Point[], max: number): Point[] {
  if (points.length <= max) return [...points]
  const moved = points.filter((p) => p.moved)
  const keptMoved = stride(moved, max)
  const unmoved = points.filter((p) => !p.moved)
  return [...keptMoved, ...stride(unmoved, max - keptMoved.length)]
}

/** Renders the picture of one ranked list. */
export function rankPicture(ranking: RankingStats, options: RankPictureOptions): RankPicture {
  const points = ranking.points ?? []
  const shown = samplePoints(points, options.maxPoints)
  const added = stride(ranking.addedRanks ?? [], options.maxPoints)
  const removed = stride(ranking.removedRanks ?? [], options.maxPoints)
  let ranks = Math.max(1, options.ranks)
  for (const p of points) ranks = Math.max(ranks, p.left, p.right)
  for (const r of [...added, ...removed]) ranks = Math.max(ranks, r)
  const at = (rank: number): number => ((rank - 0.5) / ranks) * PLOT.size

  const notes: string[] = []
  if (ranking.pointsSampled) notes.push(`The report holds a sample of the ${thousands(ranking.shared)} shared jobs as points.`)
  if (shown.length < points.length) notes.push(`Showing ${thousands(shown.length)} of ${thousands(points.length)} points (every moved job first, then an even sample).`)
  const addedTotal = ranking.addedRanks?.length ?? 0
  const removedTotal = ranking.removedRanks?.length ?? 0
  if (added.length < addedTotal || removed.length < removedTotal) notes.push('Added and removed jobs are sampled the same way.')

  const k = Math.min(Math.max(0, options.topK), ranks)
  const band = (k / ranks) * PLOT.size
  const radius = shown.length <= 200 ? 3.5 : shown.length <= 2000 ? 2 : 1.2
  const parts: string[] = []
  parts.push(
    `<svg class="rank-picture" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img">`,
    `<title>Rank on ${htmlText(options.leftLabel, 60)} against rank on ${htmlText(options.rightLabel, 60)}</title>`,
    `<rect class="plot" x="${PLOT.x}" y="${PLOT.y}" width="${PLOT.size}" height="${PLOT.size}"/>`
  )
  if (k > 0) {
    parts.push(
      `<rect class="band" x="${PLOT.x}" y="${PLOT.y}" width="${coordinate(band)}" height="${PLOT.size}"/>`,
      `<rect class="band" x="${PLOT.x}" y="${PLOT.y}" width="${PLOT.size}" height="${coordinate(band)}"/>`,
      `<text class="band-label" x="${coordinate(PLOT.x + band + 4)}" y="${PLOT.y + 12}">top ${k}</text>`
    )
  }
  parts.push(`<line class="diagonal" x1="${PLOT.x}" y1="${PLOT.y}" x2="${PLOT.x + PLOT.size}" y2="${PLOT.y + PLOT.size}"/>`)
  // Unmoved points first, so that moved ones are drawn on top.
  for (const p of shown) if (!p.moved) parts.push(`<circle class="pt" cx="${coordinate(PLOT.x + at(p.left))}" cy="${coordinate(PLOT.y + at(p.right))}" r="${radius}"/>`)
  for (const p of shown) {
    if (!p.moved) continue
    parts.push(
      `<circle class="pt moved" cx="${coordinate(PLOT.x + at(p.left))}" cy="${coordinate(PLOT.y + at(p.right))}" r="${radius + 0.5}"><title>${htmlText(p.job, 120)}: rank ${p.left} → ${p.right}</title></circle>`
    )
  }
  const addedX = PLOT.x - STRIP
  for (const r of added) parts.push(`<line class="added" x1="${addedX}" x2="${addedX + STRIP - 4}" y1="${coordinate(PLOT.y + at(r))}" y2="${coordinate(PLOT.y + at(r))}"/>`)
  const removedY = PLOT.y + PLOT.size + 4
  for (const r of removed) parts.push(`<line class="removed" y1="${removedY}" y2="${removedY + STRIP - 4}" x1="${coordinate(PLOT.x + at(r))}" x2="${coordinate(PLOT.x + at(r))}"/>`)
  const bottom = PLOT.y + PLOT.size + STRIP + 14
  parts.push(
    `<text class="tick" x="${PLOT.x}" y="${bottom}">1</text>`,
    `<text class="tick end" x="${PLOT.x + PLOT.size}" y="${bottom}">${ranks}</text>`,
    `<text class="tick end" x="${addedX - 4}" y="${PLOT.y + 10}">1</text>`,
    `<text class="tick end" x="${addedX - 4}" y="${PLOT.y + PLOT.size}">${ranks}</text>`,
    `<text class="axis" x="${PLOT.x + PLOT.size / 2}" y="${bottom + 18}">rank on ${htmlText(options.leftLabel, 40)} →</text>`,
    `<text class="axis" transform="translate(${addedX - 20} ${PLOT.y + PLOT.size / 2}) rotate(-90)">rank on ${htmlText(options.rightLabel, 40)} →</text>`,
    `<text class="strip-label" x="${addedX + 2}" y="${PLOT.y - 6}">added</text>`,
    `<text class="strip-label" x="${PLOT.x + PLOT.size + 2}" y="${removedY + 10}">removed</text>`,
    '</svg>'
  )
  return { svg: parts.join(''), drawn: shown.length, notes }
}
