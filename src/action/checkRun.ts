import type { CheckAnnotation } from '../render/annotations.js'
import type { GitHubClient } from './github.js'
import { ANNOTATIONS_PER_REQUEST } from './limits.js'

/** How a finished check run looks. */
export interface CheckRunResult {
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

/** Where the check run lives. */
export interface CheckRunTarget {
  owner: string
  repo: string
}

/** Creates the check run `in_progress` on `headSha`; returns its id. */
export async function startCheckRun(client: GitHubClient, target: CheckRunTarget, name: string, headSha: string): Promise<number> {
  const { data } = await client.rest.checks.create({ ...target, name, head_sha: headSha, status: 'in_progress', started_at: new Date().toISOString() })
  return data.id
}

/** Splits annotations into the requests GitHub accepts (at most 50 each). */
export function annotationBatches(annotations: CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  return batches
}

/**
 * Sends the annotations in batches of at most 50 (GitHub appends them), the last batch with the
 * completion: status `completed`, the conclusion, title and summary.
 */
export async function completeCheckRun(client: GitHubClient, target: CheckRunTarget, checkRunId: number, result: CheckRunResult): Promise<void> {
  const batches = annotationBatches(result.annotations)
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: result.title,
    summary: result.summary,
    ...(annotations && annotations.length > 0 && { annotations })
  })
  for (const batch of batches.slice(0, -1)) {
    await client.rest.checks.update({ ...target, check_run_id: checkRunId, output: output(batch) })
  }
  await client.rest.checks.update({
    ...target,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches.at(-1))
  })
}
