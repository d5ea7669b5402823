/** The aggregate's views: Markdown within a budget, text, annotations labelled by leg; and the aggregate's rows. */
import { buildLegsReport, legVerdicts, legsGateFails, type LegReportFile } from '../../src/core/legs/aggregate.js'
import { finding } from '../../src/core/findingKinds.js'
import type { Cause, Report } from '../../src/core/model/types.js'
import { renderLegsAnnotations } from '../../src/render/legsAnnotations.js'
import { renderLegsMarkdown } from '../../src/render/legsMarkdown.js'
import { renderLegsText } from '../../src/render/legsText.js'
import { DRIFT_REPORT, PASS_REPORT, reportWith } from '../support/reports.js'

const MANY_FINDINGS: Report = reportWith(
  Array.from({ length: 200 }, (_, i) =>
    finding('job-score', { artifact: 'ranked_json:openai:cs', job: `job-${i}`, field: 'score', pointer: `/${i}/score`, left: i, right: i + 1, message: `score of job-${i} differs` })
  )
)
const UNUSABLE: Report = reportWith([finding('missing', { artifact: 'run_dir', side: 'right', message: 'artifact dr-run not found in this run' })], [])

const legs: LegReportFile[] = [
  { name: 'aws-onprem', report: PASS_REPORT, path: 'out/aws-onprem.report.json' },
  { name: 'aws-dr', report: MANY_FINDINGS, path: 'out/aws-dr.report.json' },
  { name: 'aws-standby', report: UNUSABLE, path: 'out/aws-standby.report.json' },
  { name: 'drift', report: DRIFT_REPORT, path: null }
]
const aggregate = buildLegsReport(legs)

describe('buildLegsReport', () => {
  it('keeps every leg, in order, with the worst verdict and totals', () => {
    expect(aggregate.verdict).toBe('error')
    expect(legVerdicts(aggregate)).toEqual({ 'aws-onprem': 'pass', 'aws-dr': 'fail', 'aws-standby': 'error', drift: 'fail' })
    expect(aggregate.counts).toEqual({ legs: 4, pass: 1, fail: 2, error: 1, errors: 200 + 1 + DRIFT_REPORT.counts.errors, warnings: DRIFT_REPORT.counts.warnings, total: 201 + DRIFT_REPORT.counts.total })
    expect(buildLegsReport(legs.filter((l) => l.name !== 'aws-standby')).verdict).toBe('fail')
    expect(buildLegsReport([legs[0]!]).verdict).toBe('pass')
  })

  it('copies the first three causes and the change count when the leg report has them', () => {
    const cause = (title: string): Cause => ({ stage: 'scoring', title, changes: [title], findings: 1, examples: [] })
    const explained = { ...DRIFT_REPORT, causes: ['a', 'b', 'c', 'd'].map(cause), counts: { ...DRIFT_REPORT.counts, changes: 4 } } as Report
    const [row] = buildLegsReport([{ name: 'x', report: explained, path: null }]).legs
    expect(row!.causes!.map((c) => c.title)).toEqual(['a', 'b', 'c'])
    expect(row!.counts.changes).toBe(4)
    expect(renderLegsText(buildLegsReport([{ name: 'x', report: explained, path: null }]), [{ name: 'x', report: explained, path: null }]).split('\n')[3]).toMatch(/^x\s+fail\s+a\s+4 changes$/)
  })

  it('gates on fail-on', () => {
    const passWithWarning = buildLegsReport([{ name: 'w', report: reportWith([finding('integrity', { artifact: 'ranked_csv:openai:cs', side: 'right', message: 'sha differs' })]), path: null }])
    expect(passWithWarning.verdict).toBe('pass')
    expect([legsGateFails(passWithWarning, 'error'), legsGateFails(passWithWarning, 'warning'), legsGateFails(aggregate, 'never'), legsGateFails(aggregate, 'error')]).toEqual([false, true, false, true])
  })
})

describe('renderLegsMarkdown', () => {
  it('leads with the table, then each leg that did not pass in its own collapsed details', () => {
    const md = renderLegsMarkdown(aggregate, legs, { header: '<!-- dualrun:comment key=legs -->\n' })
    expect(md.startsWith('<!-- dualrun:comment key=legs -->\n### ⛔ dualrun: ERROR — 4 legs: 1 pass, 2 fail, 1 error\n\n| leg | verdict | top cause | changes |\n')).toBe(true)
    expect(md).toContain('| <code>aws-onprem</code> | ✅ pass | — | 0 changes |')
    expect(md).toContain('| <code>aws-standby</code> | ⛔ error | run&#95;dir missing on on-prem | 1 change |')
    const details = [...md.matchAll(/<details>\n<summary>(.*)<\/summary>/g)].map((m) => m[1])
    expect(details).toEqual(['❌ fail · <code>aws-dr</code> · aws vs on-prem', '⛔ error · <code>aws-standby</code> · aws vs on-prem', '❌ fail · <code>drift</code> · aws vs on-prem'])
    expect(md.indexOf('| leg |')).toBeLessThan(md.indexOf('<details>'))
  })

  it.each([1200, 3000, 8000, 20000, 65536])('stays within a budget of %i, the table first, every leg row kept', (maxSize) => {
    const md = renderLegsMarkdown(aggregate, legs, { budget: { maxSize } })
    expect(md.length).toBeLessThanOrEqual(maxSize)
    for (const name of ['aws-onprem', 'aws-dr', 'aws-standby', 'drift']) expect(md).toContain(`| <code>${name}</code> |`)
    expect(md.split(/<details[ >]/).length).toBe(md.split('</details>').length)
  })

  it('measures the budget the way it is told (bytes for the job summary)', () => {
    const bytes = (t: string) => Buffer.byteLength(t, 'utf8')
    expect(bytes(renderLegsMarkdown(aggregate, legs, { budget: { maxSize: 4000, measure: bytes } }))).toBeLessThanOrEqual(4000)
  })

  it('says how many legs have no room for their details', () => {
    const md = renderLegsMarkdown(aggregate, legs, { budget: { maxSize: 1200 } })
    expect(md).toMatch(/_…details of \d+ more legs? in their reports \(<code>dualrun-legs<\/code>\)\._/)
  })
})

describe('renderLegsAnnotations', () => {
  const limits = { maxAnnotations: 50, title: { maxSize: 60 }, message: { maxSize: 500 } }
  it('labels each annotation with its leg and shares the cap across legs', () => {
    const { annotations, omitted } = renderLegsAnnotations(legs, limits)
    expect(annotations).toHaveLength(50)
    expect(omitted).toBe(aggregate.counts.total - 50)
    expect(annotations[0]!.title).toMatch(/^\[aws-dr\] job-score: ranked_json:openai:cs job job-/)
    expect(annotations.every((a) => a.title.length <= limits.title.maxSize)).toBe(true)
    const titles = renderLegsAnnotations([legs[2]!, legs[3]!], limits).annotations.map((a) => a.title.split(' ')[0])
    expect(titles).toEqual(['[aws-standby]', ...DRIFT_REPORT.findings.map(() => '[drift]')])
  })
})
