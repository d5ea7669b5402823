import { pointerSegments } from '../json/pointer.js'
import type { ValueCompareOptions } from '../json/values.js'
import type { DocumentId, EffectivePolicy, JsonValue } from '../model/types.js'
import { toleranceFor, toleranceOptions } from './tolerance.js'

/** A function that returns a copy of a value without the policy's volatile keys and ignored pointers. */
export type Normalizer = (value: JsonValue) => JsonValue

/** The keys removed at any depth: the volatile keys, plus the drift keys when run-id drift is allowed. */
export function droppedKeys(policy: EffectivePolicy, allowRunIdDrift: boolean): Set<string> {
  return new Set([...policy.volatileKeys, ...(allowRunIdDrift ? policy.driftKeys : [])])
}

/**
 * The policy compiled once per comparison, for every comparer: what to drop, how to normalize each
 * artifact kind, the tolerances and the ranking gate. Only the contract check reads the drift
 * switch itself.
 */
export interface CompiledPolicy {
  /** The effective policy as loaded (recorded in the report). */
  policy: EffectivePolicy
  allowRunIdDrift: boolean
  /** Keys removed at any depth from ranked rows: the volatile keys, plus the drift keys when drift is allowed. */
  droppedKeys: ReadonlySet<string>
  /**
   * Keys removed at any depth from contract documents and content files: the volatile and drift
   * keys always, since run_id is the contract check's (one finding, not one per place it appears).
   */
  documentDroppedKeys: ReadonlySet<string>
  /** The normalizer of one artifact kind (documents with `documentDroppedKeys`, ranked kinds with `droppedKeys`), built once. */
  normalizer(kind: keyof EffectivePolicy['ignore']): Normalizer
  /** The numeric tolerances as value-compare options. */
  values: ValueCompareOptions
  /** The tolerance of one field (its own, else the global one). */
  toleranceFor(field: string | undefined): number
  /** The policy's `ranking.topK`: a move entirely below it is a warning (undefined: every move is an error). */
  topK?: number
}

const DOCUMENT_KINDS: ReadonlySet<string> = new Set<DocumentId>(['run_summary', 'run_health', 'provider_availability'])

/** Compiles the policy for one comparison (see {@link CompiledPolicy}). */
export function compilePolicy(policy: EffectivePolicy, options: { allowRunIdDrift: boolean }): CompiledPolicy {
  const ranked = droppedKeys(policy, options.allowRunIdDrift)
  const documents = droppedKeys(policy, true)
  const normalizers = new Map<string, Normalizer>()
  const topK = policy.ranking?.topK
  return {
    policy,
    allowRunIdDrift: options.allowRunIdDrift,
    droppedKeys: ranked,
    documentDroppedKeys: documents,
    normalizer(kind) {
      let normalize = normalizers.get(kind)
      if (normalize === undefined) {
        normalize = makePointerNormalizer(DOCUMENT_KINDS.has(kind) ? documents : ranked, policy.ignore[kind])
        normalizers.set(kind, normalize)
      }
      return normalize
    },
    values: toleranceOptions(policy),
    toleranceFor: (field) => toleranceFor(policy, field),
    ...(topK !== undefined ? { topK } : {})
  }
}

/** Sets `key` as an own data property, even `__proto__` (a plain assignment would change the prototype). */
function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
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
