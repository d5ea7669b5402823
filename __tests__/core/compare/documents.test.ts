import { compilePolicy } from '../../../src/core/policy/normalize.js'
import { diffDocument } from '../../../src/core/compare/documents.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import type { JsonValue } from '../../../src/core/model/types.js'

const ctx = compilePolicy(SIGNALCRAFT_V1, { allowRunIdDrift: true })

function health(over: Record<string, JsonValue> = {}): JsonValue {
  return {
    run_id: 'a',
    status: 'success',
    timestamps: { started_at: 'x', ended_at: 'y' },
    durations: { total_sec: 1.0 },
    failure_codes: ['AI_DISABLED'],
    phases: { score: { status: 'success', duration_sec: 0.2, failure_codes: [] } },
    logs: { local: { run_dir: '/app/state' } },
    ...over
  }
}

describe('diffDocument', () => {
  it('ignores timestamps, durations, logs and run_id', async () => {
    const right = health({ run_id: 'b', timestamps: { started_at: 'z', ended_at: 'w' }, durations: { total_sec: 2.0 }, logs: { k8s: {} } })
    expect(await diffDocument('run_health', health(), right, [], ctx)).toEqual([])
  })
  it('reports each changed value with its pointer and both values', async () => {
    const right = health({
      status: 'partial',
      failure_codes: ['AI_DISABLED', 'SCORING_STAGE_FAILED'],
      phases: { score: { status: 'failed', duration_sec: 0.3, failure_codes: [] } }
    })
    expect(await diffDocument('run_health', health(), right, [], ctx)).toEqual([
      { kind: 'document', severity: 'error', artifact: 'run_health', pointer: '/status', left: 'success', right: 'partial', message: '"success" != "partial"' },
      {
        kind: 'document',
        severity: 'error',
        artifact: 'run_health',
        pointer: '/failure_codes/1',
        right: 'SCORING_STAGE_FAILED',
        message: 'absent != "SCORING_STAGE_FAILED"'
      },
      {
        kind: 'document',
        severity: 'error',
        artifact: 'run_health',
        pointer: '/phases/score/status',
        left: 'success',
        right: 'failed',
        message: '"success" != "failed"'
      }
    ])
  })
  it('matches providers by provider_id, not by position', async () => {
    const p = (id: string, availability: string): JsonValue => ({ provider_id: id, availability })
    const left = { providers: [p('a', 'available'), p('b', 'available'), p('c', 'available')] }
    const right = { providers: [p('a', 'available'), p('c', 'unavailable')] }
    const findings = await diffDocument('provider_availability', left, right, [], ctx)
    expect(findings.map((f) => [f.pointer, f.left, f.right])).toEqual([
      ['/providers/1/availability', 'available', 'unavailable'],
      ['/providers/1', { provider_id: 'b', availability: 'available' }, undefined]
    ])
  })
  it('skips pointers claimed by the contract check', async () => {
    const findings = await diffDocument('run_health', health({ candidate_id: 'x' }), health({ candidate_id: 'y' }), ['/candidate_id'], ctx)
    expect(findings).toEqual([])
  })
  it('treats 1 and 1.0 as equal and honours the numeric tolerance', async () => {
    const tolerant = compilePolicy({ ...SIGNALCRAFT_V1, numericTolerance: 0.5 }, { allowRunIdDrift: true })
    expect(await diffDocument('run_health', health({ n: 1 }), health({ n: 1.0 }), [], ctx)).toEqual([])
    expect(await diffDocument('run_health', health({ n: 1 }), health({ n: 1.4 }), [], tolerant)).toEqual([])
    expect(await diffDocument('run_health', health({ n: 1 }), health({ n: 1.6 }), [], tolerant)).toHaveLength(1)
  })
})
