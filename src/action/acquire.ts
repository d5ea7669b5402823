import * as core from '@actions/core'
import { acquireRunDir } from '../core/acquire/source.js'
import { unusableSide, type AcquiredSide } from '../core/compareSides.js'
import { UnusableSideError } from '../core/model/errors.js'
import { setting } from '../core/model/options.js'
import type { Side } from '../core/model/types.js'
import type { LegSource } from '../core/legs/manifest.js'
import type { SourceAcquirer } from '../core/legs/runLegs.js'
import { describeSource, downloadArtifactZip, type ArtifactRequest, type DownloadSettings } from './artifacts.js'
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

/** What acquisition needs from the run: inputs, context and the runner's temp folder. */
export interface AcquireEnv {
  inputs: Pick<ActionInputs, 'limits' | 'repository' | 'token' | 'downloadTimeoutMs'>
  context: RunContext
  runnerTemp: string
}

/** How one acquisition is named: in log lines, in temp folder names, and the setting that picks its run dir. */
interface Naming {
  /** `left`, `right`, or `leg` for a legs manifest's sources. */
  who: string
  runDirSetting: string
}

/** Where an artifact is downloaded from, and how it is named in messages. */
function artifactRequest(source: { name: string; runId?: number | undefined }, env: AcquireEnv): { request: ArtifactRequest; where: string } {
  const request = {
    name: source.name,
    repository: source.runId === undefined ? env.context.repo : env.inputs.repository,
    token: env.inputs.token,
    currentRunId: env.context.runId,
    ...(source.runId !== undefined && { runId: source.runId })
  }
  return { request, where: `artifact ${source.name} in ${describeSource(request)}` }
}

/**
 * The folder of a source's run dir: a path or zip handed to the core as it is, an artifact
 * downloaded first. Throws an UnusableSideError (logged as an error line) when it cannot be used.
 */
async function sourceRoot(source: LegSource, naming: Naming, env: AcquireEnv): Promise<string> {
  const request = {
    limits: env.inputs.limits,
    runDirSetting: naming.runDirSetting,
    tempDir: env.runnerTemp,
    tempPrefix: `dualrun-${naming.who}-`,
    ...(source.runDir !== undefined && { runDir: source.runDir })
  }
  try {
    if (source.kind !== 'artifact') return (await acquireRunDir({ ...request, path: source.path })).root
    const { request: artifact, where } = artifactRequest(source, env)
    // Sides download at once, so each line names its side instead of a log group.
    const settings: DownloadSettings = {
      deadlineMs: env.inputs.downloadTimeoutMs,
      requestTimeoutMs: apiTimeoutMs(),
      progressIntervalMs: progressIntervalMs(),
      policy: retryPolicy(),
      log: (message) => core.info(redact(`dualrun: ${naming.who} artifact ${source.name}: ${message}`))
    }
    const downloaded = await downloadArtifactZip(artifact, env.runnerTemp, naming.who, env.inputs.limits, settings)
    try {
      return (await acquireRunDir({ ...request, path: downloaded.zip, where })).root
    } finally {
      await downloaded.cleanup()
    }
  } catch (error) {
    if (error instanceof UnusableSideError) core.error(redact(`dualrun: ${error.message}`))
    throw error
  }
}

/** Acquires one side of the single pair; a side that cannot be used is returned with why, for the report. */
export async function acquire(source: SideSource, side: Side, env: AcquireEnv): Promise<AcquiredSide> {
  try {
    return { side, label: source.label, path: await sourceRoot(source, { who: side, runDirSetting: setting(source.runDirInput) }, env) }
  } catch (error) {
    if (!(error instanceof UnusableSideError)) throw error
    return unusableSide(side, source.label, source.kind === 'artifact' ? artifactRequest(source, env).where : source.path, error)
  }
}

/** The acquirer of a legs manifest's sources (artifacts, folders, zips); runLegs acquires each distinct source once. */
export function legsAcquirer(env: AcquireEnv): SourceAcquirer {
  return { acquire: (source) => sourceRoot(source, { who: 'leg', runDirSetting: "the side's run-dir key" }, env) }
}
