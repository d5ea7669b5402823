import { pointerSegments } from '../json/pointer.js'
import type { EffectivePolicy, JsonValue } from '../model/types.js'

/** A function that returns a copy of a value without the policy's volatile keys and ignored pointers. */
export type Normalizer = (value: JsonValue) => JsonValue

/** The keys removed at any depth: the volatile keys, plus the drift keys when run-id drift is allowed. */
export function droppedKeys(policy: EffectivePolicy, allowRunIdDrift: boolean): Set<string> {
  return new Set([...policy.volatileKeys, ...(allowRunIdDrift ? policy.driftKeys : [])])
}

/** Sets `key` as an own data property, even `__proto__` (a plain assignment would change the prototype). */
function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/**
 * Builds a normalizer for one artifact kind: removes the volatile keys at any depth (and the
 * drift keys too when run-id drift is allowed), and every value whose pointer matches one of the
 * kind's ignore patterns (`*` matches any single segment).
 */
export function makeNormalizer(policy: EffectivePolicy, kind: keyof EffectivePolicy['ignore'], allowRunIdDrift: boolean): Normalizer {
  return makePointerNormalizer(droppedKeys(policy, allowRunIdDrift), policy.ignore[kind])
}

/**
 * A normalizer that removes `dropKeys` at any depth and every value whose pointer matches one of
 * `pointers` (`*` matches any single segment); for content files, whose pointers come from their rule.
 */
export function makePointerNormalizer(dropKeys: ReadonlySet<string>, pointers: readonly string[]): Normalizer {
  const patterns = pointers.map(pointerSegments)

  /** `active` holds the patterns still matching at this depth, as remaining segments. */
  const walk = (value: JsonValue, active: string[][]): JsonValue => {
    if (value === null || typeof value !== 'object') return value
    const childPatterns = (segment: string): { drop: boolean; rest: string[][] } => {
      const rest: string[][] = []
      let drop = false
      for (const pattern of active) {
        const head = pattern[0]
        if (head !== '*' && head !== segment) continue
        if (pattern.length === 1) drop = true
        else rest.push(pattern.slice(1))
      }
      return { drop, rest }
    }
    if (Array.isArray(value)) {
      const out: JsonValue[] = []
      value.forEach((item, index) => {
        const { drop, rest } = childPatterns(String(index))
        if (!drop) out.push(walk(item, rest))
      })
      return out
    }
    const out: { [key: string]: JsonValue } = {}
    for (const key of Object.keys(value)) {
      if (dropKeys.has(key)) continue
      const { drop, rest } = childPatterns(key)
      if (!drop) setOwn(out, key, walk(value[key] as JsonValue, rest))
    }
    return out
  }
  return (value) => walk(value, patterns)
}
