import type { Report } from '../core/model/types.js'

/** The report as JSON, the `dualrun-report/v1` document. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
