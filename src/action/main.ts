import * as core from '@actions/core'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { acquireRunDir } from '../core/acquire/source.js'
import { compareSides, unusableSide, type AcquiredSide } from '../core/compareSides.js'
import { UnusableSideError, UserError, oneLine } from '../core/model/errors.js'
import { setting } from '../core/model/options.js'
import type { Report, Side } from '../core/model/types.js'
import { renderAnnotations } from '../render/annotations.js'
import { shortenTo } from '../render/format.js'
import { renderHtmlReport } from '../render/html.js'
import { renderJson } from '../render/json.js'
import { renderMarkdownReport } from '../render/markdown.js'
import { markerKey, mdText } from '../render/markdownSafe.js'
import { describeSource, downloadArtifactZip, uploadReportArtifact, type DownloadSettings } from './artifacts.js'
import { checkRunExternalId, completeCheckRun, startCheckRun, type CheckRunLog, type CheckRunRef, type CheckRunResult, type CheckRunTarget } from './checkRun.js'
import { commentMarker, findPullRequestByHead, runMarker, writeComment } from './comment.js'
import { isGhes, readRunContext, runnerTempDir, type RunContext } from './context.js'
import { createGitHubClient, describeHttpError, type GitHubClient } from './github.js'
import { failureHint, type Permission } from './hints.js'
import { CommentMode, Input, Output, parseInputs, type ActionInputs, type SideSource } from './inputs.js'
import {
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATIONS_MAX_TOTAL,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  CHECK_RUN_TITLE_MAX_CHARS,
  COMMENT_BODY_MAX_CHARS,
  utf8Bytes
} from './limits.js'
import { checkConclusion, gateFails, setReportOutputs } from './outputs.js'
import { retryPolicy } from './retry.js'
import { redact, registerSecret } from './secrets.js'
import { apiTimeoutMs, progressIntervalMs } from './settings.js'
import { appendJobSummary, jobSummaryBudget } from './summary.js'

/** Base name of the uploaded report artifact. */
const REPORT_ARTIFACT = 'dualrun-report'

/** Runs `publish`, turning any failure into a warning with the hint that is true for it: posting never decides the step, the verdict does. */
async function bestEffort<T>(what: string, permission: Permission, fromFork: boolean, publish: () => Promise<T>): Promise<T | undefined> {
  try {
    return await publish()
  } catch (error) {
    core.warning(redact(`dualrun could not ${what}: ${describeHttpError(error)}${failureHint(error, permission, fromFork)}`))
    return undefined
  }
}

/** Log lines of the check-run module: retries as info, partial failures as warnings. */
const CHECK_RUN_LOG: CheckRunLog = { retry: (message) => core.info(redact(message)), warn: (message) => core.warning(redact(message)) }

/** Acquires one side's run dir (a folder on disk, or a downloaded artifact, handed to the core); a side that cannot be used is returned with why, for the report. */
async function acquire(source: SideSource, side: Side, inputs: ActionInputs, context: RunContext, runnerTemp: string): Promise<AcquiredSide> {
  const request = {
    limits: inputs.limits,
    runDirSetting: setting(source.runDirInput),
    tempDir: runnerTemp,
    tempPrefix: `dualrun-${side}-`,
    ...(source.runDir !== undefined && { runDir: source.runDir })
  }
  const unusable = (where: string, error: unknown): AcquiredSide => {
    if (!(error instanceof UnusableSideError)) throw error
    core.error(redact(`dualrun: ${error.message}`))
    return unusableSide(side, source.label, where, error)
  }
  if (source.kind === 'path') {
    return acquireRunDir({ ...request, path: source.path }).then(
      (runDir) => ({ side, label: source.label, path: runDir.root }),
      (error: unknown) => unusable(source.path, error)
    )
  }
  const artifact = {
    name: source.name,
    repository: source.runId === undefined ? context.repo : inputs.repository,
    token: inputs.token,
    currentRunId: context.runId,
    ...(source.runId !== undefined && { runId: source.runId })
  }
  const where = `artifact ${source.name} in ${describeSource(artifact)}`
  // Both sides download at once, so each line names its side instead of a log group.
  const settings: DownloadSettings = {
    deadlineMs: inputs.downloadTimeoutMs,
    requestTimeoutMs: apiTimeoutMs(),
    progressIntervalMs: progressIntervalMs(),
    policy: retryPolicy(),
    log: (message) => core.info(redact(`dualrun: ${side} artifact ${source.name}: ${message}`))
  }
  try {
    const downloaded = await downloadArtifactZip(artifact, runnerTemp, side, inputs.limits, settings)
    try {
      return { side, label: source.label, path: (await acquireRunDir({ ...request, path: downloaded.zip, where })).root }
    } finally {
      await downloaded.cleanup()
    }
  } catch (error) {
    return unusable(where, error)
  }
}

/** The PR to comment on: the input, the event's PR, or (workflow_run from a fork) the open PR of the run's head. */
async function pullRequestNumber(client: GitHubClient, inputs: ActionInputs, context: RunContext): Promise<number | undefined> {
  if (inputs.prNumber !== undefined) return inputs.prNumber
  if (context.prNumber !== undefined) return context.prNumber
  if (context.workflowRunHead === undefined) return undefined
  return findPullRequestByHead(client, context.repo.owner, context.repo.repo, context.workflowRunHead)
}

/** File name of the HTML report inside the report artifact. */
const HTML_FILE = `${REPORT_ARTIFACT}.html`

/** Writes the full JSON, Markdown and HTML reports into a fresh folder; returns their paths. */
async function writeReportFiles(report: Report, runnerTemp: string): Promise<{ folder: string; json: string; markdown: string; html: string }> {
  const folder = await mkdtemp(join(runnerTemp, 'dualrun-report-'))
  const json = join(folder, `${REPORT_ARTIFACT}.json`)
  const markdown = join(folder, `${REPORT_ARTIFACT}.md`)
  const html = join(folder, HTML_FILE)
  await writeFile(json, renderJson(report), 'utf8')
  await writeFile(markdown, renderMarkdownReport(report), 'utf8')
  await writeFile(html, renderHtmlReport(report), 'utf8')
  return { folder, json, markdown, html }
}

/** The one result dualrun gives a check run when no report could be made. */
function failureCheckResult(text: string): CheckRunResult {
  return { conclusion: 'failure', title: 'dualrun could not compare', summary: text, fallbackSummary: shortenTo(text, { maxSize: 1_000, measure: utf8Bytes }), annotations: [] }
}

/** The check run's result for `report`: summary and annotations within GitHub's byte limits. */
function checkRunResult(report: Report, inputs: ActionInputs, reportName: string, artifactUrl: string | undefined): CheckRunResult {
  const { annotations, omitted } = renderAnnotations(report, {
    maxAnnotations: ANNOTATIONS_MAX_TOTAL,
    title: { maxSize: ANNOTATION_TITLE_MAX_CHARS },
    message: { maxSize: ANNOTATION_MESSAGE_MAX_BYTES, measure: utf8Bytes }
  })
  const note = omitted > 0 ? `\n${omitted.toLocaleString('en-US')} more findings are not annotated (at most ${ANNOTATIONS_MAX_TOTAL.toLocaleString('en-US')} per check run).\n` : ''
  const budget = { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES - utf8Bytes(note), measure: utf8Bytes }
  const summary = renderMarkdownReport(report, { reportName, ...(artifactUrl && { reportUrl: artifactUrl }), budget }) + note
  const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, CHECK_RUN_TITLE_MAX_CHARS)
  const fallbackSummary = `### dualrun: ${report.verdict.toUpperCase()}\n\n${title}. GitHub refused the full summary; the job summary and the ${mdText(reportName, 80)} artifact hold the report.\n`
  return { conclusion: checkConclusion(report, inputs.failOn), title, summary, fallbackSummary, annotations }
}

/** Sets the check-run outputs for the run that holds the result. */
function setCheckRunOutputs(check: CheckRunRef): void {
  core.setOutput(Output.CheckRunId, String(check.id))
  if (check.url) core.setOutput(Output.CheckRunUrl, check.url)
}

/** Publishes the report: artifact, job summary, PR comment, check run. Never throws for a failed post. */
async function publish(report: Report, inputs: ActionInputs, context: RunContext, client: GitHubClient | undefined, check: CheckRunRef | undefined, target: CheckRunTarget | undefined, runnerTemp: string) {
  const files = await writeReportFiles(report, runnerTemp)
  setReportOutputs(core.setOutput, report, files)
  core.info(`dualrun: ${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings); report: ${files.json}`)
  const fork = context.fromFork

  const reportName = inputs.commentKey === 'default' ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(inputs.commentKey)}`
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
  const artifactId = process.env['ACTIONS_RUNTIME_TOKEN']
    ? await bestEffort('upload the report artifact', 'actions: read', fork, () => uploadReportArtifact(reportName, [files.json, files.markdown, files.html], files.folder))
    : undefined
  const artifactUrl = artifactId === undefined ? undefined : `${runUrl}/artifacts/${artifactId}`

  const summaryFile = process.env['GITHUB_STEP_SUMMARY']
  if (summaryFile) {
    const maxSize = await jobSummaryBudget(summaryFile)
    const summary = renderMarkdownReport(report, { reportName, htmlFile: HTML_FILE, ...(artifactUrl && { reportUrl: artifactUrl }), budget: { maxSize, measure: utf8Bytes } })
    try {
      await appendJobSummary(summaryFile, summary)
    } catch (error) {
      core.warning(redact(`dualrun could not write the job summary: ${oneLine(error)}`))
    }
  }

  if (client && inputs.comment !== CommentMode.Off) {
    const issueNumber = await bestEffort('find the pull request', 'pull-requests: write', fork, () => pullRequestNumber(client, inputs, context))
    if (issueNumber === undefined) core.info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`)
    else {
      const mode = inputs.comment === CommentMode.New ? CommentMode.New : CommentMode.Update
      // A new comment per run carries this run's marker too, so a create that timed out is found, not posted twice.
      const marker = commentMarker(inputs.commentKey) + (mode === CommentMode.New ? runMarker(context.runId, context.runAttempt, context.job) : '')
      // The run page is stable across re-runs, so an unchanged report leaves the comment untouched.
      const body = renderMarkdownReport(report, { header: marker, reportName, htmlFile: HTML_FILE, reportUrl: `${runUrl}#artifacts`, budget: { maxSize: COMMENT_BODY_MAX_CHARS } })
      const result = await bestEffort('write the pull request comment', 'pull-requests: write', fork, () =>
        writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => core.info(redact(`dualrun: ${message}`)))
      )
      if (result) {
        core.setOutput(Output.CommentId, String(result.id))
        if (result.url) core.setOutput(Output.CommentUrl, result.url)
        core.info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`)
      }
    }
  }

  if (client && check && target) {
    const result = checkRunResult(report, inputs, reportName, artifactUrl)
    const done = await bestEffort(`complete check run ${check.id}`, 'checks: write', fork, () => completeCheckRun(client, target, check, result, CHECK_RUN_LOG))
    if (done) setCheckRunOutputs(done)
  }
}

function checkTarget(context: RunContext, inputs: ActionInputs): CheckRunTarget {
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    name: inputs.checkName,
    headSha: context.headSha,
    externalId: checkRunExternalId(context.runId, context.runAttempt, context.job)
  }
}

/**
 * The action: parse inputs, acquire both run dirs (at once), compare, publish, and fail the step
 * when the report reaches `fail-on`. Outputs are set before the step fails; every problem ends as
 * one line; a check run dualrun created always ends `completed`.
 */
export async function run(): Promise<void> {
  let client: GitHubClient | undefined
  let context: RunContext | undefined
  let check: CheckRunRef | undefined
  let target: CheckRunTarget | undefined
  try {
    context = readRunContext()
    const runnerTemp = await runnerTempDir()
    registerSecret(core.getInput(Input.GitHubToken))
    registerSecret(process.env['ACTIONS_RUNTIME_TOKEN'])
    const inputs = parseInputs((name: Input) => core.getInput(name), process.env['GITHUB_REPOSITORY'])
    if ((inputs.left.kind === 'artifact' || inputs.right.kind === 'artifact') && isGhes(context.serverUrl)) {
      throw new UserError(
        `artifact download is not available on GitHub Enterprise Server (${context.serverUrl}); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead`
      )
    }
    const runContext = context
    client = inputs.token ? await createGitHubClient(inputs.token, (message) => core.info(message)) : undefined
    const github = client
    if (github && runContext.headSha) {
      const checkRunTarget = checkTarget(runContext, inputs)
      target = checkRunTarget
      check = await bestEffort('create the check run', 'checks: write', runContext.fromFork, () => startCheckRun(github, checkRunTarget, CHECK_RUN_LOG))
      if (check !== undefined) setCheckRunOutputs(check)
    }

    const [left, right] = await Promise.all([acquire(inputs.left, 'left', inputs, context, runnerTemp), acquire(inputs.right, 'right', inputs, context, runnerTemp)])
    const report = await compareSides(left, right, {
      allowRunIdDrift: inputs.allowRunIdDrift,
      limits: inputs.limits,
      ...(inputs.policyFile !== undefined && { policyFile: inputs.policyFile }),
      ...(inputs.schemasDir !== undefined && { schemasDir: inputs.schemasDir })
    })
    await publish(report, inputs, context, client, check, target, runnerTemp)
    if (gateFails(report, inputs.failOn)) {
      core.setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`)
    }
  } catch (error) {
    const message = redact(error instanceof UserError ? `dualrun: ${error.message}` : `dualrun: unexpected error: ${oneLine(error)}`)
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(redact(error.stack))
    core.setOutput(Output.Verdict, 'error')
    await reportFailure(message, client, context, check, target)
    core.setFailed(message)
  }
}

/** When no report could be made: say why in the job summary and complete the check run as a failure. */
async function reportFailure(message: string, client: GitHubClient | undefined, context: RunContext | undefined, check: CheckRunRef | undefined, target: CheckRunTarget | undefined): Promise<void> {
  const text = `### ⛔ dualrun could not compare\n\n${mdText(message, 2_000)}\n`
  try {
    await appendJobSummary(process.env['GITHUB_STEP_SUMMARY'], text)
  } catch (error) {
    core.warning(redact(`dualrun could not write the job summary: ${oneLine(error)}`))
  }
  if (client && context && check && target) {
    const github = client
    const done = await bestEffort(`complete check run ${check.id}`, 'checks: write', context.fromFork, () => completeCheckRun(github, target, check, failureCheckResult(text), CHECK_RUN_LOG))
    if (done) setCheckRunOutputs(done)
  }
}
