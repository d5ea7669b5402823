import { createHash } from 'node:crypto'
import type {
  Cause,
  CauseExample,
  EffectivePolicy,
  FileEntry,
  FileOutcome,
  Finding,
  JsonValue,
  PresenceState,
  RankingStats,
  Report,
  ReportCounts,
  Verdict
} from '../core/model/types.js'
import { groupByArtifact, thousands } from './format.js'
import { htmlAttr, htmlBlock, htmlText } from './htmlSafe.js'
import { rankPicture } from './rankPicture.js'

/**
 * Report → one self-contained HTML page for people who want to look rather than read: inline CSS
 * and SVG, no request of any kind (a Content-Security-Policy meta forbids everything but the
 * page's own hashed style and script), readable with JavaScript off; the one small inline script
 * only filters the findings table. It leads with the verdict, the causes and the changes count,
 * then the presence matrix, the file inventory, the ranking statistics with a rank-shift picture
 * per ranked list, the findings table, each changed job side by side, and the effective policy
 * last. Sections the report does not hold say so in one line. Long tables are capped with counts
 * of what the JSON report holds beyond them.
 */

/** Options of {@link renderHtmlReport}; every cap has a default. */
export interface HtmlOptions {
  /** Most findings rows per artifact (default 500). */
  maxFindingsPerArtifact?: number
  /** Most findings rows in all (default 2,000). */
  maxFindings?: number
  /** Most inventory rows (default 500). */
  maxFiles?: number
  /** Most changed jobs shown side by side (default 100). */
  maxChangedJobs?: number
  /** Most points per picture; above it they are sampled (default 2,000). */
  maxPoints?: number
}

const DEFAULTS: Required<HtmlOptions> = { maxFindingsPerArtifact: 500, maxFindings: 2000, maxFiles: 500, maxChangedJobs: 100, maxPoints: 2000 }

/** Top-k band of the pictures when the policy names none. */
const DEFAULT_TOP_K = 10
/** Changed jobs whose side-by-side view is open when the page loads. */
const OPEN_CHANGED_JOBS = 5
/** Longest value shown in a cell, in characters. */
const VALUE_MAX_CHARS = 160
/** Longest label, id or path shown, in characters. */
const NAME_MAX_CHARS = 120
/** Longest message shown, in characters. */
const MESSAGE_MAX_CHARS = 300

/** Fields other engineers add to the model (issue 10); read when present. */
type CountsWithChanges = ReportCounts & { changes?: number }
type PolicyWithRanking = EffectivePolicy & { ranking?: { topK?: number } }

const STYLE = `
:root{color-scheme:light;--fail:#b3261e;--pass:#1b7f3b;--error:#8a4b00;--muted:#5f6368;--line:#d9dce1;--band:#1f6feb}
*{box-sizing:border-box}
[hidden]{display:none !important}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1240px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:24px;margin:0}
h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:16px 0 6px}
code,pre{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:#f6f8fa;padding:10px;overflow:auto;border:1px solid var(--line)}
table{border-collapse:collapse;margin:6px 0;width:100%}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}
#findings-table{table-layout:fixed}
#findings-table th:nth-child(1){width:74px}#findings-table th:nth-child(2){width:92px}#findings-table th:nth-child(3){width:200px}
#findings-table th:nth-child(4){width:44px}#findings-table th:nth-child(5){width:130px}#findings-table th:nth-child(6){width:96px}
#findings-table th:nth-child(7),#findings-table th:nth-child(8){width:16%}#findings-table th:nth-child(10){width:96px}
td code{overflow-wrap:anywhere}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.verdict{padding:14px 18px;border-radius:6px;color:#fff}
.verdict-pass{background:var(--pass)}.verdict-fail{background:var(--fail)}.verdict-error{background:var(--error)}
.verdict p{margin:4px 0 0}
.absent,.note,.more td{color:var(--muted);font-style:italic}
.state-missing,.state-unreadable,.state-unsafe,.outcome-differs,.outcome-one-side{color:var(--fail);font-weight:600}
.outcome-ignored{color:var(--muted)}
.sev-error{color:var(--fail);font-weight:600}.sev-warning{color:var(--error)}
.stage{display:inline-block;min-width:80px;padding:0 6px;border-radius:3px;background:#eef1f5;font-size:12px}
ol.causes>li{margin:6px 0}
.examples{margin:2px 0 0;color:#30363d}
del{background:#ffebe9;text-decoration:none}ins{background:#dafbe1;text-decoration:none}
.pictures{display:flex;flex-wrap:wrap;gap:16px}
figure{margin:0;border:1px solid var(--line);padding:8px}
figcaption{max-width:480px;font-size:12.5px}
.rank-picture .plot{fill:#fafbfc;stroke:#8c959f}
.rank-picture .band{fill:var(--band);fill-opacity:.08}
.rank-picture .band-label{fill:var(--band);font-size:11px}
.rank-picture .diagonal{stroke:#8c959f;stroke-dasharray:4 3}
.rank-picture .pt{fill:#57606a;fill-opacity:.7}
.rank-picture .pt.moved{fill:#d1242f;fill-opacity:.95}
.rank-picture .added{stroke:#1a7f37;stroke-width:2}
.rank-picture .removed{stroke:#9a6700;stroke-width:2}
.rank-picture text{font-size:11px;fill:#57606a}
.rank-picture .end{text-anchor:end}
.rank-picture .axis{text-anchor:middle;font-size:12px;fill:#1f2328}
.key{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 3px 0 8px;vertical-align:-1px}
.key-pt{background:#57606a}.key-moved{background:#d1242f}.key-added{background:#1a7f37;border-radius:0}.key-removed{background:#9a6700;border-radius:0}
#filters{margin:6px 0;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
details.job{margin:6px 0}details.job>summary{cursor:pointer}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`

/** Filters the findings table by the selects of `#filters`; the only script of the page. */
const SCRIPT = `
(function(){var form=document.getElementById('filters');if(!form)return;form.hidden=false;
var selects=form.querySelectorAll('select');var rows=document.querySelectorAll('#findings-table tr[data-kind]');
var count=document.getElementById('filter-count');
function apply(){var want=[];for(var i=0;i<selects.length;i++)if(selects[i].value)want.push([selects[i].name,selects[i].value]);
var shown=0;for(var j=0;j<rows.length;j++){var ok=true;for(var k=0;k<want.length;k++)if(rows[j].getAttribute('data-'+want[k][0])!==want[k][1])ok=false;
rows[j].hidden=!ok;if(ok)shown++}count.textContent=shown+' of '+rows.length+' rows shown';}
form.addEventListener('change',apply);apply();})();
`

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The page's Content-Security-Policy: nothing but its own style and script, no requests, no forms, no base. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`

const VERDICT_WORDS: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' }
const OUTCOME_ORDER: Record<FileOutcome, number> = { differs: 0, 'one-side': 1, ignored: 2, same: 3 }
/** Kinds whose findings describe one job's record (the side-by-side view). */
const JOB_RECORD_KINDS = new Set<Finding['kind']>(['job-score', 'job-field', 'job-moved', 'job-added', 'job-removed', 'family'])

const count = (n: number, noun: string, plural = `${noun}s`): string => `${thousands(n)} ${n === 1 ? noun : plural}`
const code = (value: string, maxChars = NAME_MAX_CHARS): string => `<code>${htmlText(value, maxChars)}</code>`
const absent = (what: string): string => `<p class="absent">${what} not in this report.</p>`
const section = (id: string, title: string, body: string): string => `<section id="${id}"><h2>${title}</h2>${body}</section>\n`

function jsonValue(value: JsonValue | undefined): string {
  return value === undefined ? '<span class="absent">absent</span>' : code(JSON.stringify(value), VALUE_MAX_CHARS)
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction === 1 || fraction === 0 ? 0 : 1)}%`
}

function verdictSection(report: Report, left: string, right: string): string {
  const runId = (side: 'left' | 'right'): string => {
    const id = report[side].run_id
    return id === null ? '<span class="absent">no run id</span>' : code(id)
  }
  const { errors, warnings, total } = report.counts
  return (
    `<section id="verdict" class="verdict verdict-${report.verdict}"><h1>dualrun: ${VERDICT_WORDS[report.verdict]} — ${left} vs ${right}</h1>` +
    `<p>${count(errors, 'error')}, ${count(warnings, 'warning')} (${count(total, 'finding')})` +
    `${report.options.allowRunIdDrift ? ' · run-id drift allowed' : ''}</p></section>\n` +
    `<table class="runs"><tr><th></th><th>label</th><th>run id</th><th>run dir</th></tr>` +
    `<tr><th>left</th><td>${left}</td><td>${runId('left')}</td><td>${code(report.left.path)}</td></tr>` +
    `<tr><th>right</th><td>${right}</td><td>${runId('right')}</td><td>${code(report.right.path)}</td></tr></table>\n`
  )
}

function example(e: CauseExample): string {
  const where = [code(e.artifact), e.job !== undefined ? `job ${code(e.job)}` : '', e.field !== undefined ? `field ${code(e.field)}` : '']
  const values = e.left !== undefined || e.right !== undefined ? ` <del>${jsonValue(e.left)}</del> → <ins>${jsonValue(e.right)}</ins>` : ''
  return `<li>${where.filter(Boolean).join(' · ')}${values} — ${htmlText(e.explanation, MESSAGE_MAX_CHARS)}</li>`
}

function causeItem(cause: Cause): string {
  const examples = cause.examples.length > 0 ? `<ul class="examples">${cause.examples.map(example).join('')}</ul>` : ''
  const consequences = cause.consequences && cause.consequences.length > 0 ? `<p class="note">which explains:</p><ol class="causes">${cause.consequences.map(causeItem).join('')}</ol>` : ''
  return (
    `<li><span class="stage">${htmlText(cause.stage)}</span> <strong>${htmlText(cause.title, MESSAGE_MAX_CHARS)}</strong> — ` +
    `${count(cause.changes.length, 'change')}, ${count(cause.findings, 'finding')}${examples}${consequences}</li>`
  )
}

function causesSection(report: Report): string {
  if (report.causes === undefined) return section('causes', 'Causes', absent('The explained causes are'))
  if (report.causes.length === 0) return section('causes', 'Causes', '<p>No causes: nothing differs.</p>')
  return section('causes', 'Causes', `<ol class="causes">${report.causes.map(causeItem).join('')}</ol>`)
}

function changesSection(report: Report): string {
  const changes = (report.counts as CountsWithChanges).changes
  if (changes === undefined) return section('changes', 'Changes', absent('The changes count is'))
  return section('changes', 'Changes', `<p><strong>${count(changes, 'change')}</strong> behind ${count(report.counts.total, 'finding')}.</p>`)
}

const stateCell = (state: PresenceState | FileEntry['left']): string => `<td class="state-${state}">${state}</td>`

function presenceSection(report: Report, left: string, right: string): string {
  if (report.presence.length === 0) return section('presence', 'Required artifacts', '<p class="absent">No presence matrix: a run dir could not be read.</p>')
  const rows = report.presence.map((row) => `<tr><td>${code(row.artifact)}</td><td>${code(row.path)}</td>${stateCell(row.left)}${stateCell(row.right)}</tr>`)
  return section('presence', 'Required artifacts', `<table><tr><th>artifact</th><th>file</th><th>${left}</th><th>${right}</th></tr>${rows.join('')}</table>`)
}

function inventorySection(report: Report, left: string, right: string, max: number): string {
  if (report.files === undefined) return section('files', 'File inventory', absent('The file inventory is'))
  const files = report.files
  const byOutcome = new Map<FileOutcome, number>()
  for (const f of files) byOutcome.set(f.outcome, (byOutcome.get(f.outcome) ?? 0) + 1)
  const summary = [...byOutcome].sort((a, b) => OUTCOME_ORDER[a[0]] - OUTCOME_ORDER[b[0]]).map(([outcome, n]) => `${thousands(n)} ${outcome}`)
  // Files that differ come first, so that a capped table still shows them.
  const shown = [...files].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]).slice(0, max)
  const rows = shown.map(
    (f) =>
      `<tr><td>${code(f.path)}</td><td>${f.mode}</td>${stateCell(f.left)}${stateCell(f.right)}<td class="outcome-${f.outcome}">${f.outcome}</td>` +
      `<td>${f.reason === undefined ? '' : htmlText(f.reason, MESSAGE_MAX_CHARS)}</td></tr>`
  )
  const more = files.length > shown.length ? `<p class="note">${count(files.length - shown.length, 'more file')} in the JSON report.</p>` : ''
  return section(
    'files',
    'File inventory',
    `<p>${count(files.length, 'file')}${summary.length > 0 ? `: ${summary.join(', ')}` : ''}.</p>` +
      `<table><tr><th>path</th><th>mode</th><th>${left}</th><th>${right}</th><th>outcome</th><th>reason</th></tr>${rows.join('')}</table>${more}`
  )
}

function rankingSection(report: Report): string {
  if (report.ranking === undefined) return section('ranking', 'Ranking statistics', absent('Ranking statistics are'))
  if (report.ranking.length === 0) return section('ranking', 'Ranking statistics', '<p>No ranked lists were compared.</p>')
  const rows = report.ranking.map((r) => {
    const top = r.maxShift[0]
    const shift = top === undefined ? '—' : `${code(top.job)}: ${top.left} → ${top.right} (${top.shift > 0 ? '+' : ''}${top.shift})`
    return (
      `<tr><td>${code(r.artifact)}</td><td class="num">${thousands(r.shared)}</td><td class="num">${thousands(r.added)}</td>` +
      `<td class="num">${thousands(r.removed)}</td><td class="num">${r.kendallTau === null ? '—' : r.kendallTau.toFixed(3)}</td>` +
      `<td class="num">${percent(r.topOverlap['10'])}</td><td class="num">${percent(r.topOverlap['50'])}</td><td>${shift}</td></tr>`
    )
  })
  return section(
    'ranking',
    'Ranking statistics',
    `<table><tr><th>ranked list</th><th>shared</th><th>added</th><th>removed</th><th>Kendall τ</th><th>top-10 overlap</th><th>top-50 overlap</th><th>largest move</th></tr>${rows.join('')}</table>`
  )
}

function picturesSection(report: Report, maxPoints: number): string {
  if (report.ranking === undefined) return section('pictures', 'Where every job went', absent('Ranking points are'))
  const topK = (report.policy as PolicyWithRanking).ranking?.topK ?? DEFAULT_TOP_K
  const lengths = new Map(report.stats.map((s) => [s.artifact, Math.max(s.leftItems ?? 0, s.rightItems ?? 0)]))
  const figures = report.ranking.map((r: RankingStats) => {
    if (r.points === undefined) return `<figure data-artifact="${htmlAttr(r.artifact)}"><figcaption>${code(r.artifact)}</figcaption>${absent('Its points are')}</figure>`
    const picture = rankPicture(r, { maxPoints, topK, ranks: lengths.get(r.artifact) ?? 0, leftLabel: report.left.label, rightLabel: report.right.label })
    const moved = r.points.filter((p) => p.moved).length
    const notes = picture.notes.map((n) => `<br><span class="note">${n}</span>`).join('')
    return (
      `<figure data-artifact="${htmlAttr(r.artifact)}">${picture.svg}<figcaption>${code(r.artifact)}: ${count(r.shared, 'shared job')} ` +
      `(${count(moved, 'moved', 'moved')}), ${thousands(r.added)} added, ${thousands(r.removed)} removed; top-${topK} band shaded.<br>` +
      `<span class="key key-pt"></span>same rank<span class="key key-moved"></span>moved<span class="key key-added"></span>added (left strip, at its ${htmlText(report.right.label, 40)} rank)` +
      `<span class="key key-removed"></span>removed (bottom strip, at its ${htmlText(report.left.label, 40)} rank)${notes}</figcaption></figure>`
    )
  })
  return section('pictures', 'Where every job went', figures.length > 0 ? `<div class="pictures">${figures.join('')}</div>` : '<p>No ranked lists were compared.</p>')
}

const legOf = (f: Finding): string => f.side ?? 'both'

/** What the leg column says: the run's label, or `both`. */
const legWords = (report: Report, leg: string): string => (leg === 'left' || leg === 'right' ? report[leg].label : leg)

function options(name: string, label: string, values: Iterable<string>, words: (value: string) => string = (v) => v): string {
  const choices = [...new Set(values)].sort().map((v) => `<option value="${htmlAttr(v)}">${htmlText(words(v), NAME_MAX_CHARS)}</option>`)
  return `<label>${label} <select name="${name}"><option value="">all</option>${choices.join('')}</select></label>`
}

function findingsSection(report: Report, left: string, right: string, perArtifact: number, total: number): string {
  if (report.findings.length === 0) return section('findings', 'Findings', '<p>No differences found.</p>')
  const withChange = report.findings.some((f) => f.change !== undefined)
  const columns = 9 + (withChange ? 1 : 0)
  const rows: string[] = []
  let shown = 0
  for (const [artifact, findings] of groupByArtifact(report.findings)) {
    const take = Math.max(0, Math.min(perArtifact, total - shown, findings.length))
    for (const f of findings.slice(0, take)) {
      rows.push(
        `<tr data-kind="${f.kind}" data-artifact="${htmlAttr(f.artifact)}" data-severity="${f.severity}" data-leg="${legOf(f)}">` +
          `<td class="sev-${f.severity}">${f.severity}</td><td>${f.kind}</td><td>${code(f.artifact)}${f.path !== undefined ? ` ${code(f.path)}` : ''}</td><td>${htmlText(legWords(report, legOf(f)), NAME_MAX_CHARS)}</td>` +
          `<td>${f.job === undefined ? '' : code(f.job)}</td><td>${f.field === undefined ? '' : code(f.field)}</td>` +
          `<td>${jsonValue(f.left)}</td><td>${jsonValue(f.right)}</td><td>${htmlText(f.message, MESSAGE_MAX_CHARS)}` +
          `${f.pointer ? ` <code class="pointer">${htmlText(f.pointer, NAME_MAX_CHARS)}</code>` : ''}</td>` +
          `${withChange ? `<td>${f.change === undefined ? '' : code(f.change)}</td>` : ''}</tr>`
      )
    }
    shown += take
    if (take < findings.length) rows.push(`<tr class="more"><td colspan="${columns}">${count(findings.length - take, 'more finding')} for ${code(artifact)} in the JSON report.</td></tr>`)
  }
  const filters =
    `<form id="filters" hidden>${options('kind', 'kind', report.findings.map((f) => f.kind))}${options('artifact', 'artifact', report.findings.map((f) => f.artifact))}` +
    `${options('severity', 'severity', report.findings.map((f) => f.severity))}${options('leg', 'leg', report.findings.map(legOf), (leg) => legWords(report, leg))}<span id="filter-count"></span></form>`
  const cap = shown < report.findings.length ? `<p class="note">Showing ${count(shown, 'finding')} of ${thousands(report.findings.length)}; the JSON report lists every one.</p>` : ''
  return section(
    'findings',
    'Findings',
    `${cap}${filters}<table id="findings-table"><thead><tr><th>severity</th><th>kind</th><th>artifact</th><th>leg</th><th>job</th><th>field</th>` +
      `<th>${left}</th><th>${right}</th><th>detail</th>${withChange ? '<th>change</th>' : ''}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  )
}

/** The changed jobs, in report order: artifact + job → that job's record findings. */
function changedJobs(findings: readonly Finding[]): Map<string, Finding[]> {
  const jobs = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.job === undefined || !JOB_RECORD_KINDS.has(f.kind)) continue
    const key = JSON.stringify([f.artifact, f.job])
    const group = jobs.get(key)
    if (group === undefined) jobs.set(key, [f])
    else group.push(f)
  }
  return jobs
}

function changedJobsSection(report: Report, left: string, right: string, max: number): string {
  const jobs = changedJobs(report.findings)
  if (jobs.size === 0) return section('jobs', 'Changed jobs', '<p>No job changed.</p>')
  const views: string[] = []
  for (const findings of jobs.values()) {
    if (views.length >= max) break
    const first = findings[0] as Finding
    const rows = findings.map(
      (f) => `<tr><td>${f.field === undefined ? htmlText(f.kind) : code(f.field)}</td><td><del>${jsonValue(f.left)}</del></td><td><ins>${jsonValue(f.right)}</ins></td></tr>`
    )
    views.push(
      `<details class="job"${views.length < OPEN_CHANGED_JOBS ? ' open' : ''}><summary>${code(first.artifact)} · job ${code(first.job ?? '')} · ${count(findings.length, 'changed field')}</summary>` +
        `<table class="side-by-side"><tr><th>field</th><th>${left}</th><th>${right}</th></tr>${rows.join('')}</table></details>`
    )
  }
  const more = jobs.size > views.length ? `<p class="note">${count(jobs.size - views.length, 'more changed job')} in the JSON report.</p>` : ''
  return section('jobs', 'Changed jobs', `<p>${count(jobs.size, 'job')} changed; each shows its changed fields, ${left} on the left, ${right} on the right.</p>${views.join('')}${more}`)
}

function policySection(report: Report): string {
  return section('policy', 'Effective policy', `<details><summary>${code(report.policy.name)}: the normalization policy this comparison used</summary><pre>${htmlBlock(JSON.stringify(report.policy, null, 2))}</pre></details>`)
}

/** Renders the report as one self-contained HTML page. */
export function renderHtmlReport(report: Report, options: HtmlOptions = {}): string {
  const o = { ...DEFAULTS, ...options }
  const left = htmlText(report.left.label, NAME_MAX_CHARS)
  const right = htmlText(report.right.label, NAME_MAX_CHARS)
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>dualrun ${VERDICT_WORDS[report.verdict]}: ${left} vs ${right}</title>\n<style>${STYLE}</style></head>\n<body><main>\n` +
    verdictSection(report, left, right) +
    causesSection(report) +
    changesSection(report) +
    presenceSection(report, left, right) +
    inventorySection(report, left, right, o.maxFiles) +
    rankingSection(report) +
    picturesSection(report, o.maxPoints) +
    findingsSection(report, left, right, o.maxFindingsPerArtifact, o.maxFindings) +
    changedJobsSection(report, left, right, o.maxChangedJobs) +
    policySection(report) +
    `<footer>${htmlText(report.tool.name)} ${htmlText(report.tool.version)} · ${htmlText(report.schema)} · the JSON report holds everything shown here, uncapped.</footer>\n` +
    `</main><script>${SCRIPT}</script></body></html>\n`
  )
}
