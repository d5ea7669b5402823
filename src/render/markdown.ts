import type { Cause, Finding, JsonValue, PresenceState, Report, Verdict } from '../core/model/types.js'
import { causeCounts, changeCounts, coverageSentence, groupByArtifact, percent, plural, presentEverywhere, STAGE_WORDS, tau, thousands } from './format.js'
import { mdCode, mdText } from './markdownSafe.js'

/**
 * Report → GitHub Markdown for the PR comment, the job summary, the check-run summary and the
 * report file. It leads with the answer: the verdict with its counts of changes and findings,
 * then the causes, most important first, each with one example holding both values. The details
 * follow: ranking statistics, the presence matrix (one line when everything is present), and the
 * findings grouped by artifact in pipeline order. Tables have at most 4 columns, so they fit the
 * comment column. With a budget it steps down until the text fits: fewer findings per group
 * (never fewer than the first of each while room allows), then fewer groups, then the ranking
 * table, then fewer matrix rows, and only then fewer causes, always saying how much more the
 * full report holds.
 */

/** A size limit and how to measure against it (characters by default; the job summary counts bytes). */
export interface MarkdownBudget {
  maxSize: number
  measure?: (text: string) => number
}

/** Options of {@link renderMarkdownReport}. */
export interface MarkdownOptions {
  /** Placed first, verbatim (the sticky-comment marker); counted in the budget. */
  header?: string
  /** Name of the uploaded full report (`dualrun-report`). */
  reportName?: string
  /** Link to the uploaded full report; without it the footer names the artifact only. */
  reportUrl?: string
  /** File name of the HTML report inside the uploaded report; when given, the footer points to it. */
  htmlFile?: string
  /** Without a budget everything is rendered. */
  budget?: MarkdownBudget
}

/** Longest value shown in a table cell, in characters. */
const VALUE_MAX_CHARS = 120
/** Longest finding message shown, in characters. */
const MESSAGE_MAX_CHARS = 300
/** Longest label, id or path shown, in characters. */
const NAME_MAX_CHARS = 80
/** Longest cause title or example explanation shown, in characters. */
const CAUSE_MAX_CHARS = 240
/** Consequences listed under one cause; the rest are counted. */
const CONSEQUENCES_SHOWN = 8
/** The coverage sentence is shortened past this (it names ignored paths). */
const COVERAGE_MAX_CHARS = 600

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', error: '⛔' }
const PRESENCE_CELL: Record<PresenceState, string> = {
  present: '✅ present',
  missing: '❌ missing',
  unreadable: '⚠️ unreadable'
}

/** A rendered fragment and its measured size. */
interface Piece {
  text: string
  size: number
}

/** One artifact's findings, pre-rendered. */
interface Group {
  open: Piece
  rows: Piece[]
}

/** How much of the report a layout shows. */
interface Detail {
  causes: number
  rowsPerGroup: number
  groups: number
  /** 1 to show the ranking table, 0 to leave it to the full report. */
  ranking: number
  matrixRows: number
}

function formatValue(value: JsonValue | undefined): string {
  return value === undefined ? '<i>absent</i>' : mdCode(JSON.stringify(value), VALUE_MAX_CHARS)
}


function sideLabel(report: Report, side: 'left' | 'right'): string {
  return mdText(report[side].label, NAME_MAX_CHARS)
}

function where(report: Report, f: Finding): string {
  const parts: string[] = []
  if (f.side) parts.push(f.path !== undefined ? `${sideLabel(report, f.side)} ${mdCode(f.path, NAME_MAX_CHARS)}` : sideLabel(report, f.side))
  if (f.job !== undefined) parts.push(`job ${mdCode(f.job, NAME_MAX_CHARS)}`)
  if (f.field !== undefined) parts.push(`field ${mdCode(f.field, NAME_MAX_CHARS)}`)
  if (f.pointer !== undefined && f.pointer !== '') parts.push(mdCode(f.pointer, NAME_MAX_CHARS))
  return parts.length > 0 ? parts.join(' · ') : '—'
}

/** One finding as a 4-column row: kind, where (with the message when there are no values), and both values. */
function findingRow(report: Report, f: Finding): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️'
  const values = f.left !== undefined || f.right !== undefined
  const location = where(report, f)
  const detail = values ? location : `${location === '—' ? '' : `${location} · `}${mdText(f.message, MESSAGE_MAX_CHARS)}`
  return `| ${icon} ${f.kind} | ${detail} | ${values ? formatValue(f.left) : '—'} | ${values ? formatValue(f.right) : '—'} |\n`
}

function severityCounts(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length
  const parts = [errors > 0 ? plural(errors, 'error') : '', findings.length > errors ? plural(findings.length - errors, 'warning') : '']
  return parts.filter(Boolean).join(', ')
}

/** One cause as a list item: stage, title, counts, one example; consequences as a nested list. */
function causeItem(cause: Cause, bullet: string, indent: string): string {
  const example = cause.examples[0]
  const eg = example !== undefined ? ` e.g. ${mdText(example.explanation, CAUSE_MAX_CHARS)}` : ''
  let text = `${indent}${bullet} **${STAGE_WORDS[cause.stage]}** · ${mdText(cause.title, CAUSE_MAX_CHARS)} — ${causeCounts(cause)}.${eg}\n`
  const consequences = cause.consequences ?? []
  for (const consequence of consequences.slice(0, CONSEQUENCES_SHOWN)) text += causeItem(consequence, '-', `${indent}   `)
  if (consequences.length > CONSEQUENCES_SHOWN) text += `${indent}   - _…${plural(consequences.length - CONSEQUENCES_SHOWN, 'more consequence')} in the full report_\n`
  return text
}

/** The ranking table (4 columns): list, jobs shared/added/removed, τ-b and top-N overlap, the largest move. */
function rankingTable(report: Report): string {
  const ranking = report.ranking ?? []
  if (ranking.length === 0) return ''
  const rows = ranking.map((s) => {
    const move = s.maxShift[0]
    const moved = move !== undefined ? `${mdCode(move.job, NAME_MAX_CHARS)} ${move.left} → ${move.right}` : '—'
    return `| ${mdCode(s.artifact, NAME_MAX_CHARS)} | ${thousands(s.shared)} / +${thousands(s.added)} / −${thousands(s.removed)} | τ-b ${tau(s.kendallTau)} · ${percent(s.topOverlap['10'])} · ${percent(s.topOverlap['50'])} | ${moved} |\n`
  })
  return `#### Ranking\n\n| list | shared / added / removed | τ-b · top-10 · top-50 | largest move |\n|---|---|---|---|\n${rows.join('')}\n`
}

/**
 * Renders the report as Markdown. With `options.budget` the result's measured size never exceeds
 * `budget.maxSize` (given a budget of at least a few hundred characters).
 */
export function renderMarkdownReport(report: Report, options: MarkdownOptions = {}): string {
  const measure = options.budget?.measure ?? ((text: string) => text.length)
  const piece = (text: string): Piece => ({ text, size: measure(text) })
  const left = sideLabel(report, 'left')
  const right = sideLabel(report, 'right')
  const reportName = options.reportName ?? 'dualrun-report'
  const reportRef = options.reportUrl ? `[${mdText(reportName, NAME_MAX_CHARS)}](${encodeURI(options.reportUrl).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})` : `the ${mdCode(reportName, NAME_MAX_CHARS)} artifact of this run`

  const runId = (side: 'left' | 'right'): string => {
    const id = report[side].run_id
    return id === null ? '<i>no run id</i>' : `run ${mdCode(id, NAME_MAX_CHARS)}`
  }
  const head = piece(
    (options.header ?? '') +
      `### ${VERDICT_ICON[report.verdict]} dualrun: ${report.verdict.toUpperCase()} — ${left} vs ${right}\n\n` +
      `**${changeCounts(report)}** · ` +
      `${left}: ${runId('left')} · ${right}: ${runId('right')} · policy ${mdCode(report.policy.name, NAME_MAX_CHARS)}` +
      (report.options.allowRunIdDrift ? ' · run-id drift allowed' : '') +
      '\n\n' +
      (report.files.length > 0 ? `Covered: ${mdText(coverageSentence(report.files), COVERAGE_MAX_CHARS)}\n\n` : '')
  )

  const causes = (report.causes ?? []).map((cause, i) => piece(causeItem(cause, `${i + 1}.`, '')))
  const causesHead = piece(causes.length > 0 ? '**Causes**, most important first:\n\n' : '')
  const causesMore = (hidden: number): string => `${hidden > 0 ? `\n_…${plural(hidden, 'more cause')} in the full report._\n` : ''}${causes.length > 0 ? '\n' : ''}`
  const ranking = piece(rankingTable(report))

  // The matrix collapses to one line when everything is present; otherwise it shows only the rows that are not.
  // A report with no presence rows (a run dir that could not be acquired) has no matrix to show.
  const collapsed = report.presence.length > 0 && presentEverywhere(report)
  const incomplete = report.presence.filter((row) => row.left !== 'present' || row.right !== 'present')
  const matrixHead = piece(
    collapsed
      ? `All ${plural(report.presence.length, 'required artifact')} present on both sides.\n`
      : incomplete.length > 0
        ? `#### Required artifacts not present on both sides\n\n| artifact | file | ${left} | ${right} |\n|---|---|---|---|\n`
        : ''
  )
  const matrixRows = (collapsed ? [] : incomplete).map((row) =>
    piece(`| ${mdCode(row.artifact, NAME_MAX_CHARS)} | ${mdCode(row.path, NAME_MAX_CHARS)} | ${PRESENCE_CELL[row.left]} | ${PRESENCE_CELL[row.right]} |\n`)
  )
  const matrixMore = (hidden: number): string => `| _…${plural(hidden, 'more artifact')} in the full report_ | | | |\n`

  const groups: Group[] = [...groupByArtifact(report.findings)].map(([artifact, findings]) => ({
    open: piece(
      `<details open>\n<summary><code>${mdText(artifact, NAME_MAX_CHARS)}</code> · ${severityCounts(findings)}</summary>\n\n` +
        `| finding | where | ${left} | ${right} |\n|---|---|---|---|\n`
    ),
    rows: findings.map((f) => piece(findingRow(report, f)))
  }))
  const groupClose = (hidden: number, shown: number): string =>
    (hidden > 0 ? `${shown > 0 ? '\n' : ''}_…and ${plural(hidden, 'more finding')} for this artifact in the full report._\n` : '') + '\n</details>\n\n'
  const findingsHead = piece(report.findings.length > 0 ? `#### Findings by artifact\n\n` : `No differences found.\n\n`)
  const matrixGap = piece(report.presence.length > 0 ? '\n' : '')

  const groupsMore = (hidden: number): string => `_…${plural(hidden, 'more artifact')} with findings in the full report._\n\n`
  const total = report.findings.length
  const htmlLine = options.htmlFile ? `Pictures of where every job went: open ${mdCode(options.htmlFile, NAME_MAX_CHARS)} from it in a browser.\n` : ''
  const footer = (shown: number): string =>
    (shown < total
      ? `Showing ${thousands(shown)} of ${plural(total, 'finding')}; the full report (${reportRef}) lists every one.\n`
      : `Full report: ${reportRef}.\n`) + htmlLine

  const layout = (d: Detail): string => {
    const parts = [head.text, causesHead.text, ...causes.slice(0, d.causes).map((p) => p.text), causesMore(causes.length - d.causes)]
    if (d.ranking > 0) parts.push(ranking.text)
    parts.push(matrixHead.text, ...matrixRows.slice(0, d.matrixRows).map((p) => p.text))
    if (d.matrixRows < matrixRows.length) parts.push(matrixMore(matrixRows.length - d.matrixRows))
    parts.push(matrixGap.text, findingsHead.text)
    let shown = 0
    for (const group of groups.slice(0, d.groups)) {
      const rows = group.rows.slice(0, d.rowsPerGroup)
      shown += rows.length
      parts.push(group.open.text, ...rows.map((p) => p.text), groupClose(group.rows.length - rows.length, rows.length))
    }
    if (d.groups < groups.length) parts.push(groupsMore(groups.length - d.groups))
    parts.push(footer(shown))
    return parts.join('')
  }
  // The same sum as `layout`, from the measured pieces, without building the text.
  const sizeOf = (d: Detail): number => {
    let size = head.size + causesHead.size + measure(causesMore(causes.length - d.causes)) + matrixHead.size + matrixGap.size + findingsHead.size
    for (const cause of causes.slice(0, d.causes)) size += cause.size
    if (d.ranking > 0) size += ranking.size
    for (const row of matrixRows.slice(0, d.matrixRows)) size += row.size
    if (d.matrixRows < matrixRows.length) size += measure(matrixMore(matrixRows.length - d.matrixRows))
    let shown = 0
    for (const group of groups.slice(0, d.groups)) {
      const count = Math.min(d.rowsPerGroup, group.rows.length)
      shown += count
      size += group.open.size + measure(groupClose(group.rows.length - count, count))
      for (let i = 0; i < count; i++) size += group.rows[i]!.size
    }
    if (d.groups < groups.length) size += measure(groupsMore(groups.length - d.groups))
    return size + measure(footer(shown))
  }

  const full: Detail = {
    causes: causes.length,
    rowsPerGroup: Math.max(0, ...groups.map((g) => g.rows.length)),
    groups: groups.length,
    ranking: ranking.text === '' ? 0 : 1,
    matrixRows: matrixRows.length
  }
  const budget = options.budget
  if (!budget) return layout(full)
  const fits = (d: Detail): boolean => sizeOf(d) <= budget.maxSize
  const chosen = chooseDetail(full, fits)
  if (chosen) return layout(chosen)
  const minimal = `${head.text}The report is too large to show here; see ${reportRef}.\n`
  return measure(minimal) <= budget.maxSize ? minimal : truncateToFit(minimal, budget.maxSize, measure)
}

/** The largest n in [lo, hi] with ok(n), assuming ok is monotone (true up to some n); lo - 1 when none. */
function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let best = lo - 1
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (ok(mid)) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

/**
 * Steps down from `full`: fewer findings per group (down to one), then group headings only, then
 * fewer groups, then no ranking table, then fewer matrix rows, then fewer causes (they lead, so
 * they go last). Returns undefined when even the verdict alone does not fit.
 */
function chooseDetail(full: Detail, fits: (d: Detail) => boolean): Detail | undefined {
  if (fits(full)) return full
  const rows = largest(1, full.rowsPerGroup, (n) => fits({ ...full, rowsPerGroup: n }))
  if (rows >= 1) return { ...full, rowsPerGroup: rows }
  const noRows = { ...full, rowsPerGroup: 0 }
  const groups = largest(0, full.groups, (n) => fits({ ...noRows, groups: n }))
  if (groups >= 0) return { ...noRows, groups }
  const bare = { ...noRows, groups: 0, ranking: 0 }
  const matrixRows = largest(0, full.matrixRows, (n) => fits({ ...bare, matrixRows: n }))
  if (matrixRows >= 0) return { ...bare, matrixRows }
  const causes = largest(0, full.causes, (n) => fits({ ...bare, matrixRows: 0, causes: n }))
  return causes >= 0 ? { ...bare, matrixRows: 0, causes } : undefined
}

/** Last resort: cut at a line boundary below the limit (the text then holds no open HTML element). */
function truncateToFit(text: string, maxSize: number, measure: (t: string) => number): string {
  let cut = text
  while (cut.length > 0 && measure(cut) > maxSize) cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n', cut.length - 2) + 1))
  return cut
}
