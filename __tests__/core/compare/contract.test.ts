import { compilePolicy } from '../../../src/core/policy/normalize.js'
import { checkContract, type RunDocuments } from '../../../src/core/compare/contract.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import type { JsonValue } from '../../../src/core/model/types.js'

function run(runId: string, over: { candidate?: string; snapshot?: JsonValue; scoring?: JsonValue; registry?: string } = {}): RunDocuments {
  const candidate_id = over.candidate ?? 'local'
  return {
    run_summary: {
      run_id: runId,
      candidate_id,
      snapshot_manifest: (over.snapshot ?? { applicable: true, path: 'x', sha256: 'aa' }) as JsonValue,
      scoring_config: (over.scoring ?? { source: 'archived_scoring_config', config_sha256: 'c1', path: 'p', provider: 'openai', profile: 'cs' }) as JsonValue
    },
    run_health: { run_id: runId, candidate_id },
    provider_availability: { run_id: runId, candidate_id, provider_registry_sha256: over.registry ?? 'r1' }
  }
}

const drift = compilePolicy(SIGNALCRAFT_V1, { allowRunIdDrift: true })
const strict = compilePolicy(SIGNALCRAFT_V1, { allowRunIdDrift: false })

describe('checkContract', () => {
  it('finds nothing for equal contracts under drift', () => {
    expect(checkContract(run('a'), run('b'), drift).findings).toEqual([])
  })
  it('reports one run_id finding without drift', () => {
    expect(checkContract(run('a'), run('b'), strict).findings).toEqual([
      expect.objectContaining({ kind: 'contract', artifact: 'run_summary', pointer: '/run_id', field: 'run_id', left: 'a', right: 'b' })
    ])
  })
  it('reports a run_id inconsistent inside one run even with drift', () => {
    const left = run('a')
    left.run_health = { run_id: 'other', candidate_id: 'local' }
    expect(checkContract(left, run('b'), drift).findings).toEqual([
      expect.objectContaining({ kind: 'contract', side: 'left', field: 'run_id', message: 'run_id inconsistent across artifacts (run_summary="a", run_health="other", provider_availability="a")' })
    ])
  })
  it('checks candidate_id in all three documents', () => {
    expect(checkContract(run('a'), run('a', { candidate: 'other' }), drift).findings.map((f) => [f.artifact, f.pointer, f.left, f.right])).toEqual([
      ['run_summary', '/candidate_id', 'local', 'other'],
      ['run_health', '/candidate_id', 'local', 'other'],
      ['provider_availability', '/candidate_id', 'local', 'other']
    ])
  })
  it('reports snapshot set, scoring config and provider registry field by field', () => {
    const right = run('a', {
      snapshot: { applicable: true, path: 'x', sha256: 'bb' },
      scoring: { source: 'scoring_model', config_sha256: 'c2', path: null, provider: null, profile: null },
      registry: 'r2'
    })
    expect(checkContract(run('a'), right, drift).findings.map((f) => [f.field, f.left, f.right])).toEqual([
      ['snapshot_manifest.sha256', 'aa', 'bb'],
      ['scoring_config.source', 'archived_scoring_config', 'scoring_model'],
      ['scoring_config.config_sha256', 'c1', 'c2'],
      ['scoring_config.provider', 'openai', null],
      ['scoring_config.profile', 'cs', null],
      ['provider_registry_sha256', 'r1', 'r2']
    ])
  })
  it('claims the pointers it reports so the document diff skips them', () => {
    const { claimed } = checkContract(run('a'), run('a'), drift)
    expect(claimed.run_summary).toEqual(expect.arrayContaining(['/candidate_id', '/scoring_config/config_sha256', '/snapshot_manifest/applicable']))
    expect(claimed.provider_availability).toEqual(['/candidate_id', '/provider_registry_sha256'])
  })
})
