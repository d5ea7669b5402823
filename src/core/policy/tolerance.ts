import type { ValueCompareOptions } from '../json/values.js'
import type { EffectivePolicy } from '../model/types.js'

/** The policy's numeric tolerances as value-compare options: the global default and the per-field ones. */
export function toleranceOptions(policy: EffectivePolicy): ValueCompareOptions {
  const perField = policy.tolerance
  return { tolerance: policy.numericTolerance, ...(perField !== undefined && Object.keys(perField).length > 0 ? { fieldTolerance: perField } : {}) }
}

/** The tolerance for one field: its own when the policy gives one, else the global `numericTolerance`. */
export function toleranceFor(policy: EffectivePolicy, field: string | undefined): number {
  const perField = policy.tolerance
  return field !== undefined && perField !== undefined && Object.hasOwn(perField, field) ? (perField[field] as number) : policy.numericTolerance
}
