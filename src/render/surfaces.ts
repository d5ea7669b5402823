import type { LegReportFile, LegsReport } from '../core/legs/aggregate.js'
import type { Report } from '../core/model/types.js'
import { renderAnnotations, type AnnotationLimits, type CheckAnnotation } from './annotations.js'
import { renderLegsAnnotations } from './legsAnnotations.js'
import { legsHeadline } from './legsFormat.js'
import { renderLegsMarkdown } from './legsMarkdown.js'
import { shortenTo, thousands, type SizeLimit } from './format.js'
import { renderMarkdownReport } from './markdown.js'
import { mdText } from './markdownSafe.js'

/**
 * The GitHub surfaces of a report, as views: each a pure function of the report, the links the
 * edge knows (report artifact, HTML file) and the budgets it is given (GitHub's limits live in
 * `action/limits.ts` and are passed in). The action only posts what these return.
 */

/** `fail (1 errors, 0 warnings)`: the verdict and its counts, for log lines on either edge. */
export function verdictSummary(report: Report): string {
  return `${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings)`
}

/** Where the full report can be found, named in the comment and summaries. */
export interface ReportLinks {
  /** Name of the uploaded report artifact. */
  reportName: string
  /** File name of the HTML report inside that artifact, when it holds one. */
  htmlFile?: string
  /** Web address of the artifact or of the run's artifact list, when known. */
  reportUrl?: string
}

function links(l: ReportLinks): { reportName: string; htmlFile?: string; reportUrl?: string } {
  return { reportName: l.reportName, ...(l.htmlFile !== undefined && { htmlFile: l.htmlFile }), ...(l.reportUrl !== undefined && { reportUrl: l.reportUrl }) }
}

/** The PR comment: `header` (the sticky marker) then the Markdown report within `budget`. */
export function commentBody(report: Report, header: string, reportLinks: ReportLinks, budget: SizeLimit): string {
  return renderMarkdownReport(report, { header, ...links(reportLinks), budget })
}

/** The job summary: the Markdown report within what is left of the step's summary. */
export function jobSummary(report: Report, reportLinks: ReportLinks, budget: SizeLimit): string {
  return renderMarkdownReport(report, { ...links(reportLinks), budget })
}

/** The budgets of a check run's output. */
export interface CheckRunBudgets {
  /** The summary, the omitted-annotations note included. */
  summary: SizeLimit
  /** The title, in characters. */
  titleChars: number
  /** The fallback summary sent when GitHub refuses the full one. */
  fallbackSummary: SizeLimit
  annotations: AnnotationLimits
}

/** What a check run shows: title, summary, the summary to fall back to, and the annotations. */
export interface CheckRunView {
  title: string
  summary: string
  fallbackSummary: string
  annotations: CheckAnnotation[]
}

/** The note under the summary when more findings exist than annotations are sent. */
export function omittedAnnotationsNote(omitted: number, maxAnnotations: number): string {
  return omitted > 0 ? `\n${thousands(omitted)} more findings are not annotated (at most ${thousands(maxAnnotations)} per check run).\n` : ''
}

/** The check run of a report: annotations within their limits, the summary and its note within the summary budget. */
export function checkRunView(report: Report, reportLinks: ReportLinks, budgets: CheckRunBudgets): CheckRunView {
  const { annotations, omitted } = renderAnnotations(report, budgets.annotations)
  const note = omittedAnnotationsNote(omitted, budgets.annotations.maxAnnotations)
  const measure = budgets.summary.measure ?? ((text: string) => text.length)
  const summary = renderMarkdownReport(report, { reportName: reportLinks.reportName, ...(reportLinks.reportUrl && { reportUrl: reportLinks.reportUrl }), budget: { ...budgets.summary, maxSize: budgets.summary.maxSize - measure(note) } }) + note
  const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, budgets.titleChars)
  const fallback = `### dualrun: ${report.verdict.toUpperCase()}\n\n${title}. GitHub refused the full summary; the job summary and the ${mdText(reportLinks.reportName, 80)} artifact hold the report.\n`
  return { title, summary, fallbackSummary: shortenTo(fallback, budgets.fallbackSummary), annotations }
}

/** The PR comment or job summary of a legs manifest: `header` (the sticky marker, or nothing) then the aggregate within `budget`. */
export function legsMarkdown(aggregate: LegsReport, legs: readonly LegReportFile[], header: string, reportLinks: ReportLinks, budget: SizeLimit): string {
  return renderLegsMarkdown(aggregate, legs, { header, reportName: reportLinks.reportName, ...(reportLinks.reportUrl !== undefined && { reportUrl: reportLinks.reportUrl }), budget })
}

/** The one check run of a legs manifest: every leg's annotations labelled `[leg]`, the aggregate as summary with the omitted note. */
export function legsCheckRunView(aggregate: LegsReport, legs: readonly LegReportFile[], reportLinks: ReportLinks, budgets: CheckRunBudgets): CheckRunView {
  const { annotations, omitted } = renderLegsAnnotations(legs, budgets.annotations)
  const note = omittedAnnotationsNote(omitted, budgets.annotations.maxAnnotations)
  const measure = budgets.summary.measure ?? ((text: string) => text.length)
  const summary = legsMarkdown(aggregate, legs, '', reportLinks, { ...budgets.summary, maxSize: budgets.summary.maxSize - measure(note) }) + note
  const title = `${aggregate.verdict}: ${legsHeadline(aggregate.counts)}`.slice(0, budgets.titleChars)
  const fallback = `### dualrun: ${aggregate.verdict.toUpperCase()}\n\n${title}. GitHub refused the full summary; the job summary and the ${mdText(reportLinks.reportName, 80)} artifact hold the reports.\n`
  return { title, summary, fallbackSummary: shortenTo(fallback, budgets.fallbackSummary), annotations }
}

/** Most characters of a failure's message shown in its job summary and check run. */
const FAILURE_MESSAGE_CHARS = 2_000

/** The job summary when no report could be made: why, escaped for Markdown. */
export function failureSummary(message: string): string {
  return `### ⛔ dualrun could not compare\n\n${mdText(message, FAILURE_MESSAGE_CHARS)}\n`
}

/** The check run when no report could be made: the failure summary, and its fallback cut to `fallbackBudget`. */
export function failureCheckRunView(message: string, fallbackBudget: SizeLimit): CheckRunView {
  const summary = failureSummary(message)
  return { title: 'dualrun could not compare', summary, fallbackSummary: shortenTo(summary, fallbackBudget), annotations: [] }
}

/**
 * The line over a report when dualrun failed after making it: the error named, and that what
 * follows is the report as made (the step fails with verdict `error`).
 */
export function internalErrorBanner(message: string): string {
  return `> ⛔ **dualrun failed after the comparison**, so the step fails with verdict \`error\`: ${mdText(message, FAILURE_MESSAGE_CHARS)}\n>\n> What follows is the report it made.\n\n`
}

/** A budget with room kept for `text` in front. */
function after(text: string, budget: SizeLimit): SizeLimit {
  return { ...budget, maxSize: Math.max(0, budget.maxSize - (budget.measure ?? ((t: string) => t.length))(text)) }
}

/** The job summary of a report made before an internal error: the banner, then the report within the rest of `budget`. */
export function partialJobSummary(report: Report, message: string, reportLinks: ReportLinks, budget: SizeLimit): string {
  const banner = internalErrorBanner(message)
  return banner + jobSummary(report, reportLinks, after(banner, budget))
}

/** The PR comment of a report made before an internal error: `header`, the banner, then the report. */
export function partialCommentBody(report: Report, message: string, header: string, reportLinks: ReportLinks, budget: SizeLimit): string {
  return commentBody(report, header + internalErrorBanner(message), reportLinks, budget)
}

/** The check run of a report made before an internal error: the title led by `error`, the banner over the report's summary and fallback. */
export function partialCheckRunView(report: Report, message: string, reportLinks: ReportLinks, budgets: CheckRunBudgets): CheckRunView {
  const banner = internalErrorBanner(message)
  const view = checkRunView(report, reportLinks, { ...budgets, summary: after(banner, budgets.summary) })
  return {
    ...view,
    title: `error: internal error after the comparison (${view.title})`.slice(0, budgets.titleChars),
    summary: banner + view.summary,
    fallbackSummary: shortenTo(banner + view.fallbackSummary, budgets.fallbackSummary)
  }
}

/**
 * The check run the post step completes when the step left it in progress: the step was stopped
 * before it had a result (`reached` undefined or `cancelled`), or it had the result `reached` (a
 * conclusion) but could not complete the run with it.
 */
export function unfinishedCheckRunView(reached: string | undefined): CheckRunView {
  const stopped = reached === undefined || reached === 'cancelled'
  const summary = stopped
    ? "dualrun's step ended before it finished (the job was cancelled or timed out, or the step was stopped); this commit has no result from this run.\n"
    : `dualrun's step reached its result (${reached}) but could not complete this check run with it; the job summary and the step's log hold the report.\n`
  return { title: stopped ? 'ended before a result' : `${reached}: the result is in the job summary`, summary, fallbackSummary: summary, annotations: [] }
}

/** The check run of a job cancelled (or timed out) before dualrun finished: one line saying so and by which signal. */
export function cancelledCheckRunView(signal: string): CheckRunView {
  const summary = `dualrun was cancelled (${signal}) before it finished; this commit has no result from this run.\n`
  return { title: 'cancelled before a result', summary, fallbackSummary: summary, annotations: [] }
}
