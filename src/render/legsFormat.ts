import type { LegSummary } from '../core/legs/aggregate.js'
import type { Report } from '../core/model/types.js'
import { findingSentence, plural } from './format.js'

/** What the text and Markdown views of the aggregate say in each cell of a leg's row. */

/** A leg's top cause: its first cause's title, else its first finding's message (errors sort first); undefined when it has neither. */
export function topCause(row: LegSummary, report: Report | undefined): string | undefined {
  const first = report?.findings[0]
  return row.causes?.[0]?.title ?? (first !== undefined && report !== undefined ? findingSentence(report, first) : undefined)
}

/** A leg's size of difference: its changes when its report explains them, else its findings. */
export function changesCell(row: LegSummary): string {
  return row.counts.changes !== undefined ? plural(row.counts.changes, 'change') : plural(row.counts.total, 'finding')
}

/** The aggregate's one-line headline: the verdict and how many legs had each verdict. */
export function legsHeadline(counts: { legs: number; pass: number; fail: number; error: number }): string {
  const parts = (['pass', 'fail', 'error'] as const).filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`)
  return `${plural(counts.legs, 'leg')}: ${parts.join(', ')}`
}
