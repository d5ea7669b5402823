import { DOCUMENT_PATHS } from '../acquire/layout.js'
import { findingOf, type KindTable } from '../model/finding.js'
import type { EffectivePolicy, Finding, JsonValue, Side } from '../model/types.js'
import { isJsonObject } from '../json/values.js'
import type { RunDocuments } from './contract.js'

function field(doc: JsonValue | undefined, key: string): JsonValue | undefined {
  return isJsonObject(doc) ? doc[key] : undefined
}

/** The kinds the run-status check produces. */
export const RUN_STATUS_KINDS = {
  'run-status': {
    severity: 'error',
    category: 'validity',
    stage: 'run-status',
    description: '`status` of run_summary or run_health is not in the policy\'s `acceptStatus` (`["success"]`): the run failed. Checked per side, so two runs that failed the same way still fail. The message names the status, `failed_stage` and `failure_codes`',
    fields: "side, path, pointer `/status`, the side's status",
    rules: []
  }
} as const satisfies KindTable

const finding = findingOf(RUN_STATUS_KINDS)

/**
 * The run must have succeeded: `status` of run_summary and of run_health must each be one the
 * policy accepts (`acceptStatus`), else one `run-status` error for that side and document, naming
 * the status, run_health's `failed_stage` and `failure_codes`. Checked on each side alone, so two
 * runs that failed the same way never pass. A document a side lacks is reported elsewhere.
 */
export function checkRunStatus(side: Side, docs: RunDocuments, policy: EffectivePolicy): Finding[] {
  const findings: Finding[] = []
  const accepted = new Set(policy.acceptStatus)
  const failedStage = field(docs.run_health, 'failed_stage')
  const failureCodes = field(docs.run_health, 'failure_codes')
  for (const id of ['run_summary', 'run_health'] as const) {
    const doc = docs[id]
    if (doc === undefined) continue
    const status = field(doc, 'status')
    if (typeof status === 'string' && accepted.has(status)) continue
    const detail = [
      `failed_stage ${JSON.stringify(failedStage ?? null)}`,
      `failure_codes ${JSON.stringify(failureCodes ?? null)}`
    ].join(', ')
    findings.push(
      finding('run-status', {
        artifact: id,
        side,
        path: DOCUMENT_PATHS[id],
        pointer: '/status',
        field: 'status',
        [side]: status ?? null,
        message: `status is ${JSON.stringify(status ?? null)}, not ${policy.acceptStatus.map((s) => JSON.stringify(s)).join(' or ')} (${detail}): the run did not succeed`
      })
    )
  }
  return findings
}
