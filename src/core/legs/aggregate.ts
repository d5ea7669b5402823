import type { Cause, Report, Verdict } from '../model/types.js'
import { VERSION } from '../model/version.js'
import type { FailOn } from './manifest.js'

/**
 * The aggregate report over a manifest's legs (`dualrun-legs/v1`, schema in
 * `schemas/dualrun-legs.v1.schema.json`): one row per expected leg, whether or not it could be
 * compared, and the worst leg's verdict. Each leg's full report stays its own file.
 */

/** Most causes copied from a leg's report into its row (the full report holds all). */
export const LEG_CAUSES_KEPT = 3

/** One leg's row. */
export interface LegSummary {
  name: string
  verdict: Verdict
  counts: {
    errors: number
    warnings: number
    total: number
    /** Distinct underlying changes, when the leg's report explains them. */
    changes?: number
  }
  /** The leg's first causes, most important first, when its report has them. */
  causes?: Cause[]
  /** Where the leg's full `dualrun-report/v1` was written; null when it was not written to a file. */
  report: string | null
  left: { label: string; run_id: string | null }
  right: { label: string; run_id: string | null }
}

/** The aggregate report. */
export interface LegsReport {
  schema: 'dualrun-legs/v1'
  tool: { name: 'dualrun'; version: string }
  /** The worst leg's verdict: error over fail over pass. */
  verdict: Verdict
  legs: LegSummary[]
  counts: {
    legs: number
    pass: number
    fail: number
    error: number
    /** Findings over all legs, by severity. */
    errors: number
    warnings: number
    total: number
  }
}

/** A leg's report and where it was written. */
export interface LegReportFile {
  name: string
  report: Report
  /** The file holding `report`, or null when it was not written. */
  path: string | null
}

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 }

/** The worse of two verdicts. */
function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a
}

function summarize({ name, report, path }: LegReportFile): LegSummary {
  const changes = (report.counts as { changes?: unknown }).changes
  const causes = report.causes?.slice(0, LEG_CAUSES_KEPT)
  return {
    name,
    verdict: report.verdict,
    counts: {
      errors: report.counts.errors,
      warnings: report.counts.warnings,
      total: report.counts.total,
      ...(typeof changes === 'number' && { changes })
    },
    ...(causes !== undefined && causes.length > 0 && { causes }),
    report: path,
    left: { label: report.left.label, run_id: report.left.run_id },
    right: { label: report.right.label, run_id: report.right.run_id }
  }
}

/** Builds the aggregate from every leg's report, in the order given (the manifest's). */
export function buildLegsReport(legs: readonly LegReportFile[]): LegsReport {
  const rows = legs.map(summarize)
  const count = (verdict: Verdict): number => rows.filter((row) => row.verdict === verdict).length
  const sum = (key: 'errors' | 'warnings' | 'total'): number => rows.reduce((n, row) => n + row.counts[key], 0)
  return {
    schema: 'dualrun-legs/v1',
    tool: { name: 'dualrun', version: VERSION },
    verdict: rows.reduce<Verdict>((worst, row) => worseVerdict(worst, row.verdict), 'pass'),
    legs: rows,
    counts: { legs: rows.length, pass: count('pass'), fail: count('fail'), error: count('error'), errors: sum('errors'), warnings: sum('warnings'), total: sum('total') }
  }
}

/** Whether the aggregate fails the gate: `error` on any failing or error leg, `warning` also on any warning, `never` never. */
export function legsGateFails(report: LegsReport, failOn: FailOn): boolean {
  switch (failOn) {
    case 'error':
      return report.verdict !== 'pass'
    case 'warning':
      return report.verdict !== 'pass' || report.counts.warnings > 0
    case 'never':
      return false
  }
}

/** The verdict of each leg by name: the action's `legs` output. */
export function legVerdicts(report: LegsReport): Record<string, Verdict> {
  return Object.fromEntries(report.legs.map((row) => [row.name, row.verdict]))
}
