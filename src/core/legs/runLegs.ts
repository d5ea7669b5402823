import pLimit from 'p-limit'
import { resolve } from 'node:path'
import { compareSides, unusableSide, type AcquiredSide } from '../compareSides.js'
import { DEFAULTS } from '../model/defaults.js'
import { UserError } from '../model/errors.js'
import type { CompareOptions } from '../model/options.js'
import type { EffectivePolicy, Report, Side } from '../model/types.js'
import { loadPolicy } from '../policy/loadPolicy.js'
import type { Leg, LegSide, LegSource } from './manifest.js'

/**
 * Compares every leg of a manifest, each as one pair is compared (its own full report), with a
 * bound on how many legs and how many acquisitions run at once, so memory stays within one runner.
 * A source several legs name is acquired once. Acquisition is injected: the CLI reads folders and
 * zips, the action downloads artifacts.
 */

/** Makes one side's run dir available on disk and returns its folder; throws (e.g. an UnusableSideError) when it cannot. */
export interface SourceAcquirer {
  acquire(source: LegSource): Promise<string>
}

/** Options of {@link runLegs}. */
export interface RunLegsOptions {
  legs: readonly Leg[]
  acquirer: SourceAcquirer
  /** What every leg is compared with; a leg's own `policy` replaces `policyFile` (each policy file is read once). */
  compare: Omit<CompareOptions, 'left' | 'right'>
  /** Most legs compared, and most sources acquired, at once (default {@link DEFAULT_MAX_PARALLEL_LEGS}). */
  maxParallel?: number
}

/** One leg's outcome: its full report. */
export interface LegRun {
  leg: Leg
  report: Report
}

/** Legs compared at once by default: two sides of two legs in memory fits a standard runner. */
export const DEFAULT_MAX_PARALLEL_LEGS = Number(DEFAULTS['max-parallel-legs'])

/**
 * The identity of a source: two sides with the same key are the same run dir, acquired once.
 * Paths are resolved, so `runs/aws` and `./runs/aws` are one source.
 */
export function sourceKey(source: LegSource): string {
  switch (source.kind) {
    case 'artifact':
      return JSON.stringify(['artifact', source.runId ?? null, source.name, source.runDir ?? null])
    case 'path':
      return JSON.stringify(['path', resolve(source.path), source.runDir ?? null])
    case 'zip':
      return JSON.stringify(['zip', resolve(source.path), source.runDir ?? null])
  }
}

/** How a source is named in a report when it could not be acquired. */
function describeLegSource(source: LegSource): string {
  switch (source.kind) {
    case 'artifact':
      return `artifact ${source.name}${source.runId !== undefined ? ` of run ${source.runId}` : ''}`
    case 'path':
      return `${source.path}${source.runDir !== undefined ? ` (run-dir ${source.runDir})` : ''}`
    case 'zip':
      return `zip ${source.path}${source.runDir !== undefined ? ` (run-dir ${source.runDir})` : ''}`
  }
}

/**
 * Each leg's policy, every file read once and before anything is acquired: a leg's own file, or
 * `shared` (what the legs are compared with). A bad leg policy is a usage error naming its leg.
 */
async function legPolicies(legs: readonly Leg[], shared: Promise<EffectivePolicy>): Promise<Map<Leg, EffectivePolicy>> {
  const common = await shared
  const byFile = new Map<string, EffectivePolicy>()
  const byLeg = new Map<Leg, EffectivePolicy>()
  for (const leg of legs) {
    let policy = leg.policy === undefined ? common : byFile.get(leg.policy)
    if (policy === undefined) {
      try {
        policy = await loadPolicy(leg.policy)
      } catch (error) {
        if (error instanceof UserError) throw new UserError(`leg '${leg.name}': ${error.message}`)
        throw error
      }
      byFile.set(leg.policy as string, policy)
    }
    byLeg.set(leg, policy)
  }
  return byLeg
}

/**
 * Compares every leg and returns their reports in manifest order. A side that cannot be acquired
 * makes its leg an `error` report naming why; it never drops the leg. Throws a UserError only for
 * arguments no leg can be compared with (an invalid policy or schemas folder).
 */
export async function runLegs(options: RunLegsOptions): Promise<LegRun[]> {
  const bound = options.maxParallel ?? DEFAULT_MAX_PARALLEL_LEGS
  if (!Number.isInteger(bound) || bound < 1) throw new UserError(`max-parallel-legs must be a positive whole number, got ${bound}`)
  const policies = await legPolicies(options.legs, options.compare.policy !== undefined ? Promise.resolve(options.compare.policy) : loadPolicy(options.compare.policyFile))
  const legSlots = pLimit(bound)
  const acquireSlots = pLimit(bound)
  const acquired = new Map<string, Promise<string>>()
  const acquire = (source: LegSource): Promise<string> => {
    const key = sourceKey(source)
    let pending = acquired.get(key)
    if (pending === undefined) {
      pending = acquireSlots(() => options.acquirer.acquire(source))
      acquired.set(key, pending)
    }
    return pending
  }
  const sideOf = async (leg: LegSide, side: Side): Promise<AcquiredSide> => {
    try {
      return { side, label: leg.label, path: await acquire(leg.source) }
    } catch (error) {
      return unusableSide(side, leg.label, describeLegSource(leg.source), error)
    }
  }
  const compareLeg = async (leg: Leg): Promise<LegRun> => {
    const [left, right] = await Promise.all([sideOf(leg.left, 'left'), sideOf(leg.right, 'right')])
    const compare = { ...options.compare, policy: policies.get(leg) as EffectivePolicy }
    return { leg, report: await compareSides(left, right, compare) }
  }
  return Promise.all(options.legs.map((leg) => legSlots(() => compareLeg(leg))))
}
