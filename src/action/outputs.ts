import { legVerdicts, type LegsReport } from '../core/legs/aggregate.js'
import type { Report } from '../core/model/types.js'
import { FailOn, Output } from './inputs.js'

/** Sets one step output (`@actions/core` `setOutput` in the action). */
export type OutputWriter = (name: Output, value: string) => void

/** The outputs every result sets: verdict, finding counts, and the paths of the JSON and Markdown reports. */
function setResultOutputs(write: OutputWriter, verdict: string, counts: { total: number; errors: number; warnings: number }, files: { json: string; markdown: string }): void {
  write(Output.Verdict, verdict)
  write(Output.Findings, String(counts.total))
  write(Output.Errors, String(counts.errors))
  write(Output.Warnings, String(counts.warnings))
  write(Output.Report, files.json)
  write(Output.Markdown, files.markdown)
}

/** Sets the outputs that come from the report. */
export function setReportOutputs(write: OutputWriter, report: Report, files: { json: string; markdown: string }): void {
  setResultOutputs(write, report.verdict, report.counts, files)
}

/** The outputs of a legs manifest: the aggregate's verdict, counts and files, and `legs` (each leg's verdict by name, as JSON). */
export function setAggregateOutputs(write: OutputWriter, aggregate: LegsReport, files: { json: string; markdown: string }): void {
  setResultOutputs(write, aggregate.verdict, aggregate.counts, files)
  write(Output.Legs, JSON.stringify(legVerdicts(aggregate)))
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
