import { annotationBatches } from '../../src/action/checkRun.js'
import { commentMarker } from '../../src/action/comment.js'
import { FailOn } from '../../src/action/inputs.js'
import { checkConclusion, gateFails } from '../../src/action/outputs.js'
import { renderAnnotations } from '../../src/render/annotations.js'
import { DRIFT_REPORT, MISSING_REPORT, PASS_REPORT, reportWith } from '../support/reports.js'
import { finding } from '../../src/core/findingKinds.js'

const WARNINGS_ONLY = reportWith([finding('integrity', { artifact: 'ranked_csv:openai:cs', side: 'right', message: 'sha differs' })])

describe('fail-on', () => {
  it.each([
    [FailOn.Error, [false, false, true, true], ['success', 'neutral', 'failure', 'failure']],
    [FailOn.Warning, [false, true, true, true], ['success', 'failure', 'failure', 'failure']],
    [FailOn.Never, [false, false, false, false], ['success', 'neutral', 'neutral', 'neutral']]
  ])('%s decides the step and the check conclusion', (failOn, fails, conclusions) => {
    const reports = [PASS_REPORT, WARNINGS_ONLY, DRIFT_REPORT, MISSING_REPORT]
    expect(reports.map((r) => gateFails(r, failOn))).toEqual(fails)
    expect(reports.map((r) => checkConclusion(r, failOn))).toEqual(conclusions)
  })
})

describe('annotationBatches', () => {
  it('splits into requests of at most 50, keeping every annotation in order', () => {
    const { annotations } = renderAnnotations(reportWith(Array.from({ length: 101 }, (_, i) => finding('job-added', { artifact: 'ranked_json:o:cs', job: `j${String(i).padStart(3, '0')}`, message: 'added' }))), {
      maxAnnotations: 1000,
      title: { maxSize: 255 },
      message: { maxSize: 1000 }
    })
    const batches = annotationBatches(annotations)
    expect(batches.map((b) => b.length)).toEqual([50, 50, 1])
    expect(batches.flat()).toEqual(annotations)
    expect(annotationBatches([])).toEqual([])
  })
})

describe('commentMarker', () => {
  it('is one hidden line whose key cannot end the comment', () => {
    expect(commentMarker('default')).toBe('<!-- dualrun:comment key=default -->\n')
    expect(commentMarker('x --> <b>@team')).toBe('<!-- dualrun:comment key=x_--___b__team -->\n')
  })
})
