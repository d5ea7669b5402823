import * as core from '@actions/core'
import { unfinishedCheckRunView } from '../render/surfaces.js'
import { completeIfInProgress, type CheckRunLog } from './checkRun.js'
import { createGitHubClient, describeHttpError } from './github.js'
import { Input } from './inputs.js'
import { readUnfinishedCheckRun } from './postState.js'
import { redact, registerSecret } from './secrets.js'

/**
 * The action's post step (`runs.post`, run at the end of the job even when it was cancelled): when
 * the step created a check run and GitHub never confirmed its completion (the step was stopped,
 * timed out, or killed before its cancel handler got an answer), the run is completed if it is
 * still in progress: with the conclusion the step had reached, or `cancelled` when it had none.
 * It does nothing else, and never fails the job: a problem is a warning.
 */
export async function runPost(): Promise<void> {
  const unfinished = readUnfinishedCheckRun((name) => core.getState(name))
  if (unfinished === undefined) return
  const token = core.getInput(Input.GitHubToken)
  if (!token) return
  registerSecret(token)
  const { run, conclusion = 'cancelled' } = unfinished
  const log: CheckRunLog = { retry: (message) => core.info(redact(message)), warn: (message) => core.warning(redact(message)) }
  try {
    const client = await createGitHubClient(token, log.retry)
    const done = await completeIfInProgress(client, run.target, run.id, { conclusion, ...unfinishedCheckRunView(unfinished.conclusion) }, log)
    if (done !== undefined) core.info(`dualrun: the step left check run ${done.id} in progress; completed it as ${conclusion}`)
  } catch (error) {
    core.warning(redact(`dualrun could not complete the check run the step left in progress: ${describeHttpError(error)}`))
  }
}
