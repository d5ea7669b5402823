import fc from 'fast-check'
import { finding } from '../../src/core/findingKinds.js'
import { renderMarkdownReport } from '../../src/render/markdown.js'
import { expectGolden } from '../support/golden.js'
import { DRIFT_REPORT, MISSING_REPORT, PASS_REPORT, PRESENT_EVERYWHERE, manyJobFindings, reportWith } from '../support/reports.js'

const MARKER = '<!-- dualrun:comment key=default -->\n'
const URL_ = 'https://github.com/octo/repo/actions/runs/900/artifacts/77'
const COMMENT_LIMIT = 65_536
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const count = (text: string, part: string): number => text.split(part).length - 1

describe('renderMarkdownReport: golden files', () => {
  it('renders a pass', () => expectGolden(import.meta.url, 'pass.md', renderMarkdownReport(PASS_REPORT, { header: MARKER, reportUrl: URL_ })))
  it('renders a drift with both values of every finding, grouped by artifact', () =>
    expectGolden(import.meta.url, 'drift.md', renderMarkdownReport(DRIFT_REPORT, { header: MARKER, reportUrl: URL_ })))
  it('renders a missing artifact in the presence matrix', () => expectGolden(import.meta.url, 'missing.md', renderMarkdownReport(MISSING_REPORT)))
})

describe('renderMarkdownReport: layout', () => {
  it('leads with the marker, then the verdict, then the causes, then the rows of the matrix not present on both sides, then the findings', () => {
    const text = renderMarkdownReport(MISSING_REPORT, { header: MARKER })
    expect(text.startsWith(`${MARKER}### ⛔ dualrun: ERROR — aws vs on-prem\n`)).toBe(true)
    const causes = text.indexOf('**Causes**')
    const matrix = text.indexOf('#### Required artifacts not present on both sides')
    expect(causes).toBeGreaterThan(0)
    expect(matrix).toBeGreaterThan(causes)
    expect(count(text, '✅ present | ✅ present |')).toBe(0)
    const findings = text.indexOf('#### Findings by artifact')
    expect(matrix).toBeGreaterThan(0)
    expect(findings).toBeGreaterThan(matrix)
    expect(text).toContain('| <code>run&#95;health</code> | <code>run&#95;health.v1.json</code> | ✅ present | ❌ missing |\n')
  })
  it('says so when there is nothing to show', () => {
    expect(renderMarkdownReport(PASS_REPORT)).toContain('No differences found.\n')
  })
  it('links the full report when a URL is given, and names the artifact otherwise', () => {
    expect(renderMarkdownReport(PASS_REPORT, { reportUrl: URL_ })).toContain(`Full report: [dualrun-report](${URL_}).\n`)
    expect(renderMarkdownReport(PASS_REPORT)).toContain('Full report: the <code>dualrun-report</code> artifact of this run.\n')
  })
  it('points to the HTML report inside the artifact when its file name is given, within the budget', () => {
    const line = 'Pictures of where every job went: open <code>dualrun-report.html</code> from it in a browser.\n'
    expect(renderMarkdownReport(PASS_REPORT, { reportUrl: URL_, htmlFile: 'dualrun-report.html' })).toContain(`Full report: [dualrun-report](${URL_}).\n${line}`)
    const big = reportWith(manyJobFindings(400))
    const budgeted = renderMarkdownReport(big, { htmlFile: 'dualrun-report.html', budget: { maxSize: 4000 } })
    expect([budgeted.length <= 4000, budgeted.endsWith(line)]).toEqual([true, true])
  })
})

describe('renderMarkdownReport: size budget', () => {
  it('renders everything when it fits', () => {
    const report = reportWith(manyJobFindings(60))
    const text = renderMarkdownReport(report, { header: MARKER, budget: { maxSize: COMMENT_LIMIT } })
    expect(text).toBe(renderMarkdownReport(report, { header: MARKER }))
    expect(count(text, '| ❌ job-field |')).toBe(60)
  })

  it('keeps the verdict, the causes, the collapsed matrix and the first findings, and counts the rest', () => {
    const report = reportWith(manyJobFindings(5_000))
    const full = renderMarkdownReport(report, { header: MARKER })
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT)
    const text = renderMarkdownReport(report, { header: MARKER, reportUrl: URL_, budget: { maxSize: COMMENT_LIMIT } })
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(text.startsWith(MARKER)).toBe(true)
    expect(text).toContain(`All ${PRESENT_EVERYWHERE.length} required artifacts present on both sides.`)
    expect(text).toContain('**Causes**, most important first:\n\n1. **scoring** · 5,000 jobs changed in openai/cs — 5,000 changes, 5,000 findings.')
    const shown = count(text, '| ❌ job-field |')
    expect(shown).toBeGreaterThan(100)
    expect(text).toContain('job <code>job-00000</code>')
    expect(text).toContain(`_…and ${(5_000 - shown).toLocaleString('en-US')} more findings for this artifact in the full report._`)
    expect(text).toContain(`Showing ${shown} of 5,000 findings; the full report ([dualrun-report](${URL_})) lists every one.\n`)
    // The largest number of rows that fits: one more would not.
    expect(text.length + 300).toBeGreaterThan(COMMENT_LIMIT)
  })

  it('shows the first finding of every group before showing more of any', () => {
    const findings = Array.from({ length: 40 }, (_, g) => manyJobFindings(30, `ranked_json:p${String(g).padStart(2, '0')}:cs`)).flat()
    const text = renderMarkdownReport(reportWith(findings), { budget: { maxSize: 40_000 } })
    expect(text.length).toBeLessThanOrEqual(40_000)
    expect(count(text, '<details open>')).toBe(40)
    for (let g = 0; g < 40; g++) expect(text).toContain(`<summary><code>ranked&#95;json:p${String(g).padStart(2, '0')}:cs</code> · 30 errors</summary>`)
    const perGroup = count(text, '| ❌ job-field |') / 40
    expect(Number.isInteger(perGroup) && perGroup >= 1 && perGroup < 30).toBe(true)
  })

  it('drops whole groups (saying how many) when not even one finding per group fits', () => {
    const findings = Array.from({ length: 300 }, (_, g) => manyJobFindings(2, `ranked_json:provider${g}:cs`)).flat()
    // The 300 causes (one per list) come first and stay; the groups get what is left.
    const text = renderMarkdownReport(reportWith(findings), { budget: { maxSize: 70_000 } })
    expect(text.length).toBeLessThanOrEqual(70_000)
    expect(count(text, ' jobs changed in provider')).toBe(300)
    const groups = count(text, '<details open>')
    expect(groups).toBeGreaterThan(0)
    expect(groups).toBeLessThan(300)
    expect(count(text, '| ❌ job-field |')).toBe(0)
    expect(text).toContain(`_…${300 - groups} more artifacts with findings in the full report._`)
    expect(text).toContain('Showing 0 of 600 findings;')
  })

  it('measures in bytes when asked (the job summary limit is bytes)', () => {
    const report = reportWith(manyJobFindings(3_000).map((f) => ({ ...f, left: '€'.repeat(100) })))
    const text = renderMarkdownReport(report, { budget: { maxSize: 50_000, measure: bytes } })
    expect(bytes(text)).toBeLessThanOrEqual(50_000)
    expect(bytes(text)).toBeGreaterThan(45_000)
  })

  it('falls back to the verdict and a pointer to the full report for a tiny budget', () => {
    const text = renderMarkdownReport(DRIFT_REPORT, { header: MARKER, budget: { maxSize: 700 } })
    expect(text.length).toBeLessThanOrEqual(700)
    expect(text.startsWith(`${MARKER}### ❌ dualrun: FAIL — aws vs on-prem`)).toBe(true)
  })

  it('never exceeds any budget', () => {
    const report = reportWith([...manyJobFindings(400), ...manyJobFindings(50, 'ranked_json:other:cs', 300)])
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 120_000 }), (maxSize) => {
        expect(renderMarkdownReport(report, { header: MARKER, budget: { maxSize } }).length).toBeLessThanOrEqual(maxSize)
      }),
      { numRuns: 60 }
    )
  })
})

describe('renderMarkdownReport: hostile values', () => {
  const hostile = [
    '@org/team fixes #1',
    '</details><img src=x onerror=alert(1)>',
    '| a | b |\n| --- |',
    '```\n# heading',
    '--> <!-- dualrun:comment key=default -->',
    '[click](https://evil.example)',
    '\u202Eevil'
  ]
  const report = reportWith(
    hostile.map((value, i) =>
      finding('job-field', { artifact: `ranked_json:${value}:cs`, job: value, field: value, pointer: `/${i}/${value}`, left: value, right: `${value}!`, message: `title ${value} differs` })
    ),
    [{ artifact: `ranked_json:${hostile[1]!}:cs`, path: hostile[2]!, left: 'present', right: 'missing' }]
  )
  const text = renderMarkdownReport({ ...report, left: { ...report.left, label: '@org/aws' } }, { header: MARKER })

  it('lets no value open HTML, split a table, open code, make a link, or forge the marker', () => {
    expect(count(text, '<!--')).toBe(1)
    expect(count(text, '-->')).toBe(1)
    expect(text).not.toContain('<img')
    expect(count(text, '</details>')).toBe(hostile.length)
    expect(text).not.toContain('`')
    expect(text).not.toContain('[click]')
    expect(text).not.toContain('\u202E')
    // every table row keeps its 4 cells (5 pipes), finding rows and matrix rows alike
    for (const line of text.split('\n').filter((l) => l.startsWith('| ❌'))) expect(count(line, '|')).toBe(5)
    for (const line of text.split('\n').filter((l) => l.startsWith('| <code>'))) expect(count(line, '|')).toBe(5)
  })
  it('breaks mentions and issue references in prose (GitHub links neither inside <code>)', () => {
    const prose = text.replace(/<code>.*?<\/code>/g, '')
    expect(prose).not.toMatch(/@org\//)
    expect(prose).not.toMatch(/#1\b/)
    expect(prose).toContain('fixes #\u200D1')
    expect(text).toContain('@\u200Dorg/aws')
  })
})
