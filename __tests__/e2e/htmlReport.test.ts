/**
 * The HTML report in a real browser (headless Chromium, JavaScript on and off): the DOM holds the
 * verdict and the causes, the pictures hold one point per shared job, no request leaves the page
 * (and the CSP blocks injected ones), the hostile title stays text, and the findings filter works.
 * Pages: the typed report that fills every section, the kitchen-sink case, and the real upstream pair.
 * `UPDATE_SCREENSHOTS=1` also writes the README's screenshots into docs/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'puppeteer-core'
import { compareRuns } from '../../src/core/compareRuns.js'
import type { Report } from '../../src/core/model/types.js'
import { renderHtmlReport } from '../../src/render/html.js'
import { browserAvailable, launchChromium, type RunningBrowser } from '../support/browser.js'
import { fullReport, HOSTILE_TITLE } from '../support/fullReport.js'
import { REPO_ROOT, UPSTREAM, upstreamAvailable } from '../support/paths.js'

/**
 * The page's globals that the callbacks passed to `page.evaluate` use: they run in the browser, and
 * the project compiles without the DOM library, so they are declared here, for this module only.
 */
interface PageNode {
  textContent: string | null
  src: string
  append(node: PageNode): void
}
declare const document: {
  body: PageNode
  scripts: { length: number }
  documentElement: { scrollHeight: number }
  createElement(tag: string): PageNode
  querySelectorAll(selector: string): ArrayLike<PageNode> & Iterable<PageNode>
  addEventListener(type: 'securitypolicyviolation', listener: (event: { effectiveDirective: string }) => void): void
}
/** `alerts` and `violations` are what the page's hooks (installed before its scripts run) counted. */
declare const window: { alert: (message?: unknown) => void; alerts: number; violations: string[] }

const SUITE = 'html report in Chromium'
const withBrowser = browserAvailable(SUITE) ? describe : describe.skip
const withUpstream = upstreamAvailable(SUITE) ? it : it.skip
const scratch = mkdtempSync(join(tmpdir(), 'dualrun-html-'))

/** What a loaded page did: requests other than its own document, CSP violations, alert calls. */
interface Opened {
  page: Page
  requests: string[]
}

/** Compares two run dirs; the report's run-dir paths are made relative to the repository, so that the pages and screenshots show no machine's paths. */
async function compare(left: string, right: string): Promise<Report> {
  const report = await compareRuns({ left: { path: left, label: 'aws' }, right: { path: right, label: 'onprem' }, allowRunIdDrift: true })
  const rel = (side: 'left' | 'right') => ({ ...report[side], path: relative(REPO_ROOT, report[side].path) })
  return { ...report, left: rel('left'), right: rel('right') }
}

withBrowser(SUITE, () => {
  let chromium: RunningBrowser
  const reports: Record<string, Report> = {}
  const opened: Opened[] = []

  /** Writes the page to a file and opens it, counting every request other than that file (each one aborted). */
  async function open(name: string, report: Report, javaScript = true): Promise<Opened> {
    const file = join(scratch, `${name}.html`)
    writeFileSync(file, renderHtmlReport(report))
    const url = pathToFileURL(file).href
    const page = await chromium.browser.newPage()
    await page.setJavaScriptEnabled(javaScript)
    await page.setViewport({ width: 1280, height: 900 })
    const requests: string[] = []
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.url() === url) void request.continue()
      else {
        requests.push(request.url())
        void request.abort()
      }
    })
    await page.evaluateOnNewDocument(() => {
      window.alerts = 0
      window.violations = []
      window.alert = () => void (window.alerts += 1)
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective))
    })
    await page.goto(url, { waitUntil: 'load' })
    const result = { page, requests }
    opened.push(result)
    return result
  }

  beforeAll(async () => {
    chromium = await launchChromium()
    reports['full'] = fullReport()
    reports['kitchen-sink'] = await compare(join(REPO_ROOT, 'fixtures/cases/kitchen-sink/left'), join(REPO_ROOT, 'fixtures/cases/kitchen-sink/right'))
  })

  afterAll(async () => {
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      // [report, file, most pixels from the top]: the top of each page, kept small for the README.
      const shots: [string, string, number][] = [
        ['kitchen-sink', 'html-report-kitchen-sink.png', 1700],
        ['full', 'html-report-sections.png', 1900]
      ]
      if (reports['real']) shots.push(['real', 'html-report-real-pair.png', 1400])
      for (const [name, png, maxHeight] of shots) {
        const { page } = await open(`${name}-shot`, reports[name] as Report)
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        await page.screenshot({ path: join(REPO_ROOT, 'docs', png), clip: { x: 0, y: 0, width: 1280, height: Math.min(height, maxHeight) }, captureBeyondViewport: true })
      }
    }
    await chromium?.close()
  })

  it('holds the verdict and every cause in the DOM', async () => {
    const { page } = await open('full', reports['full'] as Report)
    expect(await page.$eval('#verdict h1', (h) => h.textContent)).toBe('dualrun: FAIL — aws vs on-prem')
    const causes = await page.$$eval('#causes li > strong', (titles) => titles.map((t) => t.textContent))
    const expected = (reports['full'] as Report).causes?.flatMap((c) => [c.title, ...(c.consequences ?? []).map((d) => d.title)])
    expect([...causes].sort()).toEqual([...(expected ?? [])].sort())

    const kitchen = await open('kitchen-sink', reports['kitchen-sink'] as Report)
    expect(await kitchen.page.$eval('#verdict h1', (h) => h.textContent)).toBe('dualrun: FAIL — aws vs onprem')
    const kitchenCauses = await kitchen.page.$eval('#causes', (s) => s.textContent ?? '')
    for (const cause of reports['kitchen-sink']?.causes ?? []) expect(kitchenCauses).toContain(cause.title)
    if (reports['kitchen-sink']?.causes === undefined) expect(kitchenCauses).toContain('not in this report')
  })

  /** Points drawn per picture, by artifact. */
  const pointsPerPicture = (page: Page) =>
    page.$$eval('#pictures figure', (figures) => Object.fromEntries(figures.map((f) => [f.getAttribute('data-artifact'), f.querySelectorAll('circle.pt').length])))

  it('draws one point per shared job, the moved ones highlighted', async () => {
    const { page } = await open('full-points', reports['full'] as Report)
    const ranking = reports['full']?.ranking ?? []
    expect(await pointsPerPicture(page)).toEqual(Object.fromEntries(ranking.map((r) => [r.artifact, r.shared])))
    expect(await page.$$eval('#pictures circle.pt.moved', (c) => c.length)).toBe(ranking[0]?.points?.filter((p) => p.moved).length)
  })

  withUpstream('draws one point per shared job of the real pair', async () => {
    reports['real'] = await compare(join(UPSTREAM, 'runs/left-aws-like'), join(UPSTREAM, 'runs/right-onprem-like'))
    const { page, requests } = await open('real', reports['real'])
    expect(await page.$eval('#verdict h1', (h) => h.textContent)).toBe(`dualrun: ${reports['real'].verdict.toUpperCase()} — aws vs onprem`)
    expect(requests).toEqual([])
    const ranking = reports['real'].ranking
    if (ranking === undefined) {
      // The ranking section comes from another branch (issue 10); until it is merged this one assertion cannot run.
      console.warn(`[skip] ${SUITE}: the real pair's report has no ranking section yet, so its points are not counted`)
      expect(await page.$eval('#pictures', (s) => s.textContent ?? '')).toContain('Ranking points are not in this report.')
      return
    }
    const expected = Object.fromEntries(ranking.map((r) => [r.artifact, r.pointsSampled ? (r.points?.length ?? 0) : r.shared]))
    expect(await pointsPerPicture(page)).toEqual(expected)
  })

  it('makes no request, and its CSP blocks an injected image, fetch and script', async () => {
    const { page, requests } = await open('full-csp', reports['full'] as Report)
    expect(requests).toEqual([])
    const fetched = await page.evaluate(async () => {
      const img = document.createElement('img')
      img.src = 'http://127.0.0.1:9/injected.png'
      document.body.append(img)
      const script = document.createElement('script')
      script.src = 'http://127.0.0.1:9/injected.js'
      document.body.append(script)
      const inline = document.createElement('script')
      inline.textContent = 'window.alert(1)'
      document.body.append(inline)
      const outcome = await fetch('http://127.0.0.1:9/injected').then(() => 'fetched', () => 'blocked')
      await new Promise((resolve) => setTimeout(resolve, 200))
      return outcome
    })
    expect(fetched).toBe('blocked')
    const violations = await page.evaluate(() => window.violations)
    expect([...new Set(violations)].sort()).toEqual(['connect-src', 'img-src', 'script-src-elem'])
    expect(await page.evaluate(() => window.alerts)).toBe(0)
    expect(requests).toEqual([])
    for (const page of opened) expect(page.requests).toEqual([])
  })

  it('keeps the hostile title as text: no element made, no script run', async () => {
    const { page } = await open('full-hostile', reports['full'] as Report)
    const dom = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: document.scripts.length,
      alerts: window.alerts,
      text: document.body.textContent ?? '',
      changed: Array.from(document.querySelectorAll('#jobs ins code')).map((c) => c.textContent)
    }))
    expect([dom.images, dom.scripts, dom.alerts]).toEqual([0, 1, 0])
    expect(dom.text).toContain(HOSTILE_TITLE)
    expect(dom.changed).toContain(JSON.stringify(HOSTILE_TITLE))
  })

  /** Rows of the findings table that are rendered. */
  const visibleRows = (page: Page) => page.$$eval('#findings-table tr[data-kind]', (rows) => rows.filter((r) => r.getClientRects().length > 0).length)

  it('filters the findings table by kind, artifact, severity and leg', async () => {
    const report = reports['full'] as Report
    const { page } = await open('full-filter', report)
    expect(await visibleRows(page)).toBe(report.findings.length)
    await page.select('#filters select[name="kind"]', 'job-moved')
    expect(await visibleRows(page)).toBe(report.findings.filter((f) => f.kind === 'job-moved').length)
    expect(await page.$eval('#filter-count', (s) => s.textContent)).toBe(`${report.counts.byKind['job-moved']} of ${report.findings.length} rows shown`)
    await page.select('#filters select[name="kind"]', '')
    await page.select('#filters select[name="leg"]', 'right')
    expect(await visibleRows(page)).toBe(1)
    await page.select('#filters select[name="leg"]', '')
    await page.select('#filters select[name="severity"]', 'warning')
    await page.select('#filters select[name="artifact"]', 'ranked_json:openai:cs')
    expect(await visibleRows(page)).toBe(0)
    await page.select('#filters select[name="severity"]', 'error')
    expect(await visibleRows(page)).toBe(report.findings.filter((f) => f.severity === 'error' && f.artifact === 'ranked_json:openai:cs').length)
  })

  it('is readable with JavaScript off: every row shown, the filter hidden', async () => {
    const report = reports['kitchen-sink'] as Report
    const { page } = await open('kitchen-sink-nojs', report, false)
    expect(await visibleRows(page)).toBe(report.findings.length)
    expect(await page.$eval('#filters', (f) => f.getClientRects().length)).toBe(0)
    expect(await page.$eval('#verdict h1', (h) => h.textContent)).toContain('FAIL')
  })
})
