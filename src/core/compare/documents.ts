import type { Delta } from 'jsondiffpatch'
import { findingOf, type KindTable } from '../model/finding.js'
import { pointerJoin } from '../json/pointer.js'
import type { DocumentId, Finding, JsonValue } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'
import { describeValue, valuesEqual } from '../json/values.js'

/** Array items are matched by their natural key where they have one (providers, artifact pointers). */
function objectHash(item: object, index?: number): string {
  const o = item as Record<string, unknown>
  if (typeof o.provider_id === 'string') return `provider:${o.provider_id}`
  if (typeof o.artifact_key === 'string') return `artifact:${o.artifact_key}:${String(o.provider)}:${String(o.profile)}`
  if (typeof o.provider === 'string' && typeof o.profile === 'string') return `ranked:${o.provider}:${o.profile}`
  return `index:${index ?? 0}`
}

/** Walks a jsondiffpatch delta, calling `emit` once per changed value with its pointer. */
function walkDelta(
  delta: Delta,
  pointer: string,
  emit: (pointer: string, change: { left?: JsonValue; right?: JsonValue; movedTo?: number }) => void
): void {
  if (delta === undefined) return
  if (Array.isArray(delta)) {
    if (delta.length === 1) emit(pointer, { right: delta[0] as JsonValue })
    else if (delta.length === 2) emit(pointer, { left: delta[0] as JsonValue, right: delta[1] as JsonValue })
    else if (delta[2] === 0) emit(pointer, { left: delta[0] as JsonValue })
    else if (delta[2] === 3) emit(pointer, { movedTo: delta[1] as number })
    return
  }
  const isArray = (delta as { _t?: string })._t === 'a'
  for (const [key, child] of Object.entries(delta)) {
    if (isArray && key === '_t') continue
    const index = isArray && key.startsWith('_') ? key.slice(1) : key
    walkDelta(child as Delta, pointerJoin(pointer, index), emit)
  }
}

/** The kinds the document diff produces. */
export const DOCUMENT_KINDS = {
  document: {
    severity: 'error',
    category: 'content',
    stage: 'metadata',
    description: 'a normalized contract document differs at a pointer',
    fields: 'pointer, left, right',
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf(DOCUMENT_KINDS)

/**
 * Diffs one normalized contract document (jsondiffpatch; these documents are small): one
 * `document` finding per changed value with its JSON pointer and both values. Drift keys are
 * always removed here because the contract check owns run_id; pointers in `claimed` (reported by
 * the contract checks) are skipped so nothing is reported twice. jsondiffpatch is loaded only when
 * the normalized documents differ.
 */
export async function diffDocument(
  id: DocumentId,
  left: JsonValue,
  right: JsonValue,
  claimed: readonly string[],
  compiled: CompiledPolicy
): Promise<Finding[]> {
  const normalize = compiled.normalizer(id)
  const l = normalize(left)
  const r = normalize(right)
  if (valuesEqual(l, r, compiled.values)) return []
  const { create } = await import('jsondiffpatch')
  const delta = create({ objectHash, arrays: { detectMove: true, includeValueOnMove: false } }).diff(l, r)
  const findings: Finding[] = []
  walkDelta(delta, '', (pointer, change) => {
    if (claimed.some((c) => pointer === c || pointer.startsWith(`${c}/`))) return
    const key = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof change.left === 'number' && typeof change.right === 'number' && Math.abs(change.left - change.right) <= compiled.toleranceFor(key)) return
    const message =
      change.movedTo !== undefined
        ? `moved to index ${change.movedTo}`
        : `${describeValue(change.left)} != ${describeValue(change.right)}`
    findings.push(
      finding('document', {
        artifact: id,
        pointer,
        ...(change.left !== undefined ? { left: change.left } : {}),
        ...(change.right !== undefined ? { right: change.right } : {}),
        message
      })
    )
  })
  return findings
}
