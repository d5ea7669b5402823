/** The HTML renderer's structure, as strings: section order, escaping, CSP, caps and sampling. The browser test checks the page itself. */
import { createHash } from 'node:crypto'
import type { RankingStats, Report } from '../../src/core/model/types.js'
import { CONTENT_SECURITY_POLICY, renderHtmlReport } from '../../src/render/html.js'
import { htmlText } from '../../src/render/htmlSafe.js'
import { rankPicture, samplePoints } from '../../src/render/rankPicture.js'
import { fullReport, HOSTILE_TITLE } from '../support/fullReport.js'
import { manyJobFindings, PASS_REPORT, reportWith } from '../support/reports.js'

const count = (html: string, pattern: RegExp): number => html.match(new RegExp(pattern, 'g'))?.length ?? 0
const between = (html: string, open: string, close: string): string => html.slice(html.indexOf(open) + open.length, html.indexOf(close, html.indexOf(open)))
const sectionOf = (html: string, id: string): string => between(html, `<section id="${id}"`, '</section>')

describe('renderHtmlReport', () => {
  const full = fullReport()
  const html = renderHtmlReport(full)

  it('orders the sections: verdict, causes, changes, presence, inventory, ranking, pictures, findings, changed jobs, policy', () => {
    const ids = [...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1])
    expect(ids).toEqual(['verdict', 'causes', 'changes', 'presence', 'files', 'ranking', 'pictures', 'findings', 'jobs', 'policy'])
  })

  it('allows only its own hashed style and script, and makes no request: no src, href, url() or @import', () => {
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/)
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${sha(between(html, '<script>', '</script>'))}`)
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${sha(between(html, '<style>', '</style>'))}`)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`)
    expect([count(html, /<script/), count(html, /<style/)]).toEqual([1, 1])
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href|srcset|action|style|on[a-z]+)=|url\(|@import/)
  })

  it('keeps the hostile title as text wherever it appears', () => {
    expect(html).not.toContain(HOSTILE_TITLE)
    expect(html).not.toContain('<img')
    expect(count(html, new RegExp(htmlText(HOSTILE_TITLE).replace(/[()]/g, '\\$&')))).toBeGreaterThanOrEqual(4)
  })

  it('leads with the verdict and counts, then every cause with its consequences, then the changes count', () => {
    expect(sectionOf(html, 'verdict')).toContain(`dualrun: FAIL — aws vs on-prem</h1><p>${full.counts.errors} errors, 1 warning`)
    const causes = sectionOf(html, 'causes')
    for (const title of ['scoring config differs', '15 jobs moved', 'a title differs', 'the job set differs at the tail']) expect(causes).toContain(title)
    expect(sectionOf(html, 'changes')).toContain('<strong>6 changes</strong> behind 23 findings')
  })

  it('draws one point per shared job, the moved ones highlighted, added and removed at the margins, the policy top-k band', () => {
    const ranking = full.ranking?.[0] as RankingStats
    const svg = between(html, '<svg', '</svg>')
    expect(count(svg, /<circle class="pt/)).toBe(ranking.shared)
    expect(count(svg, /<circle class="pt moved"/)).toBe(ranking.points?.filter((p) => p.moved).length)
    expect([count(svg, /class="added"/), count(svg, /class="removed"/)]).toEqual([2, 2])
    expect(svg).toContain('>top 5</text>')
    const noTopK: Report = { ...full, policy: PASS_REPORT.policy }
    expect(renderHtmlReport(noTopK)).toContain('>top 10</text>')
  })

  it('shows each changed job side by side with its changed fields', () => {
    const jobs = sectionOf(html, 'jobs')
    const job3 = between(jobs, 'job <code>job-003</code>', '</details>')
    expect(job3).toContain('2 changed fields')
    expect(job3).toContain('<td><code>score</code></td><td><del><code>35</code></del></td><td><ins><code>34</code></ins></td>')
    expect(job3).toContain(`<ins><code>${htmlText(JSON.stringify(HOSTILE_TITLE))}</code></ins>`)
  })

  it('lists the inventory with files that differ first, and the effective policy last', () => {
    const files = sectionOf(html, 'files')
    expect(files).toContain('5 files: 2 differs, 1 one-side, 1 ignored, 1 same.')
    expect(files.indexOf('openai_shortlist.cs.md')).toBeGreaterThan(files.indexOf('notes/'))
    expect(sectionOf(html, 'policy')).toContain('&quot;identityFields&quot;')
  })

  it('says in one line that a section is not in the report when it is absent', () => {
    // A report from before these sections existed (they are additive within v1).
    const { causes: _causes, ranking: _ranking, files: _files, ...older } = PASS_REPORT
    const { changes: _changes, ...counts } = older.counts as Report['counts'] & { changes?: number }
    const pass = renderHtmlReport({ ...older, counts } as Report)
    for (const [id, line] of [
      ['causes', 'The explained causes are not in this report.'],
      ['changes', 'The changes count is not in this report.'],
      ['files', 'The file inventory is not in this report.'],
      ['ranking', 'Ranking statistics are not in this report.'],
      ['pictures', 'Ranking points are not in this report.']
    ]) expect(sectionOf(pass, id as string)).toContain(line)
    expect(sectionOf(pass, 'findings')).toContain('No differences found.')
  })

  it('caps the findings per artifact and in all, saying how many more the JSON report holds', () => {
    const big = reportWith([...manyJobFindings(1200), ...manyJobFindings(30, 'ranked_json:anthropic:tam')])
    const page = renderHtmlReport(big, { maxFindingsPerArtifact: 500, maxFindings: 510, maxChangedJobs: 20 })
    const findings = sectionOf(page, 'findings')
    expect(count(findings, /<tr data-kind=/)).toBe(510)
    // anthropic sorts first: all 30 shown; openai gets the remaining 480 of the 510.
    expect(findings.includes('more findings for <code>ranked_json:anthropic:tam</code>')).toBe(false)
    expect(findings.includes('720 more findings for <code>ranked_json:openai:cs</code> in the JSON report.')).toBe(true)
    expect(findings.includes('Showing 510 findings of 1,230')).toBe(true)
    const jobs = sectionOf(page, 'jobs')
    expect([count(jobs, /<details class="job"/), jobs.includes('1,210 more changed jobs in the JSON report.')]).toEqual([20, true])
  })
})

describe('rankPicture', () => {
  const points = Array.from({ length: 5000 }, (_, i) => ({ job: `j${i}`, left: i + 1, right: i % 10 === 0 ? i + 2 : i + 1, moved: i % 10 === 0 }))
  const ranking: RankingStats = { artifact: 'ranked_json:a:b', shared: 5000, added: 0, removed: 0, kendallTau: 0.99, topOverlap: { '10': 1, '50': 1 }, maxShift: [], points }

  it('samples above the bound, moved jobs first, and says so', () => {
    const picture = rankPicture(ranking, { maxPoints: 2000, topK: 10, ranks: 5000, leftLabel: 'l', rightLabel: 'r' })
    expect(picture.drawn).toBe(2000)
    expect(count(picture.svg, /<circle class="pt/)).toBe(2000)
    expect(count(picture.svg, /<circle class="pt moved"/)).toBe(500)
    expect(picture.notes).toEqual(['Showing 2,000 of 5,000 points (every moved job first, then an even sample).'])
  })

  it('says when the report itself holds a sample', () => {
    const picture = rankPicture({ ...ranking, points: points.slice(0, 100), pointsSampled: true }, { maxPoints: 2000, topK: 10, ranks: 5000, leftLabel: 'l', rightLabel: 'r' })
    expect([picture.drawn, picture.notes]).toEqual([100, ['The report holds a sample of the 5,000 shared jobs as points.']])
  })

  it('samplePoints keeps every point that fits and never more than the bound', () => {
    expect(samplePoints(points.slice(0, 10), 10)).toHaveLength(10)
    const sample = samplePoints(points, 300)
    expect([sample.length, sample.every((p) => p.moved)]).toEqual([300, true])
    expect(new Set(sample.map((p) => p.job)).size).toBe(300)
  })
})
