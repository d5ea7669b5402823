import type { LegReportFile, LegsReport } from '../core/legs/aggregate.js'
import { groupByArtifact, shorten } from './format.js'
import { changesCell, legsHeadline, topCause } from './legsFormat.js'
import { singleLine } from './markdownSafe.js'
import { findingLine } from './text.js'

/** Longest top cause shown in the table, in characters. */
const CAUSE_MAX_CHARS = 70

/**
 * The aggregate as text: the verdict, a table leg | verdict | top cause | changes, then each leg
 * that did not pass with its findings grouped by artifact, one per line (as the per-pair text report).
 */
export function renderLegsText(aggregate: LegsReport, legs: readonly LegReportFile[]): string {
  const reports = new Map(legs.map((leg) => [leg.name, leg.report]))
  const rows = aggregate.legs.map((row) => [row.name, row.verdict, singleLine(shorten(topCause(row, reports.get(row.name)) ?? '—', CAUSE_MAX_CHARS)), changesCell(row)])
  const header = ['leg', 'verdict', 'top cause', 'changes']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')
  const lines = [`dualrun legs: ${aggregate.verdict.toUpperCase()} (${legsHeadline(aggregate.counts)})`, '', line(header), ...rows.map(line)]
  for (const row of aggregate.legs) {
    const report = reports.get(row.name)
    if (row.verdict === 'pass' || report === undefined) continue
    lines.push('', `== ${row.name}: ${row.verdict} (${singleLine(row.left.label)} vs ${singleLine(row.right.label)})${row.report !== null ? `; report ${singleLine(row.report)}` : ''}`)
    for (const [artifact, group] of groupByArtifact(report.findings)) lines.push(`${artifact} (${group.length})`, ...group.map((f) => findingLine(report, f)))
  }
  return `${lines.join('\n')}\n`
}
