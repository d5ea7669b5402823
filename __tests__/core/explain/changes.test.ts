/** Change grouping: one underlying difference, one change id, however many files show it. */
import { join } from 'node:path'
import { compareRuns } from '../../../src/core/compareRuns.js'
import { groupChanges, stageOf } from '../../../src/core/explain/changes.js'
import { finding } from '../../../src/core/findingKinds.js'
import type { Report } from '../../../src/core/model/types.js'
import { SIGNALCRAFT_V1 } from '../../../src/core/policy/preset.js'
import { REPO_ROOT } from '../../support/paths.js'

const KITCHEN = join(REPO_ROOT, 'fixtures/cases/kitchen-sink')
const compareKitchenSink = (): Promise<Report> =>
  compareRuns({ left: { path: join(KITCHEN, 'left'), label: 'aws' }, right: { path: join(KITCHEN, 'right'), label: 'onprem' }, allowRunIdDrift: true })

describe('groupChanges', () => {
  it('makes a job re-scored in ranked JSON, CSV and families one change with its locations', async () => {
    const report = await compareKitchenSink()
    const rescored = report.findings.filter((f) => f.change === 'score:openai:cs:daa66d13-0a63-44d2-8bcb-515051e44d58')
    expect(rescored.map((f) => [f.artifact, f.pointer])).toEqual([
      ['ranked_json:openai:cs', '/2/final_score'],
      ['ranked_json:openai:cs', '/2/score'],
      ['ranked_csv:openai:cs', '/2/final_score'],
      ['ranked_csv:openai:cs', '/2/score'],
      ['ranked_families_json:openai:cs', '/6/family_variants/0/score'],
      ['ranked_families_json:openai:cs', '/6/final_score'],
      ['ranked_families_json:openai:cs', '/6/score']
    ])
  })

  it('makes an added job one change shown once with its three locations, and a document value one change', async () => {
    const report = await compareKitchenSink()
    const added = report.findings.filter((f) => f.change === 'added:anthropic:tam:8ff34739-720b-4d27-839a-b0ad30ccca9c')
    expect(added.map((f) => [f.kind, f.artifact])).toEqual([
      ['job-added', 'ranked_json:anthropic:tam'],
      ['job-added', 'ranked_csv:anthropic:tam'],
      ['family', 'ranked_families_json:anthropic:tam']
    ])
    expect(report.findings.filter((f) => f.artifact === 'run_health').map((f) => f.change)).toEqual(['document:run_health/phases/publish/status'])
    // 27 findings, 11 changes: every finding has one, and counts.changes counts them
    expect(report.findings.every((f) => f.change !== undefined)).toBe(true)
    expect(new Set(report.findings.map((f) => f.change)).size).toBe(11)
    expect(report.counts).toMatchObject({ total: 27, errors: 26, warnings: 1, changes: 11 })
  })

  it('assigns the same ids on every run (deterministic) and keeps the verdict rules', async () => {
    const [a, b] = [await compareKitchenSink(), await compareKitchenSink()]
    expect(a.findings.map((f) => f.change)).toEqual(b.findings.map((f) => f.change))
    expect(a.verdict).toBe('fail')
  })

  it('keeps findings at the same location apart, and rows without identity apart per file', () => {
    const twice = finding('unreadable', { artifact: 'run_dir', side: 'left', message: 'left run dir: a' })
    const again = { ...twice, message: 'left run dir: b' }
    const anonymous = (artifact: 'ranked_json:p:q' | 'ranked_csv:p:q') => finding('job-field', { artifact, field: 'title', pointer: '/3/title', left: 'a', right: 'b', message: 'x' })
    const { findings, changes } = groupChanges([twice, again, anonymous('ranked_json:p:q'), anonymous('ranked_csv:p:q')], SIGNALCRAFT_V1)
    expect(findings.map((f) => f.change)).toEqual(['unreadable:run_dir@left', 'unreadable:run_dir@left~2', 'content:p:q:ranked_json@4', 'content:p:q:ranked_csv@4'])
    expect(changes).toHaveLength(4)
  })

  it('classifies family findings by what changed, and a score leaf nested in a family as a score change', () => {
    const family = (fields: Partial<Parameters<typeof finding>[1]>) => finding('family', { artifact: 'ranked_families_json:p:q', job: 'J', message: 'm', ...fields })
    const { findings } = groupChanges(
      [
        family({ field: 'rank', pointer: '/0', right: 1 }),
        family({ field: 'rank', pointer: '/0', left: 1 }),
        family({ field: 'rank', pointer: '/0', left: 1, right: 2 }),
        family({ field: 'family_variants', pointer: '/0/family_variants/0/score', left: 1, right: 2 }),
        family({ field: 'title', pointer: '/0/title', left: 'a', right: 'b' })
      ],
      SIGNALCRAFT_V1
    )
    expect(findings.map((f) => f.change)).toEqual(['added:p:q:J', 'removed:p:q:J', 'rank:p:q:J', 'score:p:q:J', 'content:p:q:J'])
  })

  it('puts each finding in its pipeline stage, refined by location', () => {
    expect(stageOf(finding('contract', { artifact: 'run_summary', field: 'run_id', message: 'm' }))).toBe('metadata')
    expect(stageOf(finding('contract', { artifact: 'run_summary', field: 'snapshot_manifest.sha256', message: 'm' }))).toBe('inputs')
    expect(stageOf(finding('document', { artifact: 'provider_availability', pointer: '/providers/1/availability', message: 'm' }))).toBe('inputs')
    expect(stageOf(finding('document', { artifact: 'run_health', pointer: '/phases/publish/status', message: 'm' }))).toBe('run-status')
    expect(stageOf(finding('document', { artifact: 'run_health', pointer: '/notes', message: 'm' }))).toBe('metadata')
    expect(stageOf(finding('family', { artifact: 'ranked_families_json:p:q', message: 'm' }))).toBe('derived')
  })
})
