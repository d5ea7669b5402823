import type { CheckAnnotation } from '../render/annotations.js'
import { createRetryLine, describeHttpError, SEND_ONCE, type GitHubClient } from './github.js'
import { ANNOTATIONS_PER_REQUEST, CHECK_RUNS_PER_PAGE } from './limits.js'
import { createOnce, httpStatus, mayHaveBeenApplied } from './retry.js'

/** How a check run of dualrun's can end: the gate's result, or `cancelled` when the job was cancelled first. */
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled'

/** How a finished check run looks. */
export interface CheckRunResult {
  conclusion: CheckConclusion
  title: string
  summary: string
  /** Sent instead of `summary` (without annotations) when GitHub refuses the completion with 422. */
  fallbackSummary: string
  annotations: CheckAnnotation[]
}

/** Which check run is ours: repository, name, commit, and an `external_id` unique to this run, attempt and job. */
export interface CheckRunTarget {
  owner: string
  repo: string
  name: string
  headSha: string
  externalId: string
}

/** A check run dualrun created: its id and page. */
export interface CheckRunRef {
  id: number
  url: string | undefined
}

/** Where log lines about retries and partial failures go. */
export interface CheckRunLog {
  retry: (message: string) => void
  warn: (message: string) => void
}

/** The `external_id` of this job's check run: run id, run attempt and job, so a re-run never adopts an earlier attempt's run. */
export function checkRunExternalId(runId: number, runAttempt: number, job: string): string {
  return `dualrun:${runId}:${runAttempt}:${job}`
}

/** Our check run on the head commit (name and `external_id` match) whose status `wanted` accepts, when one exists. */
async function findCheckRun(client: GitHubClient, target: CheckRunTarget, wanted: (status: string) => boolean = () => true): Promise<CheckRunRef | undefined> {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: target.name,
    filter: 'all',
    per_page: CHECK_RUNS_PER_PAGE
  })
  const ours = runs.find((r) => r.external_id === target.externalId && wanted(r.status))
  return ours && { id: ours.id, url: ours.html_url ?? undefined }
}

const isCompleted = (status: string): boolean => status === 'completed'

const retryLine = (what: string, log: CheckRunLog) => (error: unknown, delayMs: number, looksFirst: boolean) =>
  log.retry(createRetryLine(what, error, delayMs, looksFirst))

/**
 * Creates the check run `in_progress` on the head commit. A create that timed out or got a 5xx is
 * not sent again before looking for the run it may have made (by name and `external_id`).
 */
export async function startCheckRun(client: GitHubClient, target: CheckRunTarget, log: CheckRunLog): Promise<CheckRunRef> {
  const where = { owner: target.owner, repo: target.repo }
  return createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        ...where,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...SEND_ONCE
      })
      return { id: data.id, url: data.html_url ?? undefined }
    },
    () => findCheckRun(client, target),
    retryLine('creating the check run', log)
  )
}

/** Splits annotations into the requests GitHub accepts (at most 50 each). */
export function annotationBatches(annotations: CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  return batches
}

const output = (result: CheckRunResult, annotations: CheckAnnotation[] | undefined, summary = result.summary) => ({
  title: result.title,
  summary,
  ...(annotations && annotations.length > 0 && { annotations })
})

/**
 * Appends annotation batches to check run `id`; returns how many were sent. A refused batch stops
 * the rest with a warning (the completion is still sent); a 404 is rethrown.
 */
async function appendAnnotations(client: GitHubClient, target: CheckRunTarget, id: number, result: CheckRunResult, batches: CheckAnnotation[][], log: CheckRunLog): Promise<number> {
  let sent = 0
  for (const batch of batches) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: output(result, batch) })
      sent += batch.length
    } catch (error) {
      if (httpStatus(error) === 404) throw error
      const total = batches.reduce((n, b) => n + b.length, 0)
      log.warn(`dualrun could not add annotations to check run ${id} (${describeHttpError(error)}); ${sent} of ${total} sent, completing it without the rest`)
      break
    }
  }
  return sent
}

/**
 * Sends the completion of check run `id`. When it fails (other than 404), it is sent once more
 * with the fallback summary and no annotations: on a 422 the summary or an annotation was
 * refused; after a timeout or 5xx the smaller request is the one most likely to get through.
 */
async function sendCompletion(client: GitHubClient, target: CheckRunTarget, id: number, result: CheckRunResult, last: CheckAnnotation[] | undefined, log: CheckRunLog): Promise<void> {
  const completion = { owner: target.owner, repo: target.repo, check_run_id: id, status: 'completed' as const, conclusion: result.conclusion, completed_at: new Date().toISOString() }
  try {
    await client.rest.checks.update({ ...completion, output: output(result, last) })
  } catch (error) {
    if (httpStatus(error) === 404) throw error
    const refused = httpStatus(error) === 422 ? 'GitHub refused the summary of' : 'could not complete'
    log.warn(`dualrun: ${refused} check run ${id} (${describeHttpError(error)}); completing it with a short summary`)
    await client.rest.checks.update({ ...completion, output: output(result, undefined, result.fallbackSummary) })
  }
}

/**
 * Completes the check run: the annotations in batches of at most 50 (GitHub appends them), the
 * last batch with status `completed`, the conclusion, title and summary. When the run cannot be
 * updated (404: deleted, or invisible to the token), one completed check run with the same name
 * and `external_id` is created on the head commit instead. Returns the run that holds the result.
 */
export async function completeCheckRun(client: GitHubClient, target: CheckRunTarget, run: CheckRunRef, result: CheckRunResult, log: CheckRunLog): Promise<CheckRunRef> {
  const batches = annotationBatches(result.annotations)
  try {
    const sent = await appendAnnotations(client, target, run.id, result, batches.slice(0, -1), log)
    const allBefore = sent === batches.slice(0, -1).reduce((n, b) => n + b.length, 0)
    await sendCompletion(client, target, run.id, result, allBefore ? batches.at(-1) : undefined, log)
    return run
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
    log.warn(`dualrun: check run ${run.id} cannot be updated (${describeHttpError(error)}); creating a completed one in its place`)
    return createCompletedCheckRun(client, target, result, batches, log)
  }
}

/** Creates a completed check run carrying the result (the first 50 annotations with it, the rest appended). */
async function createCompletedCheckRun(client: GitHubClient, target: CheckRunTarget, result: CheckRunResult, batches: CheckAnnotation[][], log: CheckRunLog): Promise<CheckRunRef> {
  const created = await createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: 'completed',
        conclusion: result.conclusion,
        completed_at: new Date().toISOString(),
        output: output(result, batches[0]),
        ...SEND_ONCE
      })
      return { id: data.id, url: data.html_url ?? undefined }
    },
    () => findCheckRun(client, target, isCompleted),
    retryLine('creating the completed check run', log)
  )
  await appendAnnotations(client, target, created.id, result, batches.slice(1), log)
  return created
}

/**
 * Delivers the result when creating the check run at the start failed: when that create may have
 * been carried out after all (`startError` a timeout or 5xx), the run it made is looked for and
 * completed; otherwise one completed check run carrying the result is created.
 */
export async function deliverWithoutStart(client: GitHubClient, target: CheckRunTarget, startError: unknown, result: CheckRunResult, log: CheckRunLog): Promise<CheckRunRef> {
  const made = mayHaveBeenApplied(startError) ? await findCheckRun(client, target) : undefined
  if (made !== undefined) return completeCheckRun(client, target, made, result, log)
  return createCompletedCheckRun(client, target, result, annotationBatches(result.annotations), log)
}

/**
 * Completes with `result` our check run when the step left it in progress (the job was cancelled
 * or timed out, or the step was killed, before it completed it): the run `id`, or when the step
 * died before it learned the id, the run with our name and `external_id`. A run already completed
 * is left as it is: a completion GitHub applied, whose answer the step never got, stands. Returns
 * the run completed here, if any.
 */
export async function completeIfInProgress(client: GitHubClient, target: CheckRunTarget, id: number | undefined, result: CheckRunResult, log: CheckRunLog): Promise<CheckRunRef | undefined> {
  const open =
    id === undefined
      ? await findCheckRun(client, target, (status) => !isCompleted(status))
      : await client.rest.checks.get({ owner: target.owner, repo: target.repo, check_run_id: id }).then(
          ({ data }) => (isCompleted(data.status) ? undefined : { id: data.id, url: data.html_url ?? undefined }),
          (error: unknown) => {
            // Deleted, or invisible to the token: nothing is left in progress that this step could complete.
            if (httpStatus(error) === 404) return undefined
            throw error
          }
        )
  if (open === undefined) return undefined
  await sendCompletion(client, target, open.id, result, undefined, log)
  return open
}
