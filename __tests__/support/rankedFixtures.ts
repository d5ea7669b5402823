import { compareFindings, finding } from '../../src/core/findingKinds.js'
import { SIGNALCRAFT_V1 } from '../../src/core/policy/preset.js'
import { compilePolicy, type CompiledPolicy } from '../../src/core/policy/normalize.js'
import type { EffectivePolicy, Finding, FindingKind, JsonValue } from '../../src/core/model/types.js'

/** The signalcraft-v1 preset with policy overrides, compiled as a comparison compiles it. */
export function context(overrides: Partial<EffectivePolicy> = {}, allowRunIdDrift = false): CompiledPolicy {
  return compilePolicy({ ...SIGNALCRAFT_V1, ...overrides }, { allowRunIdDrift })
}

/** Findings in the report's total order, for exact `toEqual` assertions. */
export function sorted(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/** An expected finding on `artifact` with the registry's severity. */
export function expectedOn(artifact: Finding['artifact']) {
  return (kind: FindingKind, fields: Omit<Finding, 'kind' | 'severity' | 'artifact'>): Finding => finding(kind, { artifact, ...fields })
}

/** A ranked job row shaped like the real ones (job_id, title, score, nested explanation). */
export function job(id: string, score: number, extra: { [key: string]: JsonValue } = {}): { [key: string]: JsonValue } {
  return {
    job_id: id,
    title: `Title ${id}`,
    score,
    final_score: score,
    explanation: { final_score: score, heuristic_reasons_top3: ['boost_relevant(10)'] },
    ...extra
  }
}

/** Mirrors a finding as if left and right had been swapped (added <-> removed in kinds and rules, values and sides). */
export function mirrored(f: Finding, pointerOnRight: (f: Finding) => string | undefined = (x) => x.pointer): Finding {
  const kind: FindingKind = f.kind === 'job-added' ? 'job-removed' : f.kind === 'job-removed' ? 'job-added' : f.kind
  const out: Finding = { kind, severity: f.severity, artifact: f.artifact, message: '' }
  if (f.rule !== undefined) out.rule = f.rule === 'family/added' ? 'family/removed' : f.rule === 'family/removed' ? 'family/added' : f.rule
  if (f.side !== undefined) out.side = f.side === 'left' ? 'right' : 'left'
  const pointer = pointerOnRight(f)
  if (pointer !== undefined) out.pointer = pointer
  if (f.job !== undefined) out.job = f.job
  if (f.field !== undefined) out.field = f.field
  if (f.right !== undefined) out.left = f.right
  if (f.left !== undefined) out.right = f.left
  return out
}

/** A finding without its message (messages are worded per side, so mirror tests compare the rest). */
export function withoutMessage(f: Finding): Finding {
  return { ...f, message: '' }
}
