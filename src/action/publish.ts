import type * as actionsCore from '@actions/core'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { oneLine } from '../core/model/errors.js'
import type { Report } from '../core/model/types.js'
import { renderHtmlReport } from '../render/html.js'
import { renderJson } from '../render/json.js'
import { renderMarkdownReport } from '../render/markdown.js'
import { markerKey } from '../render/markdownSafe.js'
import { checkRunView, commentBody, failureCheckRunView, failureSummary, jobSummary, verdictSummary, type CheckRunBudgets, type CheckRunView } from '../render/surfaces.js'
import { uploadReportArtifact } from './artifacts.js'
import { checkRunExternalId, completeCheckRun, startCheckRun, type CheckRunLog, type CheckRunRef, type CheckRunTarget } from './checkRun.js'
import { commentMarker, findPullRequestByHead, runMarker, writeComment } from './comment.js'
import type { RunContext } from './context.js'
import { describeHttpError, type GitHubClient } from './github.js'
import { failureHint, type Permission } from './hints.js'
import { CommentMode, Output, type ActionInputs } from './inputs.js'
import {
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATIONS_MAX_TOTAL,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  CHECK_RUN_TITLE_MAX_CHARS,
  COMMENT_BODY_MAX_CHARS,
  utf8Bytes
} from './limits.js'
import { checkConclusion, setReportOutputs } from './outputs.js'
import { redact } from './secrets.js'
import { appendJobSummary, jobSummaryBudget } from './summary.js'

/**
 * Publishing one run's result on GitHub: the report files and outputs, the job summary, the PR
 * comment, the check run and the report artifact. A Publisher is built once per run and holds
 * what every surface needs (client, run context, check run, names); each surface is a view from
 * `render/surfaces.ts`. Posting never decides the step: a failed post is a warning.
 */

/** The parts of `@actions/core` the publisher uses: the real module in the action, a typed fake in tests. */
export type ActionsCore = Pick<typeof actionsCore, 'info' | 'warning' | 'error' | 'debug' | 'setOutput'>

/** Base name of the uploaded report artifact. */
export const REPORT_ARTIFACT = 'dualrun-report'

/** File name of the HTML report inside the report artifact. */
export const HTML_FILE = `${REPORT_ARTIFACT}.html`

/** Our cap on a fallback check-run summary (sent after GitHub refused the full one): short, so it is accepted. */
const FALLBACK_SUMMARY_MAX_BYTES = 1_000

/** The check run's budgets, from GitHub's limits. */
export const CHECK_RUN_BUDGETS: CheckRunBudgets = {
  summary: { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES, measure: utf8Bytes },
  titleChars: CHECK_RUN_TITLE_MAX_CHARS,
  fallbackSummary: { maxSize: FALLBACK_SUMMARY_MAX_BYTES, measure: utf8Bytes },
  annotations: { maxAnnotations: ANNOTATIONS_MAX_TOTAL, title: { maxSize: ANNOTATION_TITLE_MAX_CHARS }, message: { maxSize: ANNOTATION_MESSAGE_MAX_BYTES, measure: utf8Bytes } }
}

/** The report files written for a run. */
export interface ReportFiles {
  folder: string
  json: string
  markdown: string
  html: string
}

/** What the publisher needs; only `core` and `summaryFile` for a run that failed before its inputs were read. */
export interface PublisherSetup {
  core: ActionsCore
  /** `GITHUB_STEP_SUMMARY`. */
  summaryFile?: string | undefined
  run?: {
    context: RunContext
    inputs: ActionInputs
    client: GitHubClient | undefined
    runnerTemp: string
    /** Absent where there is no artifact service (no `ACTIONS_RUNTIME_TOKEN`). */
    upload?: ReportUploader | undefined
  }
}

/** Uploads the report files as one artifact and returns its id. */
export type ReportUploader = (name: string, files: string[], root: string) => Promise<number | undefined>

/** The artifact uploader, when the runtime token says the artifact service is there. */
export function artifactUploader(env: NodeJS.ProcessEnv = process.env): ReportUploader | undefined {
  return env['ACTIONS_RUNTIME_TOKEN'] ? uploadReportArtifact : undefined
}

/** Publishes a run's report (or its failure) on every surface; see the module comment. */
export class Publisher {
  private check: CheckRunRef | undefined

  private constructor(private readonly setup: PublisherSetup) {}

  /** A publisher for the run; creates its check run (in progress) when there is a client and a commit to put it on. */
  static async start(setup: PublisherSetup): Promise<Publisher> {
    const publisher = new Publisher(setup)
    const run = setup.run
    const target = publisher.target()
    if (run?.client && target) {
      const client = run.client
      publisher.check = await publisher.bestEffort('create the check run', 'checks: write', () => startCheckRun(client, target, publisher.checkRunLog()))
      if (publisher.check !== undefined) publisher.checkRunOutputs(publisher.check)
    }
    return publisher
  }

  /** A publisher for a run that failed before it was set up: it can only write the job summary. */
  static detached(core: ActionsCore, summaryFile: string | undefined): Publisher {
    return new Publisher({ core, summaryFile })
  }

  /** Name of the report artifact: one per comment key, so several gates on one PR keep theirs. */
  get reportName(): string {
    const key = this.setup.run?.inputs.commentKey ?? 'default'
    return key === 'default' ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(key)}`
  }

  private get fromFork(): boolean {
    return this.setup.run?.context.fromFork ?? false
  }

  private runUrl(context: RunContext): string {
    return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
  }

  private target(): CheckRunTarget | undefined {
    const run = this.setup.run
    if (run === undefined || !run.context.headSha) return undefined
    const { context, inputs } = run
    return {
      owner: context.repo.owner,
      repo: context.repo.repo,
      name: inputs.checkName,
      headSha: context.headSha,
      externalId: checkRunExternalId(context.runId, context.runAttempt, context.job)
    }
  }

  private checkRunLog(): CheckRunLog {
    const { core } = this.setup
    return { retry: (message) => core.info(redact(message)), warn: (message) => core.warning(redact(message)) }
  }

  /** Runs `post`, turning any failure into a warning with the hint that is true for it. */
  private async bestEffort<T>(what: string, permission: Permission, post: () => Promise<T>): Promise<T | undefined> {
    try {
      return await post()
    } catch (error) {
      this.setup.core.warning(redact(`dualrun could not ${what}: ${describeHttpError(error)}${failureHint(error, permission, this.fromFork)}`))
      return undefined
    }
  }

  private checkRunOutputs(check: CheckRunRef): void {
    this.setup.core.setOutput(Output.CheckRunId, String(check.id))
    if (check.url) this.setup.core.setOutput(Output.CheckRunUrl, check.url)
  }

  /** Writes the full JSON, Markdown and HTML reports into a fresh folder under the runner's temp folder. */
  async files(report: Report, runnerTemp: string): Promise<ReportFiles> {
    const folder = await mkdtemp(join(runnerTemp, 'dualrun-report-'))
    const files = { folder, json: join(folder, `${REPORT_ARTIFACT}.json`), markdown: join(folder, `${REPORT_ARTIFACT}.md`), html: join(folder, HTML_FILE) }
    await writeFile(files.json, renderJson(report), 'utf8')
    await writeFile(files.markdown, renderMarkdownReport(report), 'utf8')
    await writeFile(files.html, renderHtmlReport(report), 'utf8')
    return files
  }

  /** Sets the outputs that come from the report and logs the verdict line. */
  outputs(report: Report, files: ReportFiles): void {
    setReportOutputs(this.setup.core.setOutput, report, files)
    this.setup.core.info(`dualrun: ${verdictSummary(report)}; report: ${files.json}`)
  }

  /** Uploads the report files; returns the artifact's web address, or undefined when not uploaded. */
  async upload(files: ReportFiles): Promise<string | undefined> {
    const run = this.setup.run
    const upload = run?.upload
    if (run === undefined || upload === undefined) return undefined
    const id = await this.bestEffort('upload the report artifact', 'actions: read', () => upload(this.reportName, [files.json, files.markdown, files.html], files.folder))
    return id === undefined ? undefined : `${this.runUrl(run.context)}/artifacts/${id}`
  }

  /** Appends the job summary: `markdown`, or the report's view within what is left of the step's summary. */
  async summary(content: { report: Report; artifactUrl: string | undefined } | { markdown: string }): Promise<void> {
    const file = this.setup.summaryFile
    if (!file) return
    const text =
      'markdown' in content
        ? content.markdown
        : jobSummary(content.report, { reportName: this.reportName, htmlFile: HTML_FILE, ...(content.artifactUrl && { reportUrl: content.artifactUrl }) }, { maxSize: await jobSummaryBudget(file), measure: utf8Bytes })
    try {
      await appendJobSummary(file, text)
    } catch (error) {
      this.setup.core.warning(redact(`dualrun could not write the job summary: ${oneLine(error)}`))
    }
  }

  /** The PR to comment on: the input, the event's PR, or (workflow_run from a fork) the open PR of the run's head. */
  private async pullRequest(client: GitHubClient, inputs: ActionInputs, context: RunContext): Promise<number | undefined> {
    if (inputs.prNumber !== undefined) return inputs.prNumber
    if (context.prNumber !== undefined) return context.prNumber
    if (context.workflowRunHead === undefined) return undefined
    return findPullRequestByHead(client, context.repo.owner, context.repo.repo, context.workflowRunHead)
  }

  /** Writes the sticky (or a new) PR comment, unless comments are off or there is no PR. */
  async comment(report: Report): Promise<void> {
    const run = this.setup.run
    if (run?.client === undefined || run.inputs.comment === CommentMode.Off) return
    const { client, inputs, context } = run
    const { core } = this.setup
    const issueNumber = await this.bestEffort('find the pull request', 'pull-requests: write', () => this.pullRequest(client, inputs, context))
    if (issueNumber === undefined) {
      core.info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`)
      return
    }
    const mode = inputs.comment === CommentMode.New ? CommentMode.New : CommentMode.Update
    // A new comment per run carries this run's marker too, so a create that timed out is found, not posted twice.
    const marker = commentMarker(inputs.commentKey) + (mode === CommentMode.New ? runMarker(context.runId, context.runAttempt, context.job) : '')
    // The run page is stable across re-runs, so an unchanged report leaves the comment untouched.
    const body = commentBody(report, marker, { reportName: this.reportName, htmlFile: HTML_FILE, reportUrl: `${this.runUrl(context)}#artifacts` }, { maxSize: COMMENT_BODY_MAX_CHARS })
    const result = await this.bestEffort('write the pull request comment', 'pull-requests: write', () =>
      writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => core.info(redact(`dualrun: ${message}`)))
    )
    if (result) {
      core.setOutput(Output.CommentId, String(result.id))
      if (result.url) core.setOutput(Output.CommentUrl, result.url)
      core.info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`)
    }
  }

  /** Completes the run's check run with `view` and `conclusion`; nothing when there is none. */
  async checkRun(view: CheckRunView, conclusion: 'success' | 'failure' | 'neutral'): Promise<void> {
    const client = this.setup.run?.client
    const target = this.target()
    const check = this.check
    if (client === undefined || target === undefined || check === undefined) return
    const done = await this.bestEffort(`complete check run ${check.id}`, 'checks: write', () => completeCheckRun(client, target, check, { conclusion, ...view }, this.checkRunLog()))
    if (done) this.checkRunOutputs(done)
  }

  /** Every surface of a report, in order: files and outputs, artifact, job summary, comment, check run. */
  async publish(report: Report): Promise<void> {
    const run = this.setup.run
    if (run === undefined) throw new Error('Publisher.publish needs a run')
    const files = await this.files(report, run.runnerTemp)
    this.outputs(report, files)
    const artifactUrl = await this.upload(files)
    await this.summary({ report, artifactUrl })
    await this.comment(report)
    await this.checkRun(checkRunView(report, { reportName: this.reportName, ...(artifactUrl && { reportUrl: artifactUrl }) }, CHECK_RUN_BUDGETS), checkConclusion(report, run.inputs.failOn))
  }

  /** When no report could be made: `verdict=error`, why in the job summary, and the check run completed as a failure. */
  async fail(message: string): Promise<void> {
    this.setup.core.setOutput(Output.Verdict, 'error')
    await this.summary({ markdown: failureSummary(message) })
    await this.checkRun(failureCheckRunView(message, CHECK_RUN_BUDGETS.fallbackSummary), 'failure')
  }
}
