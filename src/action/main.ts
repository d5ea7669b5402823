import * as core from '@actions/core'
import { compareSides } from '../core/compareSides.js'
import { UserError, oneLine } from '../core/model/errors.js'
import { legsGateFails } from '../core/legs/aggregate.js'
import { loadLegsManifest } from '../core/legs/manifest.js'
import { runLegs } from '../core/legs/runLegs.js'
import { legsHeadline } from '../render/legsFormat.js'
import { acquire, legsAcquirer } from './acquire.js'
import { installCancelHandlers } from './cancel.js'
import { isGhes, readRunContext, runnerTempDir } from './context.js'
import { createGitHubClient } from './github.js'
import { Input, parseInputs } from './inputs.js'
import { gateFails } from './outputs.js'
import { artifactUploader, Publisher } from './publish.js'
import { redact, registerSecret } from './secrets.js'

/**
 * The action: inputs → acquire both run dirs (at once) → compare → publish → gate; with a legs
 * manifest, every leg is acquired and compared (runLegs) and the aggregate published and gated. Outputs are
 * set before the step fails; every problem ends as one line; a check run dualrun created always
 * ends `completed`, as `cancelled` when the job is cancelled first (see cancel.ts). One catch: a
 * UserError is the user's to fix, anything else an internal error: the step fails with verdict
 * `error`, and a report made before it is still posted with the error named (Publisher.fail).
 */
export async function run(): Promise<void> {
  let publisher: Publisher | undefined
  let starting: Promise<Publisher> | undefined
  installCancelHandlers(async (signal) => (await starting?.catch(() => undefined))?.cancel(signal))
  try {
    const context = readRunContext()
    const runnerTemp = await runnerTempDir()
    registerSecret(core.getInput(Input.GitHubToken))
    registerSecret(process.env['ACTIONS_RUNTIME_TOKEN'])
    const inputs = parseInputs((name: Input) => core.getInput(name), process.env['GITHUB_REPOSITORY'])
    if ((inputs.legs !== undefined || inputs.left.kind === 'artifact' || inputs.right.kind === 'artifact') && isGhes(context.serverUrl)) {
      throw new UserError(
        `artifact download is not available on GitHub Enterprise Server (${context.serverUrl}); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead`
      )
    }
    const client = inputs.token ? await createGitHubClient(inputs.token, (message) => core.info(message)) : undefined
    publisher = await (starting = Publisher.start({ core, summaryFile: process.env['GITHUB_STEP_SUMMARY'], run: { context, inputs, client, runnerTemp, upload: artifactUploader() } }))

    const env = { inputs, context, runnerTemp }
    const compare = {
      allowRunIdDrift: inputs.allowRunIdDrift,
      limits: inputs.limits,
      ...(inputs.policyFile !== undefined && { policyFile: inputs.policyFile }),
      ...(inputs.schemasDir !== undefined && { schemasDir: inputs.schemasDir })
    }
    if (inputs.legs !== undefined) {
      const manifest = await loadLegsManifest(inputs.legs.manifest)
      const runs = await runLegs({ legs: manifest.legs, acquirer: legsAcquirer(env), compare, maxParallel: inputs.legs.maxParallel })
      const failOn = manifest.failOn ?? inputs.failOn
      const aggregate = await publisher.publishLegs(runs, failOn)
      if (legsGateFails(aggregate, failOn)) core.setFailed(`dualrun: verdict ${aggregate.verdict} over ${legsHeadline(aggregate.counts)} (fail-on: ${failOn})`)
      return
    }
    const [left, right] = await Promise.all([acquire(inputs.left, 'left', env), acquire(inputs.right, 'right', env)])
    const report = await compareSides(left, right, compare)
    await publisher.publish(report)
    if (gateFails(report, inputs.failOn)) {
      core.setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`)
    }
  } catch (error) {
    const message = redact(error instanceof UserError ? `dualrun: ${error.message}` : `dualrun: internal error: ${oneLine(error)}`)
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(redact(error.stack))
    await (publisher ?? Publisher.detached(core, process.env['GITHUB_STEP_SUMMARY'])).fail(message)
    core.setFailed(message)
  }
}
