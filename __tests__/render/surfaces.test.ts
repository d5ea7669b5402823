/**
 * Every surface of two reports, against golden files: the kitchen-sink fixture case (whole
 * surfaces) and a generated drift of about 3,000 findings (its lead and sizes: the whole text
 * would be megabytes of golden). Surfaces: the text output, the JSON report, and the PR comment,
 * job summary, check-run summary and annotations as the action posts them (the views of
 * render/surfaces.ts, with the Publisher's links and budgets). The real upstream pair
 * (`../shared/upstream/runs`, labels aws and on-prem, drift allowed) has whole-surface goldens too;
 * that suite skips with a notice when the shared data is absent. The answer leads everywhere: the
 * verdict with its counts of changes, then the causes.
 */
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { COMMENT_BODY_MAX_CHARS, JOB_SUMMARY_MAX_BYTES, CHECK_RUN_OUTPUT_MAX_BYTES, ANNOTATIONS_MAX_TOTAL, utf8Bytes } from '../../src/action/limits.js'
import { CHECK_RUN_BUDGETS, REPORT_ARTIFACT, surfaceLinks } from '../../src/action/publish.js'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { Report } from '../../src/core/model/types.js'
import { renderJson } from '../../src/render/json.js'
import { checkRunView, commentBody, jobSummary, type CheckRunView } from '../../src/render/surfaces.js'
import { renderText, FAIL_LINE } from '../../src/render/text.js'
import { DRIFT_RESCORED, makeDriftPair } from '../support/driftRuns.js'
import { expectGolden } from '../support/golden.js'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../support/paths.js'
import { reportSchemaErrors } from '../support/reportSchema.js'

const MARKER = '<!-- dualrun:comment key=default -->\n'
const RUN_URL = 'https://github.com/octo/repo/actions/runs/900'
const bytes = utf8Bytes

/**
 * Each surface as the action posts it: the views of render/surfaces.ts with the Publisher's links
 * (default comment key, report artifact 1 uploaded) and budgets (an empty job summary).
 */
function surfaces(report: Report): Record<'text' | 'comment' | 'jobSummary' | 'checkRunSummary' | 'json', string> & { annotations: CheckRunView['annotations'] } {
  const links = surfaceLinks(REPORT_ARTIFACT, `${RUN_URL}#artifacts`, `${RUN_URL}/artifacts/1`)
  const checkRun = checkRunView(report, links.checkRun, CHECK_RUN_BUDGETS)
  return {
    text: renderText(report),
    comment: commentBody(report, MARKER, links.comment, { maxSize: COMMENT_BODY_MAX_CHARS }),
    jobSummary: jobSummary(report, links.summary, { maxSize: JOB_SUMMARY_MAX_BYTES, measure: utf8Bytes }),
    checkRunSummary: checkRun.summary,
    json: renderJson(report),
    annotations: checkRun.annotations
  }
}

/** Paths made machine-independent. */
function portable(text: string, ...roots: string[]): string {
  let out = text
  for (const [root, name] of roots.map((r, i) => [r, `<run${i}>`] as const)) out = out.split(root).join(name)
  return out.split(REPO_ROOT).join('<repo>/')
}

/** The markdown up to its details (what a reader sees first). */
function lead(markdown: string): string {
  const end = markdown.indexOf('#### Findings by artifact')
  return end === -1 ? markdown : markdown.slice(0, end)
}

describe('every surface: kitchen-sink', () => {
  let report: Report
  let s: ReturnType<typeof surfaces>
  beforeAll(async () => {
    const cases = join(REPO_ROOT, 'fixtures/cases/kitchen-sink')
    report = await compareRuns({ left: { path: join(cases, 'left'), label: 'aws' }, right: { path: join(cases, 'right'), label: 'onprem' }, allowRunIdDrift: true })
    s = surfaces(report)
  })

  it('matches the golden text, comment, summaries, annotations and JSON', () => {
    expect(reportSchemaErrors(report)).toEqual([])
    expectGolden(import.meta.url, 'kitchen-sink.txt', portable(s.text))
    expectGolden(import.meta.url, 'kitchen-sink.comment.md', s.comment)
    expectGolden(import.meta.url, 'kitchen-sink.job-summary.md', s.jobSummary)
    expectGolden(import.meta.url, 'kitchen-sink.check-run.md', s.checkRunSummary)
    expectGolden(import.meta.url, 'kitchen-sink.annotations.json', `${JSON.stringify({ annotations: s.annotations }, null, 2)}\n`)
    expectGolden(import.meta.url, 'kitchen-sink.report.json', portable(s.json))
  })

  it('puts the verdict and the first cause in the first 12 lines of the comment', () => {
    const first = s.comment.split('\n').slice(0, 12).join('\n')
    expect(first).toContain('### ❌ dualrun: FAIL — aws vs onprem')
    expect(first).toContain(`**${report.counts.changes} changes (${report.counts.total} findings: 26 errors, 1 warning)**`)
    const cause = report.causes![0]!
    expect(first).toContain(`1. **run status** · ${cause.title.replace(/_/g, '&#95;')} — 1 change, 1 finding.`)
    expect(first).toContain('"skipped" → "success"')
  })

  it('starts the text with upstream first line, then the verdict with counts of changes, then the causes', () => {
    const lines = s.text.split('\n')
    expect(lines[0]).toBe(FAIL_LINE)
    expect(lines[2]).toBe('verdict: fail — 11 changes (27 findings: 26 errors, 1 warning)')
    expect(lines[3]).toBe('causes, most important first:')
    expect(lines[4]).toBe(`  1. [run status] ${report.causes![0]!.title} — 1 change, 1 finding`)
  })

  it('keeps every table at 4 columns or fewer', () => {
    for (const text of [s.comment, s.jobSummary, s.checkRunSummary]) {
      for (const line of text.split('\n').filter((l) => l.startsWith('|'))) expect(line.split(' | ').length).toBeLessThanOrEqual(4)
    }
  })
})

describe('every surface: a generated drift of about 3,000 findings', () => {
  let pair: { left: string; right: string }
  let report: Report
  let s: ReturnType<typeof surfaces>
  beforeAll(async () => {
    pair = makeDriftPair()
    report = await compareRuns({ left: { path: pair.left, label: 'aws' }, right: { path: pair.right, label: 'onprem' }, allowRunIdDrift: true })
    s = surfaces(report)
  })
  afterAll(() => rmSync(dirname(pair.left), { recursive: true, force: true }))

  it('is the drift it was made to be', () => {
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report.counts.total).toBeGreaterThan(3_000)
    // 500 re-scored + 5 in the block + 24 removed jobs + the config: the changes, not the 3,000 findings.
    expect(report.counts.changes).toBeLessThan(600)
    const [config] = report.causes!.filter((c) => c.stage === 'inputs')
    expect(config!.title).toBe('scoring config differs (openai/cs)')
    expect(config!.consequences!.map((c) => c.title)).toEqual([
      `+1 on final_score, score for ${DRIFT_RESCORED} jobs in openai/cs`,
      '5 jobs at ranks 801–805 moved together by +50 (to 851–855) in openai/cs'
    ])
    expect(report.causes!.map((c) => c.title)).toContain('all 24 jobs of provider anthropic removed (none on onprem) in anthropic/tam')
  })

  it('leads every surface with the verdict and the causes (golden)', () => {
    const text = s.text.split('\n')
    const details = text.indexOf(text.find((l) => l.startsWith('left:'))!)
    expectGolden(import.meta.url, 'drift.lead.txt', `${portable(text.slice(0, details).join('\n'), pair.left, pair.right)}\n`)
    expect(text.length).toBeGreaterThan(report.counts.total)
    expectGolden(import.meta.url, 'drift.comment.lead.md', lead(s.comment))
    expectGolden(import.meta.url, 'drift.job-summary.lead.md', lead(s.jobSummary))
    expectGolden(import.meta.url, 'drift.check-run.lead.md', lead(s.checkRunSummary))
    expectGolden(import.meta.url, 'drift.annotations.head.json', `${JSON.stringify(s.annotations.slice(0, 12), null, 2)}\n`)
    const { counts, causes, ranking } = JSON.parse(s.json) as Report
    const summary = { counts, causes, ranking: ranking!.map(({ points, addedRanks, removedRanks, ...rest }) => ({ ...rest, points: points!.length, addedRanks: addedRanks!.length, removedRanks: removedRanks!.length })) }
    expectGolden(import.meta.url, 'drift.report.summary.json', `${JSON.stringify(summary, null, 2)}\n`)
  })

  it('keeps each surface within its budget, the causes first', () => {
    expect(s.comment.length).toBeLessThanOrEqual(COMMENT_BODY_MAX_CHARS)
    expect(bytes(s.checkRunSummary)).toBeLessThanOrEqual(CHECK_RUN_OUTPUT_MAX_BYTES)
    expect(bytes(s.jobSummary)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    for (const text of [s.comment, s.checkRunSummary, s.jobSummary]) {
      expect(text.indexOf('**Causes**')).toBeLessThan(text.indexOf('#### Findings by artifact'))
      expect(text).toContain('scoring config differs (openai/cs)')
    }
    expect(s.comment).toMatch(/Showing [\d,]+ of [\d,]+ findings; the full report/)
    expect(s.annotations).toHaveLength(Math.min(ANNOTATIONS_MAX_TOTAL, report.counts.total))
    expect(s.checkRunSummary).toContain(`${(report.counts.total - ANNOTATIONS_MAX_TOTAL).toLocaleString('en-US')} more findings are not annotated`)
  })

  it('puts the verdict and the first cause in the first 12 lines of the comment', () => {
    const first = s.comment.split('\n').slice(0, 12).join('\n')
    expect(first).toContain('### ❌ dualrun: FAIL — aws vs onprem')
    expect(first).toContain(`**${report.counts.changes.toLocaleString('en-US')} changes`)
    expect(first).toContain('1. **inputs** · scoring config differs (openai/cs)')
  })
})

const realPair = upstreamAvailable('every surface: the real upstream pair') ? describe : describe.skip

realPair('every surface: the real upstream pair (aws vs on-prem, drift allowed)', () => {
  const left = join(UPSTREAM, 'runs/left-aws-like')
  const right = join(UPSTREAM, 'runs/right-onprem-like')
  let report: Report
  let s: ReturnType<typeof surfaces>
  beforeAll(async () => {
    report = await compareRuns({ left: { path: left, label: 'aws' }, right: { path: right, label: 'on-prem' }, allowRunIdDrift: true })
    s = surfaces(report)
  })

  it('matches the golden text, comment, summaries, annotations and JSON', () => {
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report.verdict).toBe('pass')
    expectGolden(import.meta.url, 'real-pair.txt', portable(s.text, left, right))
    expectGolden(import.meta.url, 'real-pair.comment.md', portable(s.comment, left, right))
    expectGolden(import.meta.url, 'real-pair.job-summary.md', portable(s.jobSummary, left, right))
    expectGolden(import.meta.url, 'real-pair.check-run.md', portable(s.checkRunSummary, left, right))
    expectGolden(import.meta.url, 'real-pair.annotations.json', `${JSON.stringify({ annotations: s.annotations }, null, 2)}\n`)
    expectGolden(import.meta.url, 'real-pair.report.json', portable(s.json, left, right))
  })
})
