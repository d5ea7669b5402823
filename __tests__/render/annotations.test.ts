import { finding } from '../../src/core/findingKinds.js'
import { renderAnnotations, type AnnotationLimits } from '../../src/render/annotations.js'
import { expectGolden } from '../support/golden.js'
import { DRIFT_REPORT, MISSING_REPORT, manyJobFindings, reportWith } from '../support/reports.js'

const LIMITS: AnnotationLimits = { maxAnnotations: 1_000, title: { maxSize: 255 }, message: { maxSize: 65_536, measure: (t: string) => Buffer.byteLength(t, "utf8") } }

describe('renderAnnotations', () => {
  it('annotates every finding at its artifact file, with both values (golden)', () => {
    const { annotations, omitted } = renderAnnotations(DRIFT_REPORT, LIMITS)
    expect(omitted).toBe(0)
    expect(annotations.map((a) => [a.path, a.annotation_level])).toEqual([
      ['run_summary.v1.json', 'failure'],
      ['openai/cs/openai_ranked_jobs.cs.json', 'failure'],
      ['openai/cs/openai_ranked_jobs.cs.csv', 'warning']
    ])
    expectGolden(import.meta.url, 'drift.annotations.json', `${JSON.stringify(annotations, null, 2)}\n`)
  })

  it('names the side of a one-sided finding and says absent for missing values', () => {
    const [only] = renderAnnotations(MISSING_REPORT, LIMITS).annotations
    expect(only).toEqual({
      path: 'run_health.v1.json',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'missing: run_health on-prem only',
      message: 'run_health.v1.json is missing\ncause: run_health missing on on-prem'
    })
  })

  it('keeps exactly the cap and counts the rest', () => {
    const { annotations, omitted } = renderAnnotations(reportWith(manyJobFindings(120)), { ...LIMITS, maxAnnotations: 100 })
    expect(annotations).toHaveLength(100)
    expect(omitted).toBe(20)
    expect(annotations[99]!.title).toBe('job-field: ranked_json:openai:cs job job-00099 title /99/title')
  })

  it('keeps hostile values on one line in the title, shortened, without Bidi controls', () => {
    const report = reportWith([
      finding('job-field', { artifact: 'ranked_json:openai:cs', job: `a\nb\u202E${'z'.repeat(400)}`, left: 'x\ny', right: 'ok', message: 'm' })
    ])
    const [a] = renderAnnotations(report, LIMITS).annotations
    expect(a!.title).toHaveLength(255)
    expect(a!.title.startsWith('job-field: ranked_json:openai:cs job a⏎bzzz')).toBe(true)
    expect(a!.title.endsWith('…')).toBe(true)
    expect(a!.message).toBe('m\naws: "x\\ny"\non-prem: "ok"\ncause: 1 job changed in openai/cs')
  })
})
