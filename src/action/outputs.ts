import type { Report } from '../core/model/types.js'
import { FailOn, Output } from './inputs.js'

/** Sets one step output (`@actions/core` `setOutput` in the action). */
export type OutputWriter = (name: Output, value: string) => void

/** Sets the outputs that come from the report: verdict, finding counts, and the paths of the JSON and Markdown reports. */
export function setReportOutputs(write: OutputWriter, report: Report, files: { json: string; markdown: string }): void {
  write(Output.Verdict, report.verdict)
  write(Output.Findings, String(report.counts.total))
  write(Output.Errors, String(report.counts.errors))
  write(Output.Warnings, String(report.counts.warnings))
  write(Output.Report, files.json)
  write(Output.Markdown, files.markdown)
}

/** True when the report fails the step under `failOn`. */
export function gateFails(report: Report, failOn: FailOn): boolean {
  switch (failOn) {
    case FailOn.Error:
      return report.verdict === 'error' || report.counts.errors > 0
    case FailOn.Warning:
      return report.verdict === 'error' || report.counts.total > 0
    case FailOn.Never:
      return false
  }
}

/** The check-run conclusion: failure when the gate fails, neutral for findings that do not, else success. */
export function checkConclusion(report: Report, failOn: FailOn): 'success' | 'failure' | 'neutral' {
  if (gateFails(report, failOn)) return 'failure'
  return report.counts.total > 0 || report.verdict !== 'pass' ? 'neutral' : 'success'
}
