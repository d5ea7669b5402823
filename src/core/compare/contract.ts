import { findingOf, type KindTable } from '../model/finding.js'
import type { DocumentId, Finding, JsonValue, Side } from '../model/types.js'
import type { CompiledPolicy } from '../policy/normalize.js'

/** The readable contract documents of one run (absent when missing or unreadable). */
export type RunDocuments = Partial<Record<DocumentId, JsonValue>>

/** Contract findings, and the pointers they cover, which the document diff must not report again. */
export interface ContractResult {
  findings: Finding[]
  claimed: Record<DocumentId, string[]>
}

const DOCUMENTS: readonly DocumentId[] = ['run_summary', 'run_health', 'provider_availability']

function get(doc: JsonValue | undefined, ...path: string[]): JsonValue | undefined {
  let value = doc
  for (const key of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = value[key]
  }
  return value
}

function same(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Adds left/right only when the value exists, so a finding never carries `undefined`. */
function values(left: JsonValue | undefined, right: JsonValue | undefined): { left?: JsonValue; right?: JsonValue } {
  return { ...(left !== undefined ? { left } : {}), ...(right !== undefined ? { right } : {}) }
}

/** The kinds the contract check produces. */
export const CONTRACT_KINDS = {
  contract: {
    severity: 'error',
    category: 'contract',
    stage: 'inputs',
    description: 'candidate_id, run_id (consistency, or equality without drift), snapshot set, scoring config or provider registry differs',
    fields: 'pointer, field, left, right (or side for within-run consistency)',
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf(CONTRACT_KINDS)

/**
 * The contract checks, with values and locations (upstream's step 4, widened):
 * candidate_id in all three documents, run_id consistent inside each run and equal across runs
 * unless drift is allowed, the snapshot set, the scoring config and the provider registry.
 */
export function checkContract(left: RunDocuments, right: RunDocuments, compiled: CompiledPolicy): ContractResult {
  const findings: Finding[] = []
  const claimed: Record<DocumentId, string[]> = {
    run_summary: ['/candidate_id', '/snapshot_manifest/applicable', '/snapshot_manifest/sha256'],
    run_health: ['/candidate_id'],
    provider_availability: ['/candidate_id', '/provider_registry_sha256']
  }

  /** Compares one field across the runs when both runs have the document. */
  const compareField = (doc: DocumentId, path: string[], field: string, what: string): void => {
    if (left[doc] === undefined || right[doc] === undefined) return
    const l = get(left[doc], ...path)
    const r = get(right[doc], ...path)
    if (same(l, r)) return
    findings.push(
      finding('contract', {
        artifact: doc,
        pointer: `/${path.join('/')}`,
        field,
        ...values(l, r),
        message: `${what} differs: ${JSON.stringify(l ?? null)} != ${JSON.stringify(r ?? null)}`
      })
    )
  }

  for (const doc of DOCUMENTS) compareField(doc, ['candidate_id'], 'candidate_id', `candidate namespace (${doc}.candidate_id)`)

  for (const [side, docs] of [
    ['left', left],
    ['right', right]
  ] as [Side, RunDocuments][]) {
    const ids = DOCUMENTS.filter((d) => docs[d] !== undefined).map((d) => [d, get(docs[d], 'run_id')] as const)
    if (new Set(ids.map(([, id]) => JSON.stringify(id))).size > 1) {
      findings.push(
        finding('contract', {
          artifact: 'run_summary',
          side,
          field: 'run_id',
          pointer: '/run_id',
          message: `run_id inconsistent across artifacts (${ids.map(([d, id]) => `${d}=${JSON.stringify(id ?? null)}`).join(', ')})`
        })
      )
    }
  }
  if (!compiled.allowRunIdDrift) {
    const l = get(left.run_summary, 'run_id')
    const r = get(right.run_summary, 'run_id')
    if (left.run_summary !== undefined && right.run_summary !== undefined && !same(l, r)) {
      findings.push(
        finding('contract', {
          artifact: 'run_summary',
          pointer: '/run_id',
          field: 'run_id',
          ...values(l, r),
          message: `run_id differs (${JSON.stringify(l ?? null)} != ${JSON.stringify(r ?? null)}); set --allow-run-id-drift / allow-run-id-drift for deterministic equivalent runs`
        })
      )
    }
  }

  compareField('run_summary', ['snapshot_manifest', 'applicable'], 'snapshot_manifest.applicable', 'snapshot set (applicable)')
  compareField('run_summary', ['snapshot_manifest', 'sha256'], 'snapshot_manifest.sha256', 'snapshot set (sha256)')
  for (const key of ['source', 'config_sha256', 'provider', 'profile']) {
    claimed.run_summary.push(`/scoring_config/${key}`)
    compareField('run_summary', ['scoring_config', key], `scoring_config.${key}`, `scoring config (${key})`)
  }
  compareField('provider_availability', ['provider_registry_sha256'], 'provider_registry_sha256', 'provider registry')
  return { findings, claimed }
}
