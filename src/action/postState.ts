import type * as actionsCore from '@actions/core'
import type { CheckConclusion, CheckRunTarget } from './checkRun.js'

/**
 * What the step saves for its post step (`core.saveState`: the runner hands each value to the post
 * step as `STATE_<name>`), so that a check run the step created is never left in progress: the
 * run's target (and id once known), the conclusion the step began completing it with, and that
 * GitHub confirmed the completion. Nothing saved is secret.
 */
export enum SavedState {
  CheckRun = 'check-run',
  Conclusion = 'check-run-conclusion',
  Completed = 'check-run-completed'
}

/** The check run the step created or was creating: where to find it, and its id once GitHub gave it. */
export interface SavedCheckRun {
  target: CheckRunTarget
  id?: number
}

type StateWriter = Pick<typeof actionsCore, 'saveState'>

/** Saves the check run the step is creating (`id` absent) or created. */
export function saveCheckRun(core: StateWriter, run: SavedCheckRun): void {
  core.saveState(SavedState.CheckRun, JSON.stringify(run))
}

/** Saves the conclusion the step is completing its check run with. */
export function saveCheckRunConclusion(core: StateWriter, conclusion: CheckConclusion): void {
  core.saveState(SavedState.Conclusion, conclusion)
}

/** Saves that GitHub confirmed the check run's completion. */
export function saveCheckRunCompleted(core: StateWriter): void {
  core.saveState(SavedState.Completed, 'true')
}

const CONCLUSIONS: readonly string[] = ['success', 'failure', 'neutral', 'cancelled'] satisfies CheckConclusion[]

/** A string field of a saved object, when it is one. */
const text = (value: unknown): value is string => typeof value === 'string' && value !== ''

/**
 * The check run the step left to the post step: its target, id and the conclusion the step had
 * reached, or undefined when there is nothing to do (no run was created, or its completion was
 * confirmed) or what was saved is not what the step writes.
 */
export function readUnfinishedCheckRun(getState: (name: string) => string): { run: SavedCheckRun; conclusion: CheckConclusion | undefined } | undefined {
  if (getState(SavedState.Completed) === 'true') return undefined
  const saved = getState(SavedState.CheckRun)
  if (saved === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(saved)
  } catch {
    return undefined
  }
  const { target, id } = (value ?? {}) as { target?: Partial<CheckRunTarget>; id?: unknown }
  if (target === undefined || !text(target.owner) || !text(target.repo) || !text(target.name) || !text(target.headSha) || !text(target.externalId)) return undefined
  const run: SavedCheckRun = { target: { owner: target.owner, repo: target.repo, name: target.name, headSha: target.headSha, externalId: target.externalId } }
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) run.id = id
  const conclusion = getState(SavedState.Conclusion)
  return { run, conclusion: CONCLUSIONS.includes(conclusion) ? (conclusion as CheckConclusion) : undefined }
}
