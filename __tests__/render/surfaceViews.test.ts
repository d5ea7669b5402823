/** The GitHub surfaces as views: budgets are arguments, and each view keeps within them. */
import { finding } from '../../src/core/findingKinds.js'
import { checkRunView, failureCheckRunView, omittedAnnotationsNote, verdictSummary, type CheckRunBudgets } from '../../src/render/surfaces.js'
import { DRIFT_REPORT, manyJobFindings, reportWith } from '../support/reports.js'

const bytes = (t: string): number => Buffer.byteLength(t, 'utf8')
const BUDGETS: CheckRunBudgets = {
  summary: { maxSize: 4_000, measure: bytes },
  titleChars: 20,
  fallbackSummary: { maxSize: 120, measure: bytes },
  annotations: { maxAnnotations: 2, title: { maxSize: 255 }, message: { maxSize: 1_000, measure: bytes } }
}

describe('surfaces', () => {
  it('says the verdict and its counts in one line', () => {
    expect(verdictSummary(DRIFT_REPORT)).toBe('fail (2 errors, 1 warnings)')
  })

  it('caps the annotations, notes the rest under the summary, and keeps summary and title within budget', () => {
    const report = reportWith(manyJobFindings(40, 'ranked_json:openai:cs', 200))
    const view = checkRunView(report, { reportName: 'dualrun-report' }, BUDGETS)
    expect(view.annotations).toHaveLength(2)
    expect(view.summary.endsWith(omittedAnnotationsNote(38, 2))).toBe(true)
    expect(omittedAnnotationsNote(38, 2)).toBe('\n38 more findings are not annotated (at most 2 per check run).\n')
    expect(bytes(view.summary)).toBeLessThanOrEqual(4_000)
    expect(view.title).toBe('fail: 40 errors, 0 w')
    expect(bytes(view.fallbackSummary)).toBeLessThanOrEqual(120)
  })

  it('adds no note when every finding is annotated', () => {
    const view = checkRunView(reportWith([finding('missing', { artifact: 'run_health', side: 'right', message: 'run_health.v1.json is missing' })]), { reportName: 'r' }, BUDGETS)
    expect(view.summary).not.toContain('not annotated')
  })

  it('cuts the failure fallback at a grapheme boundary within its byte budget', () => {
    const view = failureCheckRunView(`dualrun: ${'👩‍👩‍👧'.repeat(50)}`, BUDGETS.fallbackSummary)
    expect(view.title).toBe('dualrun could not compare')
    expect(bytes(view.fallbackSummary)).toBeLessThanOrEqual(120)
    expect(view.fallbackSummary.endsWith('👩‍👩‍👧…')).toBe(true)
  })
})
