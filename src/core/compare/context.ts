import type { EffectivePolicy } from '../model/types.js'

/** What every comparer needs besides the two values: the effective policy and the drift switch. */
export interface CompareContext {
  policy: EffectivePolicy
  allowRunIdDrift: boolean
}
