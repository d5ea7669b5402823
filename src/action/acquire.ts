import * as core from '@actions/core'
import { acquireRunDir } from '../core/acquire/source.js'
import { unusableSide, type AcquiredSide } from '../core/compareSides.js'
import { UnusableSideError } from '../core/model/errors.js'
import { setting } from '../core/model/options.js'
import type { Side } from '../core/model/types.js'
import { describeSource, downloadArtifactZip, type DownloadSettings } from './artifacts.js'
import type { RunContext } from './context.js'
import type { ActionInputs, SideSource } from './inputs.js'
import { retryPolicy } from './retry.js'
import { redact } from './secrets.js'
import { apiTimeoutMs, progressIntervalMs } from './settings.js'

/**
 * One side's run dir for the action: a folder on disk is handed to the core as it is; an artifact
 * is downloaded (the action's only part in acquisition) and its zip handed to the core, which
 * extracts it and finds the run dir inside the same way.
 */

/** Acquires one side's run dir (a folder on disk, or a downloaded artifact, handed to the core); a side that cannot be used is returned with why, for the report. */
export async function acquire(source: SideSource, side: Side, inputs: ActionInputs, context: RunContext, runnerTemp: string): Promise<AcquiredSide> {
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
