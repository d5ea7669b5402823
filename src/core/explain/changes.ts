import { FINDING_KINDS, rankOf, stageRank } from '../findingKinds.js'
import type { EffectivePolicy, Finding, PipelineStage } from '../model/types.js'

/**
 * What kind of underlying difference a change is. Ranked findings about one job of one
 * provider/profile fall into one of the job classes, whichever file (ranked JSON, CSV, families)
 * they were found in; every other finding is a change of its own (`single`).
 */
export type ChangeClass = 'score' | 'content' | 'rank' | 'added' | 'removed' | 'single'

/** One underlying difference and every finding (location) that expresses it, in report order. */
export interface Change {
  id: string
  class: ChangeClass
  /** The earliest pipeline stage among its findings. */
  stage: PipelineStage
  /** `<provider>:<profile>` of a change found in ranked outputs. */
  target?: string
  job?: string
  findings: Finding[]
}

/** The `<provider>:<profile>` part of a ranked artifact id, undefined for documents. */
function targetOf(artifact: string): string | undefined {
  if (!artifact.startsWith('ranked_')) return undefined
  const colon = artifact.indexOf(':')
  return colon === -1 ? undefined : artifact.slice(colon + 1)
}

/** The last segment of a pointer, unescaped (the leaf's own key). */
export function leafKey(pointer: string | undefined): string | undefined {
  if (pointer === undefined || pointer === '') return undefined
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~')
}

/**
 * The pipeline stage of one finding: its kind's stage from the registry, refined by location for
 * the two kinds that span stages. A contract `run_id` is metadata; a provider_availability value
 * is an input (which providers ran); a `status` in run_health or run_summary is the run's status.
 */
export function stageOf(f: Finding): PipelineStage {
  if (f.kind === 'contract' && f.field === 'run_id') return 'metadata'
  if (f.kind === 'document') {
    if (f.artifact === 'provider_availability') return 'inputs'
    if ((f.artifact === 'run_health' || f.artifact === 'run_summary') && leafKey(f.pointer) === 'status') return 'run-status'
  }
  return FINDING_KINDS[f.kind].stage
}

/** The job class of a ranked finding, or `single` when it is not about one job's rank or values. */
function classOf(f: Finding, scoreFields: ReadonlySet<string>): ChangeClass {
  const family = f.kind === 'family'
  if (f.kind === 'job-added' || (family && f.field === 'rank' && f.left === undefined)) return 'added'
  if (f.kind === 'job-removed' || (family && f.field === 'rank' && f.right === undefined)) return 'removed'
  if (f.kind === 'job-moved' || (family && f.field === 'rank')) return 'rank'
  if (f.kind === 'job-score' || f.kind === 'job-field' || family) {
    const leaf = leafKey(f.pointer) ?? f.field
    return f.kind === 'job-score' || (leaf !== undefined && scoreFields.has(leaf)) ? 'score' : 'content'
  }
  return 'single'
}

/** The row a ranked finding is about when it has no job identity (`<kind>@<index>`: never merged across files). */
function rowKey(f: Finding): string {
  return `${f.artifact.slice(0, f.artifact.indexOf(':'))}@${rankOf(f)}`
}

/** A readable id for a finding that is a change of its own: kind, artifact, side and location. */
function singleId(f: Finding): string {
  const side = f.side !== undefined ? `@${f.side}` : ''
  const where = f.pointer !== undefined && f.pointer !== '' ? f.pointer : f.field !== undefined ? `#${f.field}` : ''
  return `${f.kind}:${f.artifact}${side}${where}`
}

/**
 * Groups findings (in report order) into changes and gives each finding its change id. Ids are
 * deterministic and readable: `<class>:<provider>:<profile>:<job>` for a job's change (one id for
 * the same job re-scored in ranked JSON, CSV and families), `<kind>:<artifact>[@side][<pointer>]`
 * for anything else, with `~2`, `~3`... when two such findings share a location.
 */
export function groupChanges(findings: readonly Finding[], policy: EffectivePolicy): { findings: Finding[]; changes: Change[] } {
  const scoreFields = new Set(policy.scoreFields)
  const byId = new Map<string, Change>()
  const out = findings.map((f) => {
    const cls = classOf(f, scoreFields)
    const target = targetOf(f.artifact)
    let id: string
    if (cls !== 'single' && target !== undefined) id = `${cls}:${target}:${f.job ?? rowKey(f)}`
    else {
      id = singleId(f)
      for (let n = 2; byId.has(id); n++) id = `${singleId(f)}~${n}`
    }
    const stage = stageOf(f)
    const located: Finding = { ...f, change: id }
    const change = byId.get(id)
    if (change === undefined) {
      byId.set(id, { id, class: cls, stage, ...(target !== undefined ? { target } : {}), ...(f.job !== undefined ? { job: f.job } : {}), findings: [located] })
    } else {
      change.findings.push(located)
      if (stageRank(stage) < stageRank(change.stage)) change.stage = stage
    }
    return located
  })
  return { findings: out, changes: [...byId.values()] }
}
