import type * as actionsCore from '@actions/core'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { oneLine } from '../core/model/errors.js'
import type { Report } from '../core/model/types.js'
import { renderHtmlReport } from '../render/html.js'
import { renderJson } from '../render/json.js'
import { renderMarkdownReport } from '../render/markdown.js'
import { markerKey } from '../render/markdownSafe.js'
import { buildLegsReport, legsGateFails, type LegReportFile, type LegsReport } from '../core/legs/aggregate.js'
import type { FailOn } from '../core/legs/manifest.js'
import type { LegRun } from '../core/legs/runLegs.js'
import type { SizeLimit } from '../render/format.js'
import { legsHeadline } from '../render/legsFormat.js'
import { renderLegsMarkdown } from '../render/legsMarkdown.js'
import {
  cancelledCheckRunView,
  checkRunView,
  commentBody,
  failureCheckRunView,
  failureSummary,
  jobSummary,
  legsCheckRunView,
  legsMarkdown,
  internalErrorBanner,
  partialCheckRunView,
  partialCommentBody,
  partialJobSummary,
  verdictSummary,
  type CheckRunBudgets,
  type CheckRunView,
  type ReportLinks
} from '../render/surfaces.js'
import { uploadReportArtifact } from './artifacts.js'
import { checkRunExternalId, completeCheckRun, deliverWithoutStart, startCheckRun, type CheckConclusion, type CheckRunLog, type CheckRunRef, type CheckRunTarget } from './checkRun.js'
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
import { checkConclusion, setAggregateOutputs, setReportOutputs } from './outputs.js'
import { saveCheckRun, saveCheckRunCompleted, saveCheckRunConclusion } from './postState.js'
import { isTransient } from './retry.js'
import { redact } from './secrets.js'
import { appendJobSummary, jobSummaryBudget } from './summary.js'

/**
 * Publishing one run's result on GitHub: the report files and outputs, the job summary, the PR
 * comment, the check run and the report artifact. A Publisher is built once per run and holds
 * what every surface needs (client, run context, check run, names); each surface is a view from
 * `render/surfaces.ts`. Posting never decides the step: a failed post is a warning.
 */

/** The parts of `@actions/core` the publisher uses: the real module in the action, a typed fake in tests. */
export type ActionsCore = Pick<typeof actionsCore, 'info' | 'warning' | 'error' | 'debug' | 'setOutput' | 'saveState'>

/** Base name of the uploaded report artifact. */
export const REPORT_ARTIFACT = 'dualrun-report'

/** Base name of a legs manifest's artifact, and of its aggregate report's files. */
export const LEGS_ARTIFACT = 'dualrun-legs'

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

/** Where each surface links to the report. */
export interface SurfaceLinks {
  summary: ReportLinks
  comment: ReportLinks
  checkRun: ReportLinks
}

/**
 * Where each surface links to the report named `reportName`: the job summary and the check run
 * to the uploaded artifact (when it was), the comment to the run's artifact list (stable across
 * re-runs, so an unchanged report leaves the comment untouched); the comment and job summary name the HTML file in it.
 */
export function surfaceLinks(reportName: string, artifactsPage: string, artifactUrl: string | undefined): SurfaceLinks {
  const uploaded = artifactUrl !== undefined ? { reportUrl: artifactUrl } : {}
  return {
    summary: { reportName, htmlFile: HTML_FILE, ...uploaded },
    comment: { reportName, htmlFile: HTML_FILE, reportUrl: artifactsPage },
    checkRun: { reportName, ...uploaded }
  }
}

/** What {@link Publisher.publish} made and posted so far: what a failure part-way still posts. */
interface MadeSoFar {
  report: Report
  files?: ReportFiles
  artifactUrl?: string
  summary?: true
  comment?: true
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
  /** Why the check run could not be created at the start, when that is worth another try at the end. */
  private startError: unknown
  private made: MadeSoFar | undefined
  /** The completion of the check run, once one was begun: the first result sent is the one that stands. */
  private completion: Promise<void> | undefined

  private constructor(private readonly setup: PublisherSetup) {}

  /** A publisher for the run; creates its check run (in progress) when there is a client and a commit to put it on. */
  static async start(setup: PublisherSetup): Promise<Publisher> {
    const publisher = new Publisher(setup)
    const run = setup.run
    const target = publisher.target()
    if (run?.client && target) {
      const client = run.client
      // Saved first: should the step die before it completes the run, the post step finds it (by id, or by target).
      saveCheckRun(setup.core, { target })
      publisher.check = await publisher.bestEffort('create the check run', 'checks: write', () =>
        startCheckRun(client, target, publisher.checkRunLog()).catch((error: unknown) => {
          if (isTransient(error)) publisher.startError = error
          throw error
        })
      )
      if (publisher.check !== undefined) saveCheckRun(setup.core, { target, id: publisher.check.id })
    }
    return publisher
  }

  /** A publisher for a run that failed before it was set up: it can only write the job summary. */
  static detached(core: ActionsCore, summaryFile: string | undefined): Publisher {
    return new Publisher({ core, summaryFile })
  }

  /** Name of the report artifact: one per comment key (and one for a legs manifest), so several gates on one PR keep theirs. */
  get reportName(): string {
    const base = this.setup.run?.inputs.legs !== undefined ? LEGS_ARTIFACT : REPORT_ARTIFACT
    const key = this.setup.run?.inputs.commentKey ?? 'default'
    return key === 'default' ? base : `${base}-${markerKey(key)}`
  }

  /** The sticky comment's key: the input's, or `legs` for a manifest with the default key, so it never takes the single pair's comment. */
  private get commentKey(): string {
    const key = this.setup.run?.inputs.commentKey ?? 'default'
    return key === 'default' && this.setup.run?.inputs.legs !== undefined ? 'legs' : key
  }

  /** The run page, stable across re-runs: an unchanged report leaves the comment untouched. */
  private artifactsPage(): string | undefined {
    return this.setup.run && `${this.runUrl(this.setup.run.context)}#artifacts`
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

  /**
   * Sets outputs whose failure (the runner's output file gone) must not stop the posting: a warning
   * instead. Only the report's outputs ({@link outputs}) fail the run when they cannot be set.
   */
  private tryOutputs(set: () => void): void {
    try {
      set()
    } catch (error) {
      this.setup.core.warning(redact(`dualrun could not set the step outputs: ${oneLine(error)}`))
    }
  }

  private checkRunOutputs(check: CheckRunRef): void {
    this.tryOutputs(() => {
      this.setup.core.setOutput(Output.CheckRunId, String(check.id))
      if (check.url) this.setup.core.setOutput(Output.CheckRunUrl, check.url)
    })
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

  /** Uploads the report files (every file of `files.folder` by default); returns the artifact's web address, or undefined when not uploaded. */
  async upload(files: { folder: string; all?: string[] } & Partial<ReportFiles>): Promise<string | undefined> {
    const run = this.setup.run
    const upload = run?.upload
    if (run === undefined || upload === undefined) return undefined
    const all = files.all ?? [files.json!, files.markdown!, files.html!]
    const id = await this.bestEffort('upload the report artifact', 'actions: read', () => upload(this.reportName, all, files.folder))
    return id === undefined ? undefined : `${this.runUrl(run.context)}/artifacts/${id}`
  }

  /** Appends the job summary that `render` makes within what is left of the step's summary. */
  async summary(render: (budget: SizeLimit) => string): Promise<void> {
    const file = this.setup.summaryFile
    if (!file) return
    const text = render({ maxSize: await jobSummaryBudget(file), measure: utf8Bytes })
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

  /** Writes the sticky (or a new) PR comment that `render` makes (given its marker and budget), unless comments are off or there is no PR. */
  async comment(render: (marker: string, budget: SizeLimit) => string): Promise<void> {
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
    const marker = commentMarker(this.commentKey) + (mode === CommentMode.New ? runMarker(context.runId, context.runAttempt, context.job) : '')
    const body = render(marker, { maxSize: COMMENT_BODY_MAX_CHARS })
    const result = await this.bestEffort('write the pull request comment', 'pull-requests: write', () =>
      writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => core.info(redact(`dualrun: ${message}`)))
    )
    if (result) {
      this.tryOutputs(() => {
        core.setOutput(Output.CommentId, String(result.id))
        if (result.url) core.setOutput(Output.CommentUrl, result.url)
      })
      core.info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`)
    }
  }

  /**
   * Completes the run's check run with `view` and `conclusion`; nothing when there is none. Only
   * the first completion is sent: a later one (a cancel arriving while the result is posted) waits for it.
   */
  checkRun(view: CheckRunView, conclusion: CheckConclusion): Promise<void> {
    this.completion ??= this.sendCheckRun(view, conclusion)
    return this.completion
  }

  private async sendCheckRun(view: CheckRunView, conclusion: CheckConclusion): Promise<void> {
    const client = this.setup.run?.client
    const target = this.target()
    const check = this.check
    if (client === undefined || target === undefined) return
    const result = { conclusion, ...view }
    const log = this.checkRunLog()
    saveCheckRunConclusion(this.setup.core, conclusion)
    let done: CheckRunRef | undefined
    if (check !== undefined) {
      done = await this.bestEffort(`complete check run ${check.id}`, 'checks: write', () => completeCheckRun(client, target, check, result, log))
    } else if (this.startError !== undefined && conclusion !== 'cancelled') {
      // The create at the start failed for good with a transient error: one more try, so the commit still gets the result.
      this.setup.core.info('dualrun: the check run could not be created at the start; creating it now with the result')
      done = await this.bestEffort('create the check run with the result', 'checks: write', () => deliverWithoutStart(client, target, this.startError, result, log))
    }
    if (done) {
      saveCheckRunCompleted(this.setup.core)
      this.checkRunOutputs(done)
    }
  }

  /** When the job is cancelled: the check run completed as `cancelled` with one line, unless a result is already being posted. */
  async cancel(signal: string): Promise<void> {
    this.setup.core.info(`dualrun: cancelled (${signal}); completing the check run`)
    await this.checkRun(cancelledCheckRunView(signal), 'cancelled')
  }

  private reportLinks(artifactUrl: string | undefined): SurfaceLinks {
    return surfaceLinks(this.reportName, this.artifactsPage()!, artifactUrl)
  }

  /** Every surface of a report, in order: files and outputs, artifact, job summary, comment, check run. */
  async publish(report: Report): Promise<void> {
    const run = this.setup.run
    if (run === undefined) throw new Error('Publisher.publish needs a run')
    const made: MadeSoFar = (this.made = { report })
    const files = (made.files = await this.files(report, run.runnerTemp))
    this.outputs(report, files)
    const artifactUrl = await this.upload(files)
    if (artifactUrl !== undefined) made.artifactUrl = artifactUrl
    const links = this.reportLinks(artifactUrl)
    await this.summary((budget) => jobSummary(report, links.summary, budget))
    made.summary = true
    await this.comment((marker, budget) => commentBody(report, marker, links.comment, budget))
    made.comment = true
    await this.checkRun(checkRunView(report, links.checkRun, CHECK_RUN_BUDGETS), checkConclusion(report, run.inputs.failOn))
  }

  /**
   * Every surface of a legs manifest: each leg's report and the aggregate as files, the outputs
   * (`legs` the verdict of each leg), one artifact, one job summary, one sticky comment (keyed
   * apart from the single pair's) and one check run with leg-labelled annotations. Returns the aggregate.
   */
  async publishLegs(runs: readonly LegRun[], failOn: FailOn): Promise<LegsReport> {
    const run = this.setup.run
    if (run === undefined) throw new Error('Publisher.publishLegs needs a run')
    const { core } = this.setup
    const folder = await mkdtemp(join(run.runnerTemp, 'dualrun-legs-'))
    const legs: LegReportFile[] = []
    for (const { leg, report } of runs) {
      const path = join(folder, `${leg.name}.report.json`)
      await writeFile(path, renderJson(report), 'utf8')
      legs.push({ name: leg.name, report, path })
    }
    const aggregate = buildLegsReport(legs)
    const json = join(folder, `${LEGS_ARTIFACT}.json`)
    const markdown = join(folder, `${LEGS_ARTIFACT}.md`)
    await writeFile(json, renderJson(aggregate), 'utf8')
    await writeFile(markdown, renderLegsMarkdown(aggregate, legs), 'utf8')
    setAggregateOutputs(core.setOutput, aggregate, { json, markdown })
    core.info(`dualrun: ${aggregate.verdict} over ${legsHeadline(aggregate.counts)}; report: ${json}`)

    const artifactUrl = await this.upload({ folder, all: [json, markdown, ...legs.map((leg) => leg.path!)] })
    const linked = { reportName: this.reportName }
    await this.summary((budget) => legsMarkdown(aggregate, legs, '', { ...linked, ...(artifactUrl && { reportUrl: artifactUrl }) }, budget))
    await this.comment((marker, budget) => legsMarkdown(aggregate, legs, marker, { ...linked, reportUrl: this.artifactsPage()! }, budget))
    const conclusion = legsGateFails(aggregate, failOn) ? 'failure' : aggregate.counts.total > 0 ? 'neutral' : 'success'
    await this.checkRun(legsCheckRunView(aggregate, legs, { ...linked, ...(artifactUrl && { reportUrl: artifactUrl }) }, CHECK_RUN_BUDGETS), conclusion)
    return aggregate
  }

  /**
   * When the run failed with `message`: `verdict=error`, and on the surfaces not yet posted either
   * the report made before the failure under a banner naming it, or (no report) why in the job
   * summary; the check run completed as a failure.
   */
  async fail(message: string): Promise<void> {
    const made = this.made
    if (made !== undefined) return this.failAfterReport(message, made)
    this.tryOutputs(() => this.setup.core.setOutput(Output.Verdict, 'error'))
    await this.summary(() => failureSummary(message))
    await this.checkRun(failureCheckRunView(message, CHECK_RUN_BUDGETS.fallbackSummary), 'failure')
  }

  /** A report was made, then something failed: its outputs (verdict `error`), summary, comment and check run, each with the error named. */
  private async failAfterReport(message: string, made: MadeSoFar): Promise<void> {
    const { core } = this.setup
    const { report, files } = made
    this.tryOutputs(() => {
      if (files !== undefined) setReportOutputs(core.setOutput, report, files)
      core.setOutput(Output.Verdict, 'error')
    })
    const links = this.reportLinks(made.artifactUrl)
    // A summary already written gets the banner below it; a comment already posted is left as it is (the check run names the error).
    await this.summary((budget) => (made.summary ? internalErrorBanner(message) : partialJobSummary(report, message, links.summary, budget)))
    if (!made.comment) await this.comment((marker, budget) => partialCommentBody(report, message, marker, links.comment, budget))
    await this.checkRun(partialCheckRunView(report, message, links.checkRun, CHECK_RUN_BUDGETS), 'failure')
  }
}
