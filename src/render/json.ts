import type { LegsReport } from '../core/legs/aggregate.js'
import type { Report } from '../core/model/types.js'

/** A report as JSON: the `dualrun-report/v1` document, or the `dualrun-legs/v1` aggregate. */
export function renderJson(report: Report | LegsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
