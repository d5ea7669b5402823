/**
 * The policy gates that read ranking and per-field tolerance: `ranking.topK` (the first K ranks
 * must match; moves entirely below them are warnings) and `tolerance: {field: n}` (with the global
 * numericTolerance as the default), each with a passing and a failing case, from the policy file
 * through the comparer to the verdict.
 */
import { compilePolicy } from '../../../src/core/policy/normalize.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareRankedJobs } from '../../../src/core/compare/rankedJobs.js'
import { compareRankedCsv } from '../../../src/core/compare/rankedCsv.js'
import { verdictOf } from '../../../src/core/report.js'
import { loadPolicy } from '../../../src/core/policy/loadPolicy.js'
import type { EffectivePolicy, JsonValue } from '../../../src/core/model/types.js'
import { UserError } from '../../../src/core/model/errors.js'
import { job } from '../../support/rankedFixtures.js'

const ARTIFACT = 'ranked_json:openai:cs' as const
const dir = mkdtempSync(join(tmpdir(), 'dualrun-policy-gates-'))
async function policyFrom(text: string): Promise<EffectivePolicy> {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.yml`)
  writeFileSync(path, text)
  return loadPolicy(path)
}
const compare = (policy: EffectivePolicy, left: JsonValue, right: JsonValue) => compareRankedJobs(ARTIFACT, left, right, compilePolicy(policy, { allowRunIdDrift: false }))

/** 60 jobs in score order. */
const jobs = Array.from({ length: 60 }, (_, i) => job(`J${String(i).padStart(2, '0')}`, 100 - i))
/** Two jobs at the given 0-based positions swapped. */
function swapped(a: number, b: number): JsonValue[] {
  const out = jobs.map((j) => structuredClone(j))
  ;[out[a], out[b]] = [out[b]!, out[a]!]
  return out
}

describe('ranking.topK', () => {
  it('is recorded in the effective policy', async () => {
    expect((await policyFrom('ranking:\n  topK: 50\n')).ranking).toEqual({ topK: 50 })
  })
  it('passes when only ranks below the top K drift: the move is a warning', async () => {
    const policy = await policyFrom('ranking:\n  topK: 50\n')
    const { findings } = compare(policy, jobs, swapped(54, 57))
    // A far swap is two moves (the comparer reports exactly the two jobs), both below the top 50.
    expect(findings.map((f) => [f.kind, f.severity, f.left, f.right])).toEqual([
      ['job-moved', 'warning', 55, 58],
      ['job-moved', 'warning', 58, 55]
    ])
    expect(findings[0]!.message).toContain('(below the top 50, where order may drift)')
    expect(verdictOf(findings, [])).toBe('pass')
  })
  it('fails when a rank inside the top K changes', async () => {
    const policy = await policyFrom('ranking:\n  topK: 50\n')
    const { findings } = compare(policy, jobs, swapped(48, 52))
    expect(findings.map((f) => [f.kind, f.severity, f.left, f.right])).toEqual([
      ['job-moved', 'error', 49, 53],
      ['job-moved', 'error', 53, 49]
    ])
    expect(verdictOf(findings, [])).toBe('fail')
  })
  it('rejects a negative or fractional topK', async () => {
    await expect(policyFrom('ranking:\n  topK: 2.5\n')).rejects.toThrow(UserError)
    await expect(policyFrom('ranking: {}\n')).rejects.toThrow(/ranking missing required key 'topK'/)
  })
})

describe('per-field tolerance', () => {
  const left = [job('A', 40, { final_score: 40.0004 }), job('B', 30)]
  it('is recorded in the effective policy, the global number kept as the default', async () => {
    const policy = await policyFrom('numericTolerance: 0\ntolerance:\n  final_score: 0.001\n')
    expect(policy.tolerance).toEqual({ final_score: 0.001 })
    expect(policy.numericTolerance).toBe(0)
  })
  it('passes when the field differs within its own tolerance', async () => {
    const policy = await policyFrom('tolerance:\n  final_score: 0.001\n')
    expect(compare(policy, left, [job('A', 40, { final_score: 40.0009 }), job('B', 30)]).findings).toEqual([])
  })
  it('fails beyond its tolerance, and other fields keep the global default (exact)', async () => {
    const policy = await policyFrom('tolerance:\n  final_score: 0.001\n')
    const { findings } = compare(policy, left, [job('A', 40.0001, { final_score: 40.002 }), job('B', 30)])
    expect(findings.map((f) => [f.kind, f.field, f.left, f.right])).toEqual([
      ['job-score', 'score', 40, 40.0001],
      ['job-score', 'final_score', 40.0004, 40.002]
    ])
    expect(verdictOf(findings, [])).toBe('fail')
  })
  it('applies to CSV columns and nested keys of the same name', async () => {
    const policy = await policyFrom('tolerance:\n  final_score: 0.01\n')
    const csv = (value: string) => `job_id,final_score\nA,${value}\n`
    expect(compareRankedCsv('ranked_csv:openai:cs', csv('1.000'), csv('1.005'), compilePolicy(policy, { allowRunIdDrift: false })).findings).toEqual([])
    expect(compareRankedCsv('ranked_csv:openai:cs', csv('1.000'), csv('1.02'), compilePolicy(policy, { allowRunIdDrift: false })).findings).toHaveLength(1)
    // explanation.final_score (nested) follows the same field's tolerance
    expect(compare(policy, [job('A', 40)], [job('A', 40, { explanation: { final_score: 40.005, heuristic_reasons_top3: ['boost_relevant(10)'] } })]).findings).toEqual([])
  })
  it('rejects a negative tolerance', async () => {
    await expect(policyFrom('tolerance:\n  final_score: -1\n')).rejects.toThrow(/tolerance\/final_score must be >= 0/)
  })
})
