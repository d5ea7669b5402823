import type { LegReportFile, LegsReport } from '../core/legs/aggregate.js'
import type { Verdict } from '../core/model/types.js'
import { plural } from './format.js'
import { changesCell, legsHeadline, topCause } from './legsFormat.js'
import { renderMarkdownReport, type MarkdownOptions } from './markdown.js'
import { mdCode, mdText } from './markdownSafe.js'

/**
 * The aggregate as GitHub Markdown, for the one sticky comment, job summary and check-run summary
 * of a manifest. It leads with a table leg | verdict | top cause | changes, then each leg that did
 * not pass, collapsed in its own `<details>`, rendered by {@link renderMarkdownReport} (causes and
 * findings) within a share of the budget: the table always fits first, and what one leg does not
 * use goes to the next.
 */

/** Options of {@link renderLegsMarkdown}: the per-pair renderer's, with `reportName` defaulting to `dualrun-legs`. */
export type LegsMarkdownOptions = Pick<MarkdownOptions, 'header' | 'reportName' | 'reportUrl' | 'budget'>

/** Longest top cause shown in the table, in characters. */
const CAUSE_MAX_CHARS = 120
/** Longest label shown, in characters. */
const NAME_MAX_CHARS = 80
/** A leg's share smaller than this shows no details: the per-pair renderer needs room for its verdict line. */
const MIN_LEG_SHARE = 400

const VERDICT_CELL: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', error: '⛔ error' }

/** Renders the aggregate. With `options.budget` the result's measured size never exceeds `budget.maxSize` (given at least a few hundred). */
export function renderLegsMarkdown(aggregate: LegsReport, legs: readonly LegReportFile[], options: LegsMarkdownOptions = {}): string {
  const measure = options.budget?.measure ?? ((text: string) => text.length)
  const reports = new Map(legs.map((leg) => [leg.name, leg.report]))
  const reportName = options.reportName ?? 'dualrun-legs'
  const icon = VERDICT_CELL[aggregate.verdict].split(' ')[0]
  const head =
    (options.header ?? '') +
    `### ${icon} dualrun: ${aggregate.verdict.toUpperCase()} — ${legsHeadline(aggregate.counts)}\n\n` +
    `| leg | verdict | top cause | changes |\n|---|---|---|---|\n` +
    aggregate.legs
      .map((row) => {
        const cause = topCause(row, reports.get(row.name))
        return `| ${mdCode(row.name, NAME_MAX_CHARS)} | ${VERDICT_CELL[row.verdict]} | ${cause === undefined ? '—' : mdText(cause, CAUSE_MAX_CHARS)} | ${changesCell(row)} |\n`
      })
      .join('') +
    '\n'

  const failing = aggregate.legs.filter((row) => row.verdict !== 'pass' && reports.has(row.name))
  const open = (name: string, verdict: Verdict, left: string, right: string): string =>
    `<details>\n<summary>${VERDICT_CELL[verdict]} · <code>${mdText(name, NAME_MAX_CHARS)}</code> · ${mdText(left, NAME_MAX_CHARS)} vs ${mdText(right, NAME_MAX_CHARS)}</summary>\n\n`
  const close = '\n</details>\n\n'
  const skipped = (count: number): string => `_…details of ${plural(count, 'more leg')} in their reports (${mdCode(reportName, NAME_MAX_CHARS)})._\n`

  if (options.budget && measure(head) + measure(skipped(failing.length)) > options.budget.maxSize) {
    return fitLines(head, options.budget.maxSize, measure)
  }
  let room = options.budget ? options.budget.maxSize - measure(head) - measure(skipped(failing.length)) : Infinity
  const parts = [head]
  let shown = 0
  for (const [i, row] of failing.entries()) {
    const wrapper = open(row.name, row.verdict, row.left.label, row.right.label)
    const share = Math.floor(room / (failing.length - i)) - measure(wrapper) - measure(close)
    if (share < MIN_LEG_SHARE) break
    const body = renderMarkdownReport(reports.get(row.name)!, {
      reportName: `${reportName}: ${row.report !== null ? (row.report.split(/[\\/]/).pop() ?? row.report) : row.name}`,
      ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
      ...(options.budget && { budget: { maxSize: share, measure } })
    })
    parts.push(wrapper, body, close)
    room -= measure(wrapper) + measure(body) + measure(close)
    shown++
  }
  if (shown < failing.length) parts.push(skipped(failing.length - shown))
  return parts.join('')
}

/** A table too long for the budget: whole lines up to the limit (a table cut at a row boundary stays a table). */
function fitLines(text: string, maxSize: number, measure: (t: string) => number): string {
  let out = ''
  for (const line of text.split(/(?<=\n)/)) {
    if (measure(out + line) > maxSize) break
    out += line
  }
  return out
}
